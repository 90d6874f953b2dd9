/**
 * The route table's reading: first route that takes the address wins, unknown addresses fall
 * back to the Overview, identities change with what makes a view a new attempt, keys map to
 * navigation routes. The page's real table (src/views/routes.ts) is driven in the e2e tests.
 */
import { describe, expect, it } from 'vitest';
import {
  matchRoute,
  navRoutes,
  routeForKey,
  type RouteDef,
} from '../../../src/views/route-match.ts';

const overview: RouteDef<string> = {
  view: 'overview',
  label: 'Overview',
  key: '1',
  component: 'O',
};
const routes: RouteDef<string>[] = [
  overview,
  { view: 'processes', label: 'Processes', key: '2', perContainer: true, component: 'P' },
  { view: 'compare', label: 'Compare', key: '-', component: 'C' },
  {
    view: 'process',
    params: ([pid, memory]) => (memory === 'memory' ? { pid: Number(pid) } : undefined),
    component: 'M',
  },
  {
    view: 'process',
    params: ([pid, tab]) => (/^\d+$/.test(pid ?? '') ? { pid: Number(pid), tab } : undefined),
    identity: ([pid]) => pid ?? '',
    component: 'D',
  },
];

describe('route table', () => {
  it('takes the first route that accepts the address', () => {
    expect(matchRoute(routes, ['process', '7', 'memory', 'at', '0x10'], overview)).toMatchObject({
      route: { component: 'M' },
      props: { pid: 7 },
    });
    expect(matchRoute(routes, ['process', '7', 'files'], overview)).toMatchObject({
      route: { component: 'D' },
      props: { pid: 7, tab: 'files' },
      identity: 'process:7',
    });
  });

  it('falls back to the Overview for an empty or unknown address', () => {
    expect(matchRoute(routes, [], overview).route).toBe(overview);
    expect(matchRoute(routes, ['nowhere'], overview).route).toBe(overview);
    expect(matchRoute(routes, ['process', 'abc'], overview).route).toBe(overview);
  });

  it('gives a new identity per process page but one per plain view', () => {
    const a = matchRoute(routes, ['process', '1'], overview).identity;
    const b = matchRoute(routes, ['process', '2'], overview).identity;
    expect(a).not.toBe(b);
    expect(matchRoute(routes, ['processes'], overview).identity).toBe('processes:');
  });

  it('lists labelled routes in order and opens them by key', () => {
    expect(navRoutes(routes).map((r) => r.view)).toEqual(['overview', 'processes', 'compare']);
    expect(routeForKey(routes, '-')?.view).toBe('compare');
    expect(routeForKey(routes, '5')).toBeUndefined();
  });
});

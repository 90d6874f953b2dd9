/** Every evidence target opens a view the router knows, at the right place. */
import { describe, expect, it } from 'vitest';
import { evidenceHref } from '../../../src/views/findings/evidence-link.ts';
import { parseMemoryPlace } from '../../../src/views/memory/memory-route.ts';
import ProcessPage from '../../../src/views/process/ProcessPage.svelte';
import { matchRoute } from '../../../src/views/route-match.ts';
import { OVERVIEW, ROUTES } from '../../../src/views/routes.ts';

/** The page's route table takes the address (no fall back to the Overview). */
const routed = (segs: string[]) => matchRoute(ROUTES, segs, OVERVIEW).route.view === segs[0];

const segments = (h: string) =>
  h
    .replace(/^#\//, '')
    .split('/')
    .map((s) => decodeURIComponent(s));

describe('evidence links', () => {
  it('an address opens the hex view there, in its container', () => {
    const h = evidenceHref({ to: 'address', pid: 11, address: 0x7f2399045000n }, 1)!;
    expect(h).toBe('#/process/11/memory/c/1/at/0x7f2399045000');
    expect(parseMemoryPlace(segments(h).slice(1))).toEqual({
      container: 1,
      pid: 11,
      address: 0x7f2399045000n,
      tab: 'hex',
    });
  });

  it('a VMA opens the hex view at its start', () => {
    expect(evidenceHref({ to: 'vma', pid: 3, start: 0x1000n, end: 0x2000n })).toBe(
      '#/process/3/memory/at/0x1000',
    );
  });

  it('the other targets open model views the route table knows', () => {
    const hrefs = [
      evidenceHref({ to: 'process', pid: 7 }),
      evidenceHref({ to: 'fd', pid: 7, fd: 0 }),
      evidenceHref({ to: 'socket', id: 54 }),
      evidenceHref({ to: 'rootfs', path: 'etc/ld.so.preload' }),
      evidenceHref({ to: 'file', fileId: 21 }),
    ];
    expect(hrefs).toEqual([
      '#/process/7',
      '#/process/7/files',
      '#/sockets',
      '#/fs/etc%2Fld.so.preload',
      '#/files',
    ]);
    for (const h of hrefs) expect(routed(segments(h!)), h).toBe(true);
    expect(segments(hrefs[3]!)).toEqual(['fs', 'etc/ld.so.preload']);
    const vma = segments(evidenceHref({ to: 'vma', pid: 1, start: 0n, end: 1n })!);
    const memoryTab = matchRoute(ROUTES, vma, OVERVIEW);
    expect(memoryTab.route.component).toBe(ProcessPage);
    expect(memoryTab.props).toMatchObject({ pid: 1, tab: 'memory' });
    expect(evidenceHref({ to: 'image', name: 'deleted.files' }, 0)).toBe(
      '#/images/0/deleted.files',
    );
    expect(routed(['findings'])).toBe(true);
  });
});

/** Every bookmark opens a view the router knows; payload bookmarks name their payload. */
import { describe, expect, it } from 'vitest';
import { contentTarget } from '../../../src/components/content-target.ts';
import type { Bookmark, BookmarkTarget } from '../../../src/lib/case/types.ts';
import type { ContentRef } from '../../../src/lib/table/row-types.ts';
import { bookmarkHref } from '../../../src/views/notes/bookmark-href.ts';
import { matchRoute } from '../../../src/views/route-match.ts';
import { OVERVIEW, ROUTES } from '../../../src/views/routes.ts';

const segments = (h: string) =>
  h
    .replace(/^#\//, '')
    .split('/')
    .map((s) => decodeURIComponent(s));
const routed = (h: string) =>
  matchRoute(ROUTES, segments(h), OVERVIEW).route.view === segments(h)[0];

const at = (target: BookmarkTarget, container?: number): Bookmark => ({
  id: 'x',
  target,
  ...(container === undefined ? {} : { container }),
  label: 'x',
  note: '',
  created: '',
  updated: '',
});

const REFS: ContentRef[] = [
  { kind: 'ghost', id: 1 },
  { kind: 'memfd', id: 2 },
  { kind: 'pipe', id: 3 },
  { kind: 'tty', id: 4 },
  { kind: 'socket', id: 5, queue: 'in' },
  { kind: 'shm', namespace: 1, id: 6 },
  { kind: 'msg', namespace: 1, id: 7, index: 0 },
  { kind: 'fs', member: 'rootfs-diff.tar', path: 'etc/passwd' },
];

describe('bookmark links', () => {
  it('an address opens the hex view there, in its container', () => {
    const h = bookmarkHref(at({ to: 'address', pid: 11, address: 0x7f2399045000n }, 1))!;
    expect(h).toContain('at/0x7f2399045000');
    expect(h).toContain('/c/1');
    expect(routed(h)).toBe(true);
  });

  it('a process, a finding and a secret row open their views', () => {
    expect(bookmarkHref(at({ to: 'process', pid: 6 }))).toBe('#/process/6');
    expect(bookmarkHref(at({ to: 'finding', ruleId: 'r', summary: 's' }))).toBe('#/findings');
    expect(bookmarkHref(at({ to: 'row', table: 'secrets', key: 'k' }))).toBe('#/secrets');
    expect(bookmarkHref(at({ to: 'row', table: 'no-such-table', key: 'k' }))).toBeUndefined();
    // The Timeline view is the timeline branch's; its address is agreed.
    expect(
      bookmarkHref(at({ to: 'event', timestampUs: 0n, timestampDesc: 'd', message: 'm' })),
    ).toBe('#/timeline');
  });

  it.each(REFS)('a payload ($kind) is bookmarked by its ids and opens a known view', (ref) => {
    const target = contentTarget(ref);
    const h = bookmarkHref(at(target));
    expect(h && routed(h)).toBe(true);
    // Two payloads never share a bookmark.
    const others = REFS.filter((r) => r !== ref).map((r) => JSON.stringify(contentTarget(r)));
    expect(others).not.toContain(JSON.stringify(target));
  });
});

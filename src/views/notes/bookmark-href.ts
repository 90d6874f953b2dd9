/**
 * Where a bookmark opens in the page: the evidence links of the findings for everything a
 * finding's evidence can point at, and the view that lists the rest (a finding, a table row,
 * a payload, a timeline event).
 */
import type { Bookmark } from '../../lib/case/types.ts';
import { href } from '../../state/route.svelte.ts';
import { evidenceHref } from '../findings/evidence-link.ts';

/** The view that lists a row of each table a bookmark can name. */
const ROW_VIEWS: Record<string, string> = {
  secrets: 'secrets',
  'content:socket': 'sockets',
  'content:shm': 'ipc',
  'content:msg': 'ipc',
  'content:ghost': 'files',
  'content:memfd': 'files',
  'content:pipe': 'files',
  'content:tty': 'files',
};

export function bookmarkHref(b: Bookmark): string | undefined {
  const t = b.target;
  switch (t.to) {
    case 'finding':
      return href('findings');
    case 'event':
      return href('timeline');
    case 'row': {
      const view = Object.hasOwn(ROW_VIEWS, t.table) ? ROW_VIEWS[t.table] : undefined;
      return view && href(view);
    }
    default:
      return evidenceHref(t, b.container ?? 0);
  }
}

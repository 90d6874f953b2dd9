/**
 * What a bookmark on a content viewer points at: a file of the rootfs diff by its path, any
 * other payload (ghost file, memfd, pipe, socket queue, tty, SysV IPC) as a row named by its
 * kind and ids, which stay the same each time the same checkpoint is opened.
 */
import type { BookmarkTarget } from '../lib/case/types.ts';
import type { ContentRef } from '../lib/table/row-types.ts';

export function contentTarget(ref: ContentRef): BookmarkTarget {
  switch (ref.kind) {
    case 'fs':
      return { to: 'rootfs', path: ref.path };
    case 'socket':
      return { to: 'row', table: 'content:socket', key: `${ref.id}/${ref.queue}` };
    case 'shm':
      return { to: 'row', table: 'content:shm', key: `${ref.namespace}/${ref.id}` };
    case 'msg':
      return { to: 'row', table: 'content:msg', key: `${ref.namespace}/${ref.id}/${ref.index}` };
    default:
      return { to: 'row', table: `content:${ref.kind}`, key: String(ref.id) };
  }
}

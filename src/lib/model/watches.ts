/** Paths of inotify/fanotify watches. */
import { big, num, str, type Entry } from './entry.ts';
import type { ImageSet } from '../criu/image-cache.ts';
import type { FileObject } from './types.ts';

/**
 * inotify/fanotify watches are stored as file handles (inode, device); CRIU resolves them to
 * paths only in its irmap cache. Where the cache knows the inode, show the path.
 */
export async function attachWatchPaths(images: ImageSet, files: FileObject[]): Promise<void> {
  const cache = (await images.load('irmap-cache.img')) ?? [];
  const byInode = new Map<bigint, Entry[]>();
  for (const e of cache) {
    const ino = big(e, 'inode');
    if (ino !== undefined) byInode.set(ino, [...(byInode.get(ino) ?? []), e]);
  }
  for (const f of files) {
    if (f.kind !== 'inotify' && f.kind !== 'fanotify') continue;
    for (const w of f.watches) {
      if (w.path || w.inode === undefined) continue;
      const hits = byInode.get(w.inode) ?? [];
      // The cache may use the old 8-bit minor dev_t encoding; the watch uses the kernel's.
      const dev = w.dev ?? 0;
      const old = ((dev >>> 20) << 8) | (dev & 0xff);
      const hit = hits.find((e) => num(e, 'dev') === dev || num(e, 'dev') === old) ?? hits[0];
      w.path = str(hit, 'path');
    }
    const paths = f.watches.map(
      (w) => `${w.path ?? `inode ${w.inode ?? '?'}`} (${w.mask.join('|')})`,
    );
    if (paths.length) f.description = `${f.kind} watching ${paths.join(', ')}`;
  }
}

/** memfd.img inodes: names, sizes, seals, and contents from pagemap-shmem-<shmid>. */
import { big, num, str } from './entry.ts';
import type { ImageSet } from '../criu/image-cache.ts';
import { sealNames } from './names/misc.ts';
import type { CheckpointMemory } from '../memory/checkpoint-memory.ts';
import { readSharedContent } from './memory-adapter.ts';
import type { FileObject, MemfdInfo } from './types.ts';

export async function attachMemfds(
  images: ImageSet,
  memory: CheckpointMemory,
  files: FileObject[],
): Promise<MemfdInfo[]> {
  const out: MemfdInfo[] = [];
  for (const e of (await images.load('memfd.img')) ?? []) {
    const inodeId = num(e, 'inode_id') ?? 0;
    const size = big(e, 'size');
    const shmid = big(e, 'shmid');
    const m: MemfdInfo = {
      inodeId,
      name: str(e, 'name') ?? '',
      sharedAnonymous: str(e, 'name') === '/dev/zero',
      size,
      mode: num(e, 'mode'),
      uid: num(e, 'uid'),
      gid: num(e, 'gid'),
      seals: sealNames(num(e, 'seals')),
      shmid,
      fileIds: [],
    };
    if (shmid !== undefined && size !== undefined && size <= 64n * 1024n * 1024n) {
      const r = await readSharedContent(memory, shmid, size);
      if (r) m.content = r.content;
      if (r?.notDumped.length) m.notDumped = r.notDumped;
    }
    for (const f of files) {
      if (f.kind !== 'memfd' || f.inodeId !== inodeId) continue;
      m.fileIds.push(f.id);
      f.name = m.name;
      f.size = size;
      f.seals = m.seals;
      f.description = `memfd:${m.name} (${size ?? '?'} bytes${m.seals.length ? ', ' + m.seals.join('|') : ''})`;
    }
    out.push(m);
  }
  return out;
}

import type { Entry } from '../criu/types.ts';
import { toBigInt, toU64 } from './addr.ts';
import type { ImageSet } from '../criu/image-cache.ts';
import type { BackingLookup } from './vma.ts';

const asEntry = (v: unknown): Entry | undefined =>
  v !== null && typeof v === 'object' && !(v instanceof Uint8Array) ? (v as Entry) : undefined;

/**
 * Names what file-backed and memfd VMAs map, from `files.img` (REG and MEMFD entries; or the
 * pre-3.4 `reg-files.img`) and `memfd.img` (inode → name and pagemap-shmem id).
 */
export async function loadBackingLookup(images: ImageSet): Promise<BackingLookup> {
  const regs = new Map<bigint, string>();
  const memfdFiles = new Map<bigint, bigint>();
  const inodes = new Map<bigint, { name: string; shmid?: bigint }>();

  for (const f of (await images.load('files.img')) ?? []) {
    const id = toBigInt(f.id);
    const reg = asEntry(f.reg);
    const memfd = asEntry(f.memfd);
    if (id === undefined) continue;
    if (reg && typeof reg.name === 'string') regs.set(id, reg.name);
    const inode = memfd ? toBigInt(memfd.inode_id) : undefined;
    if (inode !== undefined) memfdFiles.set(id, inode);
  }
  for (const r of (await images.load('reg-files.img')) ?? []) {
    const id = toBigInt(r.id);
    if (id !== undefined && typeof r.name === 'string' && !regs.has(id)) regs.set(id, r.name);
  }
  for (const m of (await images.load('memfd.img')) ?? []) {
    const inode = toBigInt(m.inode_id);
    if (inode === undefined) continue;
    inodes.set(inode, {
      name: typeof m.name === 'string' ? m.name : '',
      shmid: toU64(m.shmid),
    });
  }
  return {
    regPath: (id) => regs.get(id),
    memfd: (id) => {
      const inode = memfdFiles.get(id);
      return inode === undefined ? undefined : (inodes.get(inode) ?? { name: '' });
    },
  };
}

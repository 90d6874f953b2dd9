/**
 * Memory maps of a process (mm-<pid>.img vmas) with what backs each mapping and how many of
 * its pages the checkpoint holds, as the memory layer resolves them (private pagemap and
 * shared objects alike): in pages-*.img, in a parent checkpoint, or lazy. The Memory view
 * reads the same `describe`, so both give the same figures for a VMA.
 */
import type { CheckpointMemory } from '../memory/checkpoint-memory.ts';
import { vmaKind } from '../memory/vma.ts';
import { big, entries, num, type Entry } from './entry.ts';
import type { FileTable } from './files.ts';
import { mapFlagNames, MADVISE, protString, vmaStatusNames } from './names/mm.ts';
import { setBits } from './names/bits.ts';
import type { VmaInfo } from './types.ts';

/** CRIU dumps MAP_SHARED|MAP_ANONYMOUS memory as a memfd named /dev/zero. */
function memfdLabel(name: string): string {
  return name === '/dev/zero' ? 'shared anonymous memory (/dev/zero)' : `memfd:${name}`;
}

export function buildVmas(
  mm: Entry | undefined,
  table: FileTable,
  memory: CheckpointMemory,
  pid: number,
  pageSize = 4096,
): VmaInfo[] {
  return entries(mm, 'vmas').map((v) => {
    const start = big(v, 'start') ?? 0n;
    const end = big(v, 'end') ?? 0n;
    const status = num(v, 'status') ?? 0;
    const flags = num(v, 'flags') ?? 0;
    const kind = vmaKind(status, flags);
    const info: VmaInfo = {
      start,
      end,
      size: end - start,
      prot: protString(num(v, 'prot')),
      flags: mapFlagNames(flags),
      status: vmaStatusNames(status),
      kind,
      shared: (flags & 1) !== 0,
      pagesDumped: 0,
      pagesInImage: 0,
      pagesInParent: 0,
      pagesLazy: 0,
      madvise: setBits(big(v, 'madv') ?? 0n).map((b) => MADVISE[b] ?? `MADV_${b}`),
    };
    if (kind === 'file-private' || kind === 'file-shared' || kind === 'memfd') {
      const f = table.byId.get(num(v, 'shmid') ?? -1);
      info.path =
        f?.kind === 'regular' ? f.path : f?.kind === 'memfd' ? memfdLabel(f.name) : undefined;
      info.offset = big(v, 'pgoff');
    }
    if (kind === 'anon-shared' || kind === 'sysv-shm')
      info.path = `shmid ${big(v, 'shmid') ?? '?'}`;
    countPages(info, memory, pid, pageSize);
    return info;
  });
}

/**
 * Pages of the VMA by where the checkpoint has them. `pagesInImage` + `pagesInParent` are the
 * readable ones (the Memory view's "dumped"); `pagesDumped` is every page a pagemap lists,
 * including those whose pages file or parent is missing and lazy ones.
 */
function countPages(info: VmaInfo, memory: CheckpointMemory, pid: number, pageSize: number): void {
  if (info.end <= info.start) return;
  for (const s of memory.describe(pid, info.start, info.size)) {
    const pages = Math.ceil(s.length / pageSize);
    switch (s.kind) {
      case 'dumped':
        info.pagesInImage += pages;
        break;
      case 'parent':
        info.pagesInParent += pages;
        break;
      case 'lazy':
        info.pagesLazy += pages;
        break;
      case 'parent-missing':
      case 'pages-missing':
        break;
      default:
        continue;
    }
    info.pagesDumped += pages;
  }
}

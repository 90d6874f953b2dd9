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
 * readable ones (the Memory view's "dumped", in whole pages: a page a truncated pages file
 * cuts is not readable); `pagesDumped` is every page a pagemap lists, including those whose
 * pages file or parent is missing and lazy ones.
 */
function countPages(info: VmaInfo, memory: CheckpointMemory, pid: number, pageSize: number): void {
  if (info.end <= info.start) return;
  const bytes = { dumped: 0, parent: 0, lazy: 0, listed: 0 };
  for (const s of memory.describe(pid, info.start, info.size)) {
    if (s.kind === 'dumped' || s.kind === 'parent' || s.kind === 'lazy') bytes[s.kind] += s.length;
    if (s.kind !== 'not-dumped' && s.kind !== 'unmapped') bytes.listed += s.length;
  }
  info.pagesInImage = Math.floor(bytes.dumped / pageSize);
  info.pagesInParent = Math.floor(bytes.parent / pageSize);
  info.pagesLazy = Math.floor(bytes.lazy / pageSize);
  info.pagesDumped = Math.ceil(bytes.listed / pageSize);
}

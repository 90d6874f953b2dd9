/**
 * Memory maps of a process as the model shows them. The VMAs themselves are the memory
 * layer's (`CheckpointMemory.vmas`, read once from mm-<pid>.img by `memory/vma.ts`): the model
 * only names their bits, labels what backs them from its file table, and counts how many of
 * their pages the checkpoint holds (private pagemap and shared objects alike: in pages-*.img,
 * in a parent checkpoint, or lazy). The Memory view reads the same `describe`, so both give
 * the same figures for a VMA.
 */
import type { CheckpointMemory } from '../memory/checkpoint-memory.ts';
import type { VmaInfo } from '../memory/types.ts';
import type { FileTable } from './files.ts';
import { mapFlagNames, MADVISE, protString, vmaStatusNames } from './names/mm.ts';
import { setBits } from './names/bits.ts';
import type { ProcessVma } from './types.ts';

/** CRIU dumps MAP_SHARED|MAP_ANONYMOUS memory as a memfd named /dev/zero. */
function memfdLabel(name: string): string {
  return name === '/dev/zero' ? 'shared anonymous memory (/dev/zero)' : `memfd:${name}`;
}

export function buildVmas(
  table: FileTable,
  memory: CheckpointMemory,
  pid: number,
  pageSize = 4096,
): ProcessVma[] {
  return memory.vmas(pid).map((v) => {
    const info: ProcessVma = {
      start: v.start,
      end: v.end,
      size: v.end - v.start,
      prot: protString(v.prot),
      flags: mapFlagNames(v.flags),
      status: vmaStatusNames(v.status),
      kind: v.kind,
      shared: (v.flags & 1) !== 0,
      pagesDumped: 0,
      pagesInImage: 0,
      pagesInParent: 0,
      pagesLazy: 0,
      madvise: setBits(v.madv ?? 0n).map((b) => MADVISE[b] ?? `MADV_${b}`),
    };
    Object.assign(info, backingOf(v, table));
    countPages(info, memory, pid, pageSize);
    return info;
  });
}

/** The model's words for what backs a VMA: a path, a memfd, or a shared memory id. */
function backingOf(v: VmaInfo, table: FileTable): Pick<ProcessVma, 'path' | 'offset'> {
  if (v.kind === 'file-private' || v.kind === 'file-shared' || v.kind === 'memfd') {
    const f = table.byId.get(Number(v.shmid));
    const path =
      f?.kind === 'regular' ? f.path : f?.kind === 'memfd' ? memfdLabel(f.name) : undefined;
    return { path, offset: v.pgoff };
  }
  if (v.kind === 'anon-shared' || v.kind === 'sysv-shm') return { path: `shmid ${v.shmid}` };
  return {};
}

/**
 * Pages of the VMA by where the checkpoint has them. `pagesInImage` + `pagesInParent` are the
 * readable ones (the Memory view's "dumped", in whole pages: a page a truncated pages file
 * cuts is not readable); `pagesDumped` is every page a pagemap lists, including those whose
 * pages file or parent is missing and lazy ones.
 */
function countPages(
  info: ProcessVma,
  memory: CheckpointMemory,
  pid: number,
  pageSize: number,
): void {
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

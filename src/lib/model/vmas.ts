/**
 * Memory maps of a process (mm-<pid>.img vmas) with what backs each mapping and how many of
 * its pages the pagemap lists: stored in pages-*.img, in a parent checkpoint, or lazy.
 */
import { big, entries, num, type Entry } from './entry.ts';
import type { FileTable } from './files.ts';
import { mapFlagNames, MADVISE, protString, VMA, vmaStatusNames } from './names/mm.ts';
import { setBits } from './names/bits.ts';
import { PE_LAZY, PE_PARENT, PE_PRESENT, type Pagemap } from './pages.ts';
import type { VmaInfo, VmaKind } from './types.ts';

/** CRIU dumps MAP_SHARED|MAP_ANONYMOUS memory as a memfd named /dev/zero. */
function memfdLabel(name: string): string {
  return name === '/dev/zero' ? 'shared anonymous memory (/dev/zero)' : `memfd:${name}`;
}

function kindOf(status: number): VmaKind {
  if (status & VMA.STACK) return 'stack';
  if (status & VMA.VSYSCALL) return 'vsyscall';
  if (status & VMA.VDSO) return 'vdso';
  if (status & VMA.VVAR) return 'vvar';
  if (status & VMA.HEAP) return 'heap';
  if (status & VMA.SYSVIPC) return 'sysvipc';
  if (status & VMA.SOCKET) return 'socket';
  if (status & VMA.AIORING) return 'aio';
  if (status & VMA.MEMFD) return 'memfd';
  if (status & VMA.ANON_SHARED) return 'shmem';
  if (status & (VMA.FILE_PRIVATE | VMA.FILE_SHARED)) return 'file';
  if (status & VMA.ANON_PRIVATE) return 'anon';
  return 'other';
}

export function buildVmas(
  mm: Entry | undefined,
  table: FileTable,
  pagemap: Pagemap | undefined,
  pageSize = 4096,
): VmaInfo[] {
  const ps = BigInt(pageSize);
  const runs = pagemap?.runs ?? [];
  let r = 0;
  return entries(mm, 'vmas').map((v) => {
    const start = big(v, 'start') ?? 0n;
    const end = big(v, 'end') ?? 0n;
    const status = num(v, 'status') ?? 0;
    const flags = num(v, 'flags') ?? 0;
    const kind = kindOf(status);
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
    if (kind === 'file' || kind === 'memfd') {
      const f = table.byId.get(num(v, 'shmid') ?? -1);
      info.path =
        f?.kind === 'regular' ? f.path : f?.kind === 'memfd' ? memfdLabel(f.name) : undefined;
      info.offset = big(v, 'pgoff');
    }
    if (kind === 'shmem' || kind === 'sysvipc') info.path = `shmid ${big(v, 'shmid') ?? '?'}`;
    // Pagemap runs and VMAs are both sorted by address: walk them together.
    while (r < runs.length && runs[r]!.vaddr + BigInt(runs[r]!.pages) * ps <= start) r++;
    for (let i = r; i < runs.length && runs[i]!.vaddr < end; i++) {
      const run = runs[i]!;
      const rs = run.vaddr > start ? run.vaddr : start;
      const reRun = run.vaddr + BigInt(run.pages) * ps;
      const re = reRun < end ? reRun : end;
      if (re <= rs) continue;
      const n = Number((re - rs) / ps);
      info.pagesDumped += n;
      if (run.flags & PE_PRESENT) info.pagesInImage += n;
      if (run.flags & PE_PARENT) info.pagesInParent += n;
      if (run.flags & PE_LAZY && !(run.flags & PE_PRESENT)) info.pagesLazy += n;
    }
    return info;
  });
}

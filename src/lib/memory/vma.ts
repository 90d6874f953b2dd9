import type { Entry } from '../criu/types.ts';
import { toU64, toNumber } from './addr.ts';
import type { VmaInfo, VmaKind } from './types.ts';

/** `vma_entry.status` bits (CRIU `criu/include/image.h`); bits 27..31 are CRIU-internal. */
export const VMA = {
  REGULAR: 1 << 0,
  STACK: 1 << 1,
  VSYSCALL: 1 << 2,
  VDSO: 1 << 3,
  FORCE_READ: 1 << 4,
  HEAP: 1 << 5,
  FILE_PRIVATE: 1 << 6,
  FILE_SHARED: 1 << 7,
  ANON_SHARED: 1 << 8,
  ANON_PRIVATE: 1 << 9,
  SYSVIPC: 1 << 10,
  SOCKET: 1 << 11,
  VVAR: 1 << 12,
  AIORING: 1 << 13,
  MEMFD: 1 << 14,
  SHSTK: 1 << 15,
  GUARD: 1 << 16,
  UPROBES: 1 << 17,
} as const;

const PROT_READ = 1;
const PROT_WRITE = 2;
const PROT_EXEC = 4;
const MAP_SHARED = 0x1;
const MAP_GROWSDOWN = 0x100;

/** What a VMA's `shmid` points at besides pagemap-shmem: files.img REG paths and memfds. */
export interface BackingLookup {
  /** files.img REG entry id → path. */
  regPath(fileId: bigint): string | undefined;
  /** files.img MEMFD entry id → memfd name and the shmid of its pagemap-shmem image. */
  memfd(fileId: bigint): { name: string; shmid?: bigint } | undefined;
}

export function vmaKind(status: number, flags: number): VmaKind {
  // Order matters: MEMFD comes with FILE_SHARED, HEAP with ANON_PRIVATE, and so on.
  if (status & VMA.VSYSCALL) return 'vsyscall';
  if (status & VMA.VDSO) return 'vdso';
  if (status & VMA.VVAR) return 'vvar';
  if (status & VMA.AIORING) return 'aio-ring';
  if (status & VMA.SOCKET) return 'socket';
  if (status & VMA.SYSVIPC) return 'sysv-shm';
  if (status & VMA.MEMFD) return 'memfd';
  if (status & VMA.HEAP) return 'heap';
  if (status & VMA.STACK || flags & MAP_GROWSDOWN) return 'stack';
  if (status & VMA.ANON_SHARED) return 'anon-shared';
  if (status & VMA.FILE_SHARED) return 'file-shared';
  if (status & VMA.FILE_PRIVATE) return 'file-private';
  if (status & VMA.ANON_PRIVATE) return 'anon-private';
  return 'other';
}

function perms(prot: number, flags: number): string {
  return (
    (prot & PROT_READ ? 'r' : '-') +
    (prot & PROT_WRITE ? 'w' : '-') +
    (prot & PROT_EXEC ? 'x' : '-') +
    (flags & MAP_SHARED ? 's' : 'p')
  );
}

const SPECIAL: Partial<Record<VmaKind, string>> = {
  heap: '[heap]',
  stack: '[stack]',
  vdso: '[vdso]',
  vvar: '[vvar]',
  vsyscall: '[vsyscall]',
  'aio-ring': '[aio]',
};

/**
 * The VMAs of one `mm_entry`, sorted by start; `index` is the position in that sorted list.
 * Entries without a valid start < end, or overlapping an earlier one, are skipped and counted.
 */
export function readVmas(
  mm: Entry | undefined,
  lookup: BackingLookup,
): { vmas: VmaInfo[]; skipped: number } {
  const raw = Array.isArray(mm?.vmas) ? (mm.vmas as Entry[]) : [];
  const vmas: VmaInfo[] = [];
  let skipped = 0;
  for (const v of raw) {
    const start = toU64(v.start);
    const end = toU64(v.end);
    if (start === undefined || end === undefined || end <= start) {
      skipped++;
      continue;
    }
    const status = toNumber(v.status) ?? 0;
    const flags = toNumber(v.flags) ?? 0;
    const prot = toNumber(v.prot) ?? 0;
    const shmid = toU64(v.shmid) ?? 0n;
    const kind = vmaKind(status, flags);
    const info: VmaInfo = {
      index: -1,
      start,
      end,
      pgoff: toU64(v.pgoff) ?? 0n,
      shmid,
      prot,
      perms: perms(prot, flags),
      flags,
      status,
      kind,
      madv: toU64(v.madv),
    };
    describeBacking(info, lookup);
    vmas.push(info);
  }
  // CRIU writes VMAs in address order and the kernel never overlaps them; sort anyway so
  // lookups can bisect, and drop overlapping ones so every address has at most one VMA.
  vmas.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const clean: VmaInfo[] = [];
  for (const v of vmas) {
    const prev = clean[clean.length - 1];
    if (prev && v.start < prev.end) {
      skipped++;
      continue;
    }
    v.index = clean.length;
    clean.push(v);
  }
  return { vmas: clean, skipped };
}

/**
 * Where `shmid` points depends on the kind: a files.img REG id for file mappings, a files.img
 * MEMFD id for memfds (whose inode carries the pagemap-shmem id), the shmem id itself for
 * anonymous shared memory, and the IPC id for SysV shm (contents in pagemap-shmem since CRIU
 * writes `in_pagemaps`).
 */
function describeBacking(v: VmaInfo, lookup: BackingLookup): void {
  switch (v.kind) {
    case 'memfd': {
      const m = lookup.memfd(v.shmid);
      v.backing = m ? `memfd:${m.name}` : 'memfd';
      if (m?.shmid !== undefined) v.sharedObject = `pagemap-shmem-${m.shmid}.img`;
      return;
    }
    case 'anon-shared':
      v.backing = `shmem ${v.shmid}`;
      v.sharedObject = `pagemap-shmem-${v.shmid}.img`;
      return;
    case 'sysv-shm':
      v.backing = `SysV shm ${v.shmid}`;
      v.sharedObject = `pagemap-shmem-${v.shmid}.img`;
      return;
    case 'file-private':
    case 'file-shared':
      v.backing = lookup.regPath(v.shmid);
      return;
    default:
      v.backing = SPECIAL[v.kind];
  }
}

/** Index of the VMA containing `addr`, or -1. `vmas` sorted and non-overlapping. */
export function findVma(vmas: readonly VmaInfo[], addr: bigint): number {
  let lo = 0;
  let hi = vmas.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = vmas[mid];
    if (addr < v.start) hi = mid - 1;
    else if (addr >= v.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

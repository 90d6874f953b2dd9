import type { Problem } from '../problems.ts';

/**
 * What one stretch of a process's address space is, as far as the checkpoint can tell.
 * A read never returns a silent zero: bytes that were not read from a pages file are zero in
 * the buffer and described by a segment of one of the non-`dumped` kinds.
 */
export type SegmentKind =
  /** Read from this checkpoint's `pages-N.img` (pagemap PE_PRESENT). */
  | 'dumped'
  /** PE_PARENT: read from the parent (pre-dump) checkpoint's pages. */
  | 'parent'
  /** PE_PARENT, but there is no parent images directory, or it does not hold the page. */
  | 'parent-missing'
  /** PE_LAZY without PE_PRESENT (lazy-pages / page-server dump): not in the images. */
  | 'lazy'
  /** Inside a VMA but in no pagemap entry: a zero page, a clean file page, or never touched. */
  | 'not-dumped'
  /** Outside every VMA of the process. */
  | 'unmapped'
  /** The pagemap says the page is in `pages-N.img`, but that file is missing or too short. */
  | 'pages-missing';

/** Kinds whose bytes are real memory contents read from a pages file. */
export const READABLE_KINDS: ReadonlySet<SegmentKind> = new Set(['dumped', 'parent']);

/** How a VMA is backed, derived from CRIU's `vma_entry.status` bits. */
export type VmaKind =
  | 'heap'
  | 'stack'
  | 'anon-private'
  | 'anon-shared'
  | 'file-private'
  | 'file-shared'
  | 'memfd'
  | 'sysv-shm'
  | 'vdso'
  | 'vvar'
  | 'vsyscall'
  | 'socket'
  | 'aio-ring'
  | 'other';

export interface VmaInfo {
  /** Position in the process's VMA list (sorted by address). */
  index: number;
  start: bigint;
  /** Exclusive. */
  end: bigint;
  /** Byte offset into the backing object (CRIU stores `pgoff` in bytes). */
  pgoff: bigint;
  shmid: bigint;
  prot: number;
  /** `r-x`, `rw-`, … plus `s` for MAP_SHARED / `p` for private, like /proc/pid/maps. */
  perms: string;
  flags: number;
  status: number;
  kind: VmaKind;
  /** `vma_entry.madv`: the MADV_* advice bits CRIU recorded (bit n = advice n). */
  madv?: bigint;
  /** File path, memfd name, `[heap]`, `[stack]`, `[vdso]`, … when known. */
  backing?: string;
  /**
   * For shared memory (anonymous shared, memfd, SysV shm): the `pagemap-shmem-<id>.img` whose
   * offsets are mapped here; address = start + (object offset − pgoff).
   */
  sharedObject?: string;
}

export interface Segment {
  address: bigint;
  /** Bytes covered. */
  length: number;
  /** Where this segment starts in the returned buffer. */
  offset: number;
  kind: SegmentKind;
  /** Index into the process's VMAs; absent for `unmapped`. */
  vma?: number;
  /** For readable kinds: the pages image and byte offset the data came from. */
  source?: { image: string; offset: number };
}

export interface MemoryRead {
  pid: number;
  address: bigint;
  /** Always `len` bytes long (clamped to the address space); non-dumped parts are zero. */
  bytes: Uint8Array;
  /** Cover `bytes` exactly, in address order. */
  segments: Segment[];
  problems: Problem[];
}

/** A read of a shared memory object (`CheckpointMemory.readShared`): offsets, not addresses. */
export interface SharedRead {
  shmid: bigint;
  offset: bigint;
  /** Non-dumped parts are zero here and `not-dumped` in `segments`. */
  bytes: Uint8Array;
  segments: Segment[];
  problems: Problem[];
}

export interface ProcessMemoryInfo {
  pid: number;
  comm?: string;
  pageSize: number;
  /** Where the page size came from: `auxv AT_PAGESZ`, `arch x86_64`, or `default`. */
  pageSizeSource: string;
  vmas: VmaInfo[];
  /** Bytes with content in the checkpoint (dumped + parent), within VMAs or not. */
  dumpedBytes: number;
}

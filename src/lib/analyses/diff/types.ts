/**
 * The comparison of two checkpoints, as plain data: what the CLI prints, what `--json`
 * writes (through the model's `toJson`, so addresses stay exact bigints) and what a page can
 * show. Every keyed section lists all entries with a status, unchanged ones included, so a
 * view can filter without asking again.
 */
import type { Problem } from '../../problems.ts';

export type DiffStatus = 'added' | 'removed' | 'changed' | 'unchanged';

/** One field that differs; values are display text, absent when a side has none. */
export interface FieldChange {
  field: string;
  a?: string;
  b?: string;
}

/** What a caller knows about one checkpoint besides its model. */
export interface CheckpointSideInfo {
  /** The archive name, with the container folder for a pod (`pod.tar.zst:abc-web/`). */
  label: string;
  engine: string;
  containerId?: string;
  containerName?: string;
  image?: string;
  createdTime?: string;
  /**
   * When the checkpoint was taken: config.dump's `checkpointedTime` when the engine wrote it,
   * otherwise what the caller passed (the CLI: the archive member time of `inventory.img`).
   */
  checkpointTime?: string;
  checkpointTimeSource?: 'config.dump' | 'archive member time' | 'caller';
  sha256?: string;
  criuVersion?: string;
  dumpRunId?: string;
  /** Bytes of all CRIU images, of pages-*.img, of rootfs-diff.tar. */
  checkpointSize: number;
  memoryPagesSize: number;
  rootFsDiffSize?: number;
}

export interface ContainerDiff {
  /** B's identity (the later checkpoint, by convention), A's where B has none. */
  id?: string;
  name?: string;
  image?: string;
  sameId: boolean;
  a: CheckpointSideInfo;
  b: CheckpointSideInfo;
  /** Identity and dump-level fields that differ (image, engine, CRIU version, dump stats…). */
  changes: FieldChange[];
}

export interface SizeDelta {
  a: number;
  b: number;
  /** b − a. */
  delta: number;
}

export interface EnvDiff {
  /** `NAME=value` entries only in B / only in A. */
  added: string[];
  removed: string[];
  changed: { name: string; a: string; b: string }[];
}

export interface ThreadBrief {
  tid: number;
  comm: string;
}

export interface ProcessDiff {
  pid: number;
  status: DiffStatus;
  /** B's value, A's for a removed process. */
  comm: string;
  cmdline?: string[];
  /** Per-field changes of a `changed` process (env and threads are below). */
  changes: FieldChange[];
  env: EnvDiff;
  threads: { added: ThreadBrief[]; removed: ThreadBrief[] };
}

export interface FdDiff {
  pid: number;
  fd: number;
  status: DiffStatus;
  /** fd_types name (REG, PIPE, INETSK…), B's or A's. */
  type: string;
  /** A stable name of what the fd refers to: a path, `pipe[ino]`, a socket's addresses… */
  target: string;
  changes: FieldChange[];
}

export interface SocketDiff {
  /** checkpointctl's key `pid:protocol:type:address:port:peer-address:peer-port`. */
  key: string;
  pid: number;
  fd: number;
  status: DiffStatus;
  family: string;
  type: string;
  protocol: string;
  /** B's state, A's for a removed socket. */
  state: string;
  local: string;
  remote: string;
  changes: FieldChange[];
}

export interface MountDiff {
  mountpoint: string;
  namespaceId: number;
  status: DiffStatus;
  fstype: string;
  source?: string;
  changes: FieldChange[];
}

export interface FsEntryDiff {
  path: string;
  status: DiffStatus;
  /** file, directory, symlink…, B's or A's. */
  type: string;
  changes: FieldChange[];
}

export interface RootFsDiff {
  /** rootfs-diff.tar members, by path. */
  entries: FsEntryDiff[];
  /** deleted.files lines. */
  deleted: { added: string[]; removed: string[]; unchanged: string[] };
  /** devshm-checkpoint.tar members, by path. */
  devShm: FsEntryDiff[];
}

export interface VmaBrief {
  start: bigint;
  end: bigint;
  prot: string;
  kind: string;
  path?: string;
}

export interface VmaDiff extends VmaBrief {
  status: DiffStatus;
  changes: FieldChange[];
  /** Pages of this VMA stored in the checkpoint, per side. */
  dumpedPages: SizeDelta;
}

/** The memory layout of one process present on both sides (or one side only). */
export interface ProcessMapsDiff {
  pid: number;
  comm: string;
  status: DiffStatus;
  /** Pages stored for the whole process, and the same in bytes (× page size). */
  dumpedPages: SizeDelta;
  dumpedBytes: SizeDelta;
  /** brk and other mm fields that moved. */
  changes: FieldChange[];
  vmas: VmaDiff[];
}

export interface SectionCounts {
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
}

export interface DiffSummary {
  processes: SectionCounts;
  files: SectionCounts;
  sockets: SectionCounts;
  mounts: SectionCounts;
  rootFs: SectionCounts;
  vmas: SectionCounts;
  /** pages-*.img bytes, b − a: what checkpointctl calls the memory change. */
  memoryPagesDelta: number;
}

export interface CheckpointDiff {
  container: ContainerDiff;
  /** Things an analyst must know before reading on (different container ids, unreadable parts). */
  warnings: string[];
  /** pages-*.img bytes and all CRIU image bytes, per side. */
  memoryPages: SizeDelta;
  checkpointSize: SizeDelta;
  processes: ProcessDiff[];
  files: FdDiff[];
  sockets: SocketDiff[];
  mounts: MountDiff[];
  rootFs: RootFsDiff;
  memoryMaps: ProcessMapsDiff[];
  /** Kernel state outside processes: time namespace clocks, UTS names, ghost files, pipes… */
  other: FieldChange[];
  summary: DiffSummary;
}

// ---------------------------------------------------------------------------------------
// Page contents (diffMemory)

/** Consecutive pages whose contents differ, all in one VMA. */
export interface ChangedRange {
  start: bigint;
  /** Exclusive. */
  end: bigint;
  pages: number;
  /** Bytes that differ inside the range (a counter bump is a handful of bytes in a page). */
  bytesDiffering: number;
}

export interface VmaContentDiff extends VmaBrief {
  /** Pages dumped on both sides and compared. */
  comparedPages: number;
  changedPages: number;
  /** Pages with contents on one side only (dumped in A and not in B, or the reverse). */
  onlyInA: number;
  onlyInB: number;
  /** Coalesced, in address order; at most `maxRangesPerVma` (see `rangesTruncated`). */
  changed: ChangedRange[];
  rangesTruncated: boolean;
}

export interface ProcessContentDiff {
  pid: number;
  comm?: string;
  pageSize: number;
  comparedPages: number;
  changedPages: number;
  onlyInA: number;
  onlyInB: number;
  /** VMAs with at least one compared or one-sided page, in address order. */
  vmas: VmaContentDiff[];
}

export interface MemoryDiffProgress {
  comparedBytes: number;
  /** Bytes dumped on both sides, over the processes asked for. */
  totalBytes: number;
  pid: number;
}

export interface MemoryDiffOptions {
  /** Only these processes (default: every PID with memory on both sides). */
  pids?: readonly number[];
  /** Stop comparing after this many bytes per side (default 1 GiB); sets `truncated`. */
  maxBytes?: number;
  /** Changed ranges kept per VMA (default 1000); counts go on past it. */
  maxRangesPerVma?: number;
  /** Bytes read per side at a time (default 4 MiB). */
  chunkBytes?: number;
  signal?: AbortSignal;
  onProgress?: (progress: MemoryDiffProgress) => void;
}

export interface MemoryDiff {
  processes: ProcessContentDiff[];
  /** PIDs with memory on one side only: nothing to compare page by page. */
  onlyInA: number[];
  onlyInB: number[];
  /** Bytes read and compared per side (includes pages skipped as unreadable inside a read). */
  comparedBytes: number;
  /** Bytes of the pages whose contents differ (whole pages; see `bytesDiffering` per range). */
  changedBytes: number;
  /** Bytes dumped on both sides over the processes asked for: what a full run compares. */
  totalBytes: number;
  /** `maxBytes` was reached before everything was compared. */
  truncated: boolean;
  /** The signal was aborted; the counts cover what was compared until then. */
  cancelled: boolean;
  problems: Problem[];
}

/**
 * Types the memory API sends across the worker boundary (the UI imports them with
 * `import type`). Addresses are `bigint` (structured clone carries them exactly); byte
 * windows are Uint8Arrays whose buffers are transferred, never copied.
 */
import type { Problem } from '../src/lib/problems.ts';
import type { SegmentKind, VmaKind } from '../src/lib/memory/types.ts';
import type { SearchQuery } from '../src/lib/memory/search.ts';
import type { StringEncoding } from '../src/lib/memory/strings.ts';

export type { SearchQuery, SegmentKind, StringEncoding, VmaKind };

/** One process is named by its container (index into the summary's containers) and pid. */
export interface ProcessRef {
  container: number;
  pid: number;
}

export interface MemoryVma {
  index: number;
  start: bigint;
  end: bigint;
  pgoff: bigint;
  perms: string;
  prot: number;
  flags: number;
  kind: VmaKind;
  backing?: string;
  sharedObject?: string;
  /** Bytes whose contents are in the checkpoint (this one's pages or a parent's). */
  dumpedBytes: number;
  /**
   * The VMA cut into equal bins (at most 128, at least a page each): the fraction of each bin
   * that was dumped, for shading the memory map without shipping every pagemap entry.
   */
  dumpedBins: number[];
}

export interface MemoryProcess extends ProcessRef {
  /** The container's folder in the archive ('' for a single container). */
  root: string;
  comm?: string;
  pageSize: number;
  dumpedBytes: number;
  vmas: MemoryVma[];
}

export interface MemorySegment {
  /** Offset in the window's bytes. */
  offset: number;
  length: number;
  kind: SegmentKind;
  vma?: number;
}

/** A window of memory for the hex viewer: bytes plus what each part of them is. */
export interface MemoryWindow extends ProcessRef {
  address: bigint;
  /** Zero where a segment is not readable: look at the segments, never at the zeros. */
  bytes: Uint8Array;
  segments: MemorySegment[];
  problems: Problem[];
}

export interface SearchScope {
  /** Absent: every container. */
  container?: number;
  /** Absent: every process (of the chosen containers). */
  pid?: number;
  /** With a pid: only this VMA. */
  vma?: number;
}

export interface SearchRequest extends SearchScope {
  query: SearchQuery;
  /** Bytes of context each side (default 32). */
  context?: number;
  /** Stop after this many matches in all (default 100,000). */
  maxMatches?: number;
  /** At most this many matches per process (default 10,000); then the next process. */
  maxPerProcess?: number;
}

export interface SearchHit extends ProcessRef {
  address: bigint;
  length: number;
  vma?: number;
  /** `[heap]`, a file path, a memfd name… or the VMA kind. */
  vmaLabel?: string;
  before: Uint8Array;
  bytes: Uint8Array;
  after: Uint8Array;
}

export interface SearchProgress {
  /** Which search this is (the API's sequence number); stale ones can be told apart. */
  id: number;
  hits: SearchHit[];
  scannedBytes: number;
  totalBytes: number;
  done: boolean;
  truncated: boolean;
  problems: Problem[];
}

export interface StringsRequest extends ProcessRef {
  vma?: number;
  /** Characters (default 6). */
  minLength?: number;
  encodings?: StringEncoding[];
  /** Stop after this many strings (default 200,000). */
  maxStrings?: number;
}

export interface StringRow {
  address: bigint;
  encoding: StringEncoding;
  length: number;
  text: string;
  truncated: boolean;
}

export interface StringsPage {
  id: number;
  rows: StringRow[];
  scannedBytes: number;
  totalBytes: number;
  done: boolean;
  truncated: boolean;
}

/** How a streamed job ended: `completed` is false when it was superseded or cancelled. */
export interface JobOutcome<Result = void> {
  id: number;
  completed: boolean;
  /** Set when the request itself was unusable (no such process, bad query…). */
  error?: string;
  /** What the job returned (or what it could say about a refused request: `JobFailure`). */
  result?: Result;
}

export interface ExportResult {
  /** The bytes of the range; the page wraps them in a Blob without copying. */
  stream: ReadableStream<Uint8Array>;
  length: number;
  /** Of `length`, the bytes that are in the checkpoint; the rest are written as zeros. */
  dumpedBytes: number;
  /** A suggested file name: `pid-<pid>-<start>-<end>.bin`. */
  name: string;
}

export interface CoreResult {
  /** The ELF core file's bytes; the page wraps them in a Blob without copying. */
  stream: ReadableStream<Uint8Array>;
  /** Bytes the stream will deliver (headers, notes and every dumped stretch). */
  size: number;
  /** A suggested file name: `core.<pid>`, as the kernel and gdb's `gcore` name them. */
  name: string;
  /**
   * What the builder could not put in the file (a thread without registers, too many memory
   * stretches…). The file is still usable; memory that was not dumped has no segment at all.
   */
  problems: Problem[];
}

import { problem, type Problem } from '../problems.ts';
import { U64_MAX, hex } from './addr.ts';
import { AddressSpace, type MappedRun, type Piece } from './address-space.ts';
import type { MemoryRead, ProcessMemoryInfo, Segment, SharedRead, VmaInfo } from './types.ts';

/** Where `openMemory` found shared objects' pages, for `readShared`. */
export interface SharedObjects {
  /** The placed runs of `pagemap-shmem-<shmid>.img` (offsets as addresses); undefined if none. */
  runs(shmid: bigint): Promise<MappedRun[] | undefined>;
  /** The parent (pre-dump) checkpoint's memory, for PE_PARENT pages of a shared object. */
  parent?: CheckpointMemory;
}

/** One read returns at most this much; the viewer asks for 64 KiB, export streams in chunks. */
export const MAX_READ = 64 << 20;

/**
 * The memory of every process in one checkpoint: layout queries (metadata only) and reads
 * that say what every byte is. Built by `openMemory`.
 */
export class CheckpointMemory {
  /** Problems found while loading (missing images, bad pagemaps, missing pages files). */
  readonly problems: Problem[];
  readonly #spaces: Map<number, AddressSpace>;
  readonly #info: Map<number, ProcessMemoryInfo>;
  readonly #shared: SharedObjects | undefined;

  constructor(
    spaces: Map<number, AddressSpace>,
    info: Map<number, ProcessMemoryInfo>,
    problems: Problem[],
    shared?: SharedObjects,
  ) {
    this.#spaces = spaces;
    this.#info = info;
    this.problems = problems;
    this.#shared = shared;
  }

  /** PIDs with a memory image, in pstree order. */
  pids(): number[] {
    return [...this.#info.keys()];
  }

  processes(): ProcessMemoryInfo[] {
    return [...this.#info.values()];
  }

  process(pid: number): ProcessMemoryInfo | undefined {
    return this.#info.get(pid);
  }

  vmas(pid: number): readonly VmaInfo[] {
    return this.#spaces.get(pid)?.vmas ?? [];
  }

  /** The address space of `pid`, for the search and export layers. */
  space(pid: number): AddressSpace | undefined {
    return this.#spaces.get(pid);
  }

  /**
   * What each part of [address, address + length) is, without reading any bytes: the memory
   * map picture uses this over whole VMAs. Offsets are relative to `address`.
   */
  describe(pid: number, address: bigint, length: bigint): Segment[] {
    const end = clampEnd(address, length);
    const space = this.#spaces.get(pid);
    if (!space) return end > address ? [toSegment(unmapped(address, end), address)] : [];
    return space.resolve(address, end).map((p) => toSegment(p, address));
  }

  /**
   * `len` bytes of `pid`'s memory from `address` (clamped to MAX_READ and to the 64-bit
   * address space), with segments covering them exactly. Parts that are not in the checkpoint
   * are zero in `bytes` and say why in their segment; nothing throws.
   */
  async read(pid: number, address: bigint, len: number): Promise<MemoryRead> {
    const length = Number.isSafeInteger(len) && len > 0 ? Math.min(len, MAX_READ) : 0;
    const end = clampEnd(address, BigInt(length));
    const bytes = new Uint8Array(Number(end - address));
    const problems: Problem[] = [];
    const space = this.#spaces.get(pid);
    if (!space) {
      problems.push(
        problem('missing-image', `no memory images for pid ${pid}`, { severity: 'warning' }),
      );
      const segments = bytes.length ? [toSegment(unmapped(address, end), address)] : [];
      return { pid, address, bytes, segments, problems };
    }
    const pieces = space.resolve(address, end);
    await fillPieces(pieces, bytes, address, problems);
    return { pid, address, bytes, segments: pieces.map((p) => toSegment(p, address)), problems };
  }

  /**
   * A shared memory object (SysV shm segment, memfd, MAP_SHARED anonymous memory) as one
   * address space from offset 0 to `size`: its pagemap-shmem entries where they are, and
   * `not-dumped` where the object has no page in the checkpoint. Undefined when the
   * checkpoint has no pagemap for `shmid`.
   */
  async sharedSpace(shmid: bigint, size: bigint): Promise<AddressSpace | undefined> {
    const runs = await this.#shared?.runs(shmid);
    if (!runs) return undefined;
    const object: VmaInfo = {
      index: 0,
      start: 0n,
      end: size,
      pgoff: 0n,
      shmid,
      prot: 0,
      perms: '---s',
      flags: 0,
      status: 0,
      kind: 'anon-shared',
    };
    const parent = await this.#shared?.parent?.sharedSpace(shmid, size);
    return new AddressSpace(-1, [object], runs, parent);
  }

  /**
   * `len` bytes of shared object `shmid` of `size` bytes from `offset`, described like `read`
   * (segment addresses are object offsets). Bytes that were not dumped are zero in `bytes` and
   * `not-dumped` in the segments: a caller shows them as absent, never as 00.
   */
  async readShared(
    shmid: bigint,
    size: bigint,
    offset = 0n,
    len = Number(size),
  ): Promise<SharedRead | undefined> {
    const space = await this.sharedSpace(shmid, size);
    if (!space) return undefined;
    const length = Number.isSafeInteger(len) && len > 0 ? Math.min(len, MAX_READ) : 0;
    let end = clampEnd(offset, BigInt(length));
    if (end > size) end = size > offset ? size : offset;
    const bytes = new Uint8Array(Number(end - offset));
    const problems: Problem[] = [];
    const pieces = space.resolve(offset, end);
    await fillPieces(pieces, bytes, offset, problems);
    return { shmid, offset, bytes, segments: pieces.map((p) => toSegment(p, offset)), problems };
  }
}

/**
 * Reads the readable pieces into `into` (which starts at address `base`). A failed or short
 * read turns that piece into `pages-missing` in place and records a problem, so the segments
 * built afterwards never claim bytes that were not read.
 */
export async function fillPieces(
  pieces: Piece[],
  into: Uint8Array,
  base: bigint,
  problems: Problem[],
): Promise<void> {
  await Promise.all(
    pieces.map(async (p) => {
      if (!p.reader || p.image === undefined || p.fileOffset === undefined) return;
      const want = Number(p.end - p.start);
      const at = Number(p.start - base);
      let got: Uint8Array;
      try {
        got = await p.reader.read(p.image, p.fileOffset, want);
      } catch (e) {
        problems.push(
          problem('pages-missing', `${p.image} could not be read: ${String(e)}`, {
            image: p.image,
          }),
        );
        markMissing(p);
        return;
      }
      into.set(got.subarray(0, want), at);
      if (got.length < want) {
        problems.push(
          problem(
            'pages-short',
            `${p.image} ended at ${p.fileOffset + got.length} while reading ${hex(p.start)}`,
            {
              image: p.image,
              offset: p.fileOffset + got.length,
            },
          ),
        );
        into.fill(0, at, at + want);
        markMissing(p);
      }
    }),
  );
}

function markMissing(p: Piece): void {
  p.kind = 'pages-missing';
  p.reader = undefined;
}

function clampEnd(address: bigint, length: bigint): bigint {
  if (address < 0n || address > U64_MAX || length <= 0n) return address;
  const end = address + length;
  return end > U64_MAX + 1n ? U64_MAX + 1n : end;
}

const unmapped = (start: bigint, end: bigint): Piece => ({ start, end, kind: 'unmapped', vma: -1 });

export function toSegment(p: Piece, base: bigint): Segment {
  const s: Segment = {
    address: p.start,
    length: Number(p.end - p.start),
    offset: Number(p.start - base),
    kind: p.kind,
  };
  if (p.vma >= 0) s.vma = p.vma;
  if (p.reader && p.image !== undefined && p.fileOffset !== undefined) {
    s.source = { image: p.image, offset: p.fileOffset };
  }
  return s;
}

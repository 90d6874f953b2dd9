import { maxBig, minBig } from './addr.ts';
import { firstRunEndingAfter, type RunKind } from './pagemap-index.ts';
import type { PagesReader } from './pages-reader.ts';
import type { SegmentKind, VmaInfo } from './types.ts';
import { READABLE_KINDS } from './types.ts';

/**
 * A pagemap run placed in a process's address space: private pagemap entries as they are,
 * shared-memory entries translated from object offsets to this process's addresses.
 */
export interface MappedRun {
  start: bigint;
  end: bigint;
  kind: RunKind;
  /** For `present` runs: false when the pages image is missing or ends before this run. */
  available: boolean;
  reader: PagesReader;
  image: string;
  fileOffset: number;
}

/** One stretch of a resolved range: a single kind, a single VMA, and for data one source. */
export interface Piece {
  start: bigint;
  end: bigint;
  kind: SegmentKind;
  /** Index in the process's VMAs, or -1. */
  vma: number;
  reader?: PagesReader;
  image?: string;
  fileOffset?: number;
}

/**
 * The memory layout of one process: its VMAs and the runs saying where their pages are.
 * `resolve` is metadata only (no I/O): it splits a range into pieces at every run and VMA
 * boundary, so callers know what each byte is before reading anything.
 */
export class AddressSpace {
  readonly pid: number;
  readonly vmas: readonly VmaInfo[];
  readonly runs: readonly MappedRun[];
  /** The same process in the parent checkpoint, for PE_PARENT runs; undefined if none. */
  readonly parent: AddressSpace | undefined;

  constructor(pid: number, vmas: VmaInfo[], runs: MappedRun[], parent: AddressSpace | undefined) {
    this.pid = pid;
    this.vmas = vmas;
    this.runs = runs;
    this.parent = parent;
  }

  resolve(start: bigint, end: bigint): Piece[] {
    const out: Piece[] = [];
    let cur = start;
    let i = firstRunEndingAfter(this.runs, cur);
    while (cur < end) {
      const r = this.runs[i];
      if (r && r.start <= cur) {
        const stop = minBig(r.end, end);
        for (const [a, b, vma] of this.#byVma(cur, stop)) this.#fromRun(r, a, b, vma, out);
        cur = stop;
        i++;
      } else {
        const stop = r ? minBig(r.start, end) : end;
        for (const [a, b, vma] of this.#byVma(cur, stop)) {
          out.push({ start: a, end: b, kind: vma >= 0 ? 'not-dumped' : 'unmapped', vma });
        }
        cur = stop;
      }
    }
    return out;
  }

  /** Total bytes whose content the checkpoint holds (own pages or the parent's). */
  readableBytes(start = 0n, end = 1n << 64n): bigint {
    let n = 0n;
    for (const p of this.resolve(start, end)) if (READABLE_KINDS.has(p.kind)) n += p.end - p.start;
    return n;
  }

  #fromRun(r: MappedRun, a: bigint, b: bigint, vma: number, out: Piece[]): void {
    switch (r.kind) {
      case 'present':
        if (!r.available) {
          out.push({ start: a, end: b, kind: 'pages-missing', vma, image: r.image });
          return;
        }
        out.push({
          start: a,
          end: b,
          kind: 'dumped',
          vma,
          reader: r.reader,
          image: r.image,
          fileOffset: r.fileOffset + Number(a - r.start),
        });
        return;
      case 'lazy':
        out.push({ start: a, end: b, kind: 'lazy', vma });
        return;
      case 'absent':
        out.push({ start: a, end: b, kind: 'not-dumped', vma });
        return;
      case 'parent':
        if (!this.parent) {
          out.push({ start: a, end: b, kind: 'parent-missing', vma });
          return;
        }
        // The parent's own PE_PARENT runs resolve further up the chain the same way.
        for (const p of this.parent.resolve(a, b)) {
          if (READABLE_KINDS.has(p.kind)) {
            out.push({ ...p, kind: 'parent', vma });
          } else {
            out.push({ start: p.start, end: p.end, kind: 'parent-missing', vma });
          }
        }
    }
  }

  /** Splits [a, b) at VMA boundaries: yields [start, end, vma index or -1]. */
  *#byVma(a: bigint, b: bigint): Generator<[bigint, bigint, number]> {
    let cur = a;
    let j = firstRunEndingAfter(this.vmas, cur);
    while (cur < b) {
      const v = this.vmas[j];
      if (v && v.start <= cur) {
        const stop = minBig(v.end, b);
        yield [cur, stop, j];
        cur = stop;
        j++;
      } else {
        const stop = v ? maxBig(cur, minBig(v.start, b)) : b;
        yield [cur, stop, -1];
        cur = stop;
      }
    }
  }
}

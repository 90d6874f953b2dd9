/**
 * diffMemory: which dumped pages changed content between two checkpoints. For every PID with
 * memory on both sides, the pages dumped in both are read side by side and compared page by
 * page; changed pages are coalesced into ranges per VMA with the count of differing bytes.
 * Bounded (`maxBytes`), cancellable (`signal`), with progress; never throws on bad input
 * (unreadable pages are skipped and reported as problems).
 */
import type { CheckpointMemory } from '../../memory/checkpoint-memory.ts';
import { READABLE_KINDS, type MemoryRead, type VmaInfo } from '../../memory/types.ts';
import type { Problem } from '../../problems.ts';
import { overlap, readableStretches, stretchBytes, type Stretch } from './memory-ranges.ts';
import type { MemoryDiff, MemoryDiffOptions, ProcessContentDiff, VmaContentDiff } from './types.ts';

const DEFAULT_MAX_BYTES = 1 << 30;
const DEFAULT_CHUNK = 4 << 20;
const DEFAULT_MAX_RANGES = 1000;
const MAX_PROBLEMS = 100;

/** Count of differing bytes in x[from, to) and y[from, to); 0 when equal. */
export function bytesDiffering(x: Uint8Array, y: Uint8Array, from: number, to: number): number {
  let n = 0;
  let i = from;
  // Word compare first: most pages are equal, and equal words are skipped four bytes at a time.
  if ((x.byteOffset + i) % 4 === 0 && (y.byteOffset + i) % 4 === 0) {
    const words = Math.floor((to - i) / 4);
    const wx = new Uint32Array(x.buffer, x.byteOffset + i, words);
    const wy = new Uint32Array(y.buffer, y.byteOffset + i, words);
    for (let w = 0; w < words; w++) {
      if (wx[w] === wy[w]) continue;
      const base = i + w * 4;
      for (let k = 0; k < 4; k++) if (x[base + k] !== y[base + k]) n++;
    }
    i += words * 4;
  }
  for (; i < to; i++) if (x[i] !== y[i]) n++;
  return n;
}

/** Offsets (in `r.bytes`) of the parts that hold real contents. */
function readableParts(r: MemoryRead): [number, number][] {
  return r.segments
    .filter((s) => READABLE_KINDS.has(s.kind))
    .map((s): [number, number] => [s.offset, s.offset + s.length]);
}

const inside = (parts: [number, number][], from: number, to: number) =>
  parts.some(([s, e]) => s <= from && to <= e);

class Rows {
  readonly #rows = new Map<bigint, VmaContentDiff>();
  constructor(readonly maxRanges: number) {}

  row(v: VmaInfo | undefined, fallback: Stretch): VmaContentDiff {
    const start = v?.start ?? fallback.start;
    let r = this.#rows.get(start);
    if (!r) {
      r = {
        start,
        end: v?.end ?? fallback.end,
        prot: v?.perms ?? '',
        kind: v?.kind ?? 'unmapped',
        comparedPages: 0,
        changedPages: 0,
        onlyInA: 0,
        onlyInB: 0,
        changed: [],
        rangesTruncated: false,
      };
      if (v?.backing !== undefined) r.path = v.backing;
      this.#rows.set(start, r);
    }
    return r;
  }

  /** Records one changed page, extending the previous range when it is adjacent. */
  changed(r: VmaContentDiff, start: bigint, end: bigint, differing: number): void {
    r.changedPages++;
    const last = r.changed[r.changed.length - 1];
    if (last && last.end === start) {
      last.end = end;
      last.pages++;
      last.bytesDiffering += differing;
    } else if (r.changed.length < this.maxRanges) {
      r.changed.push({ start, end, pages: 1, bytesDiffering: differing });
    } else r.rangesTruncated = true;
  }

  all(): VmaContentDiff[] {
    return [...this.#rows.values()].sort((x, y) => (x.start < y.start ? -1 : 1));
  }
}

const pagesIn = (s: Stretch, pageSize: number) => Math.ceil(Number(s.end - s.start) / pageSize);

export async function diffMemory(
  a: CheckpointMemory,
  b: CheckpointMemory,
  options: MemoryDiffOptions = {},
): Promise<MemoryDiff> {
  const maxBytes = Math.max(0, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const chunk = Math.max(1, options.chunkBytes ?? DEFAULT_CHUNK);
  const maxRanges = Math.max(0, options.maxRangesPerVma ?? DEFAULT_MAX_RANGES);
  const asked = options.pids
    ? [...new Set(options.pids)]
    : [...new Set([...b.pids(), ...a.pids()])];
  const inA = new Set(a.pids());
  const inB = new Set(b.pids());
  const result: MemoryDiff = {
    processes: [],
    onlyInA: asked.filter((p) => inA.has(p) && !inB.has(p)),
    onlyInB: asked.filter((p) => inB.has(p) && !inA.has(p)),
    comparedBytes: 0,
    changedBytes: 0,
    totalBytes: 0,
    truncated: false,
    cancelled: false,
    problems: [],
  };
  const plans = asked
    .filter((pid) => inA.has(pid) && inB.has(pid))
    .map((pid) => ({
      pid,
      parts: overlap(readableStretches(a.space(pid)), readableStretches(b.space(pid))),
    }));
  result.totalBytes = plans.reduce((n, p) => n + stretchBytes(p.parts.both), 0);
  const note = (problems: readonly Problem[], side: string) => {
    for (const p of problems)
      if (result.problems.length < MAX_PROBLEMS)
        result.problems.push({ ...p, message: `${side}: ${p.message}` });
  };

  // What the memory layer could not load (missing or short pages files) is why pages are absent.
  note(a.problems, 'A');
  note(b.problems, 'B');
  for (const { pid, parts } of plans) {
    const info = b.process(pid) ?? a.process(pid);
    const pageSize = info?.pageSize ?? 4096;
    const ps = BigInt(pageSize);
    const rows = new Rows(maxRanges);
    const vmasA = a.vmas(pid);
    const vmasB = b.vmas(pid);
    for (const s of parts.onlyA) rows.row(vmasA[s.vma], s).onlyInA += pagesIn(s, pageSize);
    for (const s of parts.onlyB) rows.row(vmasB[s.vma], s).onlyInB += pagesIn(s, pageSize);
    const proc: ProcessContentDiff = {
      pid,
      pageSize,
      comparedPages: 0,
      changedPages: 0,
      onlyInA: parts.onlyA.reduce((n, s) => n + pagesIn(s, pageSize), 0),
      onlyInB: parts.onlyB.reduce((n, s) => n + pagesIn(s, pageSize), 0),
      vmas: [],
    };
    if (info?.comm !== undefined) proc.comm = info.comm;
    result.processes.push(proc);

    stretches: for (const s of parts.both) {
      const row = rows.row(vmasB[s.vma], s);
      for (let at = s.start; at < s.end;) {
        if (options.signal?.aborted) {
          result.cancelled = true;
          break stretches;
        }
        const left = Number(s.end - at);
        const toPageEnd = Number(ps - (at % ps));
        // Chunks end on page boundaries, unless the stretch itself ends inside a page.
        let len = Math.min(chunk, left);
        if (len < left)
          len = Math.max(len - Number((at + BigInt(len)) % ps), Math.min(toPageEnd, left));
        const room = maxBytes - result.comparedBytes;
        if (len > room) len = room - Number((at + BigInt(room)) % ps);
        if (len <= 0) {
          result.truncated = true;
          break stretches;
        }
        const [ra, rb] = await Promise.all([a.read(pid, at, len), b.read(pid, at, len)]);
        note(ra.problems, 'A');
        note(rb.problems, 'B');
        const okA = readableParts(ra);
        const okB = readableParts(rb);
        for (let off = 0; off < len;) {
          const page = at + BigInt(off);
          const step = Math.min(len - off, Number(ps - (page % ps)));
          if (inside(okA, off, off + step) && inside(okB, off, off + step)) {
            row.comparedPages++;
            proc.comparedPages++;
            const differing = bytesDiffering(ra.bytes, rb.bytes, off, off + step);
            if (differing > 0) {
              rows.changed(row, page, page + BigInt(step), differing);
              proc.changedPages++;
              result.changedBytes += step;
            }
          }
          off += step;
        }
        result.comparedBytes += len;
        at += BigInt(len);
        options.onProgress?.({
          comparedBytes: result.comparedBytes,
          totalBytes: result.totalBytes,
          pid,
        });
      }
    }
    proc.vmas = rows.all();
  }
  return result;
}

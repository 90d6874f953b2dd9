import type { CheckpointMemory } from '../src/lib/memory/checkpoint-memory.ts';
import { READABLE_KINDS, type VmaInfo } from '../src/lib/memory/types.ts';

/** Enough resolution for a map picture a few hundred pixels wide, at a bounded cost. */
export const MAX_BINS = 128;

/**
 * How much of a VMA is in the checkpoint: the total and a per-bin fraction, from the pagemap
 * alone (no page is read). Bins are at least a page wide so a small VMA is not cut finer
 * than what a pagemap can say.
 */
export function dumpedOf(
  mem: CheckpointMemory,
  pid: number,
  vma: VmaInfo,
  pageSize: number,
): { dumpedBytes: number; dumpedBins: number[] } {
  const size = Number(vma.end - vma.start);
  const count = Math.max(1, Math.min(MAX_BINS, Math.ceil(size / pageSize)));
  const binSize = size / count;
  const filled = new Array<number>(count).fill(0);
  let dumpedBytes = 0;
  for (const s of mem.describe(pid, vma.start, vma.end - vma.start)) {
    if (!READABLE_KINDS.has(s.kind)) continue;
    dumpedBytes += s.length;
    const a = s.offset;
    const b = s.offset + s.length;
    const last = Math.min(count - 1, Math.floor((b - 1) / binSize));
    for (let i = Math.floor(a / binSize); i <= last; i++) {
      const from = Math.max(a, i * binSize);
      const to = Math.min(b, (i + 1) * binSize);
      if (to > from) filled[i] += to - from;
    }
  }
  return {
    dumpedBytes,
    dumpedBins: filled.map((n) => Math.min(1, n / binSize)),
  };
}

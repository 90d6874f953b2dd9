import type { Problem } from '../problems.ts';
import { fillPieces } from './checkpoint-memory.ts';
import { clipPieces, type ScanPlan, type ScanRun } from './scan-plan.ts';

/** 8 MiB: big enough that per-window costs vanish, small enough to cancel quickly. */
export const SCAN_WINDOW = 8 << 20;

export interface ScanWindow {
  run: ScanRun;
  /** Address of `bytes[0]`. */
  base: bigint;
  bytes: Uint8Array;
  /** Matches starting at or beyond this offset belong to the next window of the same run. */
  reportLimit: number;
  /** Bytes of the plan scanned once this window is done (overlaps counted once). */
  scanned: number;
}

/**
 * Reads a plan's runs window by window. Consecutive windows of one run overlap by
 * `overlap` bytes (a matcher's longest match − 1) so that matches crossing a window edge are
 * seen whole; runs never share bytes, so nothing matches across a gap. Stops early, between
 * reads, when `signal` is aborted.
 */
export async function* scanWindows(
  plan: ScanPlan,
  overlap: number,
  problems: Problem[],
  signal?: AbortSignal,
  windowSize = SCAN_WINDOW,
): AsyncGenerator<ScanWindow> {
  const size = Math.max(windowSize, overlap * 2 + 1);
  let scanned = 0;
  for (const run of plan.runs) {
    let start = run.start;
    let fresh = start;
    while (start < run.end) {
      if (signal?.aborted) return;
      const end = run.end - start > BigInt(size) ? start + BigInt(size) : run.end;
      const bytes = new Uint8Array(Number(end - start));
      await fillPieces(clipPieces(run, start, end), bytes, start, problems);
      if (signal?.aborted) return;
      const last = end === run.end;
      const next = last ? end : end - BigInt(overlap);
      scanned += Number(end - fresh);
      fresh = end;
      yield {
        run,
        base: start,
        bytes,
        reportLimit: last ? bytes.length : Number(next - start),
        scanned,
      };
      start = next;
      if (last) break;
    }
  }
}

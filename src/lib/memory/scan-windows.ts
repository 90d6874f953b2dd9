import type { Problem } from '../problems.ts';
import { fillPieces } from './checkpoint-memory.ts';
import type { Piece } from './address-space.ts';
import { clipPieces, type ScanPlan, type ScanRun } from './scan-plan.ts';

/** 8 MiB: big enough that per-window costs vanish, small enough to cancel quickly. */
export const SCAN_WINDOW = 8 << 20;

/** Windows being read while one is scanned. */
const READ_AHEAD = 3;

export interface ScanWindow {
  run: ScanRun;
  /** Address of `bytes[0]`. */
  base: bigint;
  /** Valid until the next window is requested (the buffer is reused): copy what you keep. */
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
  // Every window's range first (cheap), so the next read can start while this one is scanned.
  const spans: Array<{ run: ScanRun; start: bigint; end: bigint; next: bigint; last: boolean }> =
    [];
  for (const run of plan.runs) {
    let start = run.start;
    while (start < run.end) {
      const end = run.end - start > BigInt(size) ? start + BigInt(size) : run.end;
      const last = end === run.end;
      const next = last ? end : end - BigInt(overlap);
      spans.push({ run, start, end, next, last });
      start = next;
      if (last) break;
    }
  }
  // Reads ahead of the scan: measured in a Chromium worker, 8 MiB File reads run at ~300 MB/s
  // one at a time and ~540 MB/s two at a time; with three in flight while a window is scanned
  // the page's search over a dropped tar went from ~230 to 360–440 MB/s (four: no better).
  // Each has its own reuse buffer, and so does the window being scanned.
  const buffers: Array<{ buffer?: Uint8Array }> = Array.from(
    { length: READ_AHEAD + 1 },
    () => ({}),
  );
  const read = (i: number) => {
    const s = spans[i];
    const p = readWindow(
      clipPieces(s.run, s.start, s.end),
      s.start,
      Number(s.end - s.start),
      problems,
      buffers[i % buffers.length],
    );
    p.catch(() => undefined); // awaited below; an abort may leave it unawaited
    return p;
  };
  let scanned = 0;
  let fresh = 0n;
  const inFlight = new Map<number, Promise<Uint8Array>>();
  for (let i = 0; i < spans.length; i++) {
    if (signal?.aborted) return;
    // Window i's buffer was the previous-but-READ_AHEAD window's, consumed by now.
    for (let j = i; j <= i + READ_AHEAD && j < spans.length; j++)
      if (!inFlight.has(j)) inFlight.set(j, read(j));
    const bytes = await inFlight.get(i)!;
    inFlight.delete(i);
    if (signal?.aborted) return;
    const { run, start, end, next, last } = spans[i];
    if (i === 0 || spans[i - 1].run !== run) fresh = start;
    scanned += Number(end - fresh);
    fresh = end;
    yield {
      run,
      base: start,
      bytes,
      reportLimit: last ? bytes.length : Number(next - start),
      scanned,
    };
  }
}

/**
 * One window's bytes. Consecutive pagemap entries are usually consecutive in the pages file,
 * so the plan merges them and most windows are one read, used as is (no copy); otherwise the
 * pieces are read into one buffer, reused across windows (allocating 8 MiB per window kept the
 * garbage collector busy, measured).
 */
async function readWindow(
  pieces: Piece[],
  base: bigint,
  length: number,
  problems: Problem[],
  reuse: { buffer?: Uint8Array },
): Promise<Uint8Array> {
  const only = pieces.length === 1 ? pieces[0] : undefined;
  if (only?.reader && only.image !== undefined && only.fileOffset !== undefined) {
    // Offered the reuse buffer: a file source reads into it instead of allocating (measured:
    // a fresh 8 MiB buffer per window cost as much GC and page-fault time as the matching).
    if (!reuse.buffer || reuse.buffer.length < length) reuse.buffer = new Uint8Array(length);
    try {
      const got = await only.reader.read(only.image, only.fileOffset, length, reuse.buffer);
      if (got.length === length) return got;
    } catch {
      // fall through: fillPieces reads again and records the problem
    }
  }
  if (!reuse.buffer || reuse.buffer.length < length) reuse.buffer = new Uint8Array(length);
  const bytes = reuse.buffer.subarray(0, length);
  await fillPieces(pieces, bytes, base, problems);
  return bytes;
}

import type { Piece } from './address-space.ts';
import type { CheckpointMemory } from './checkpoint-memory.ts';
import { READABLE_KINDS } from './types.ts';

/** What to scan: all processes or some, all of each address space or one VMA. */
export interface ScanScope {
  pids?: readonly number[];
  /** With a single pid: only this VMA (index into that process's VMAs). */
  vma?: number;
  /** Only this address range [start, end) (with a single pid, or for each pid). */
  range?: { start: bigint; end: bigint };
}

/**
 * A stretch of memory whose bytes are all in the checkpoint and whose addresses are
 * contiguous: matches may straddle page, pagemap-entry and VMA boundaries inside it, never the
 * gap between two runs.
 */
export interface ScanRun {
  pid: number;
  start: bigint;
  end: bigint;
  pieces: Piece[];
}

export interface ScanPlan {
  runs: ScanRun[];
  totalBytes: number;
}

const FULL: { start: bigint; end: bigint } = { start: 0n, end: 1n << 64n };

/** Metadata only: resolves the scope into readable runs, so progress has a true total. */
export function planScan(mem: CheckpointMemory, scope: ScanScope = {}): ScanPlan {
  const pids = scope.pids?.length ? scope.pids : mem.pids();
  const runs: ScanRun[] = [];
  let totalBytes = 0;
  for (const pid of pids) {
    const space = mem.space(pid);
    if (!space) continue;
    let { start, end } = scope.range ?? FULL;
    if (scope.vma !== undefined) {
      const v = space.vmas[scope.vma];
      if (!v) continue;
      start = v.start > start ? v.start : start;
      end = v.end < end ? v.end : end;
    }
    if (start >= end) continue;
    let current: ScanRun | undefined;
    for (const p of space.resolve(start, end)) {
      if (!READABLE_KINDS.has(p.kind)) {
        current = undefined;
        continue;
      }
      if (!current || current.end !== p.start) {
        current = { pid, start: p.start, end: p.end, pieces: [] };
        runs.push(current);
      }
      const prev = current.pieces[current.pieces.length - 1];
      if (prev && continuesInFile(prev, p)) prev.end = p.end;
      else current.pieces.push({ ...p });
      current.end = p.end;
      totalBytes += Number(p.end - p.start);
    }
  }
  return { runs, totalBytes };
}

/** The pieces of `run` clipped to [a, b). */
export function clipPieces(run: ScanRun, a: bigint, b: bigint): Piece[] {
  const out: Piece[] = [];
  for (const p of run.pieces) {
    if (p.end <= a || p.start >= b) continue;
    const s = p.start > a ? p.start : a;
    const e = p.end < b ? p.end : b;
    const clipped: Piece = { ...p, start: s, end: e };
    if (p.fileOffset !== undefined) clipped.fileOffset = p.fileOffset + Number(s - p.start);
    out.push(clipped);
  }
  return out;
}

/** `b` follows `a` in the same pages file: one read can serve both (VMA bounds do not matter). */
function continuesInFile(a: Piece, b: Piece): boolean {
  return (
    a.reader !== undefined &&
    a.reader === b.reader &&
    a.image === b.image &&
    a.fileOffset !== undefined &&
    b.fileOffset === a.fileOffset + Number(a.end - a.start)
  );
}

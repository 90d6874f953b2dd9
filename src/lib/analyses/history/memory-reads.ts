/**
 * Small reads of one process's memory that never guess: a pointer-sized word or a C string is
 * either read from bytes the checkpoint holds, or reported with the kind of the segment that
 * is not there (not dumped, lazy, parent missing, unmapped…).
 */
import type { CheckpointMemory } from '../../memory/checkpoint-memory.ts';
import { READABLE_KINDS } from '../../memory/types.ts';
import type { AbsentKind } from './types.ts';

export type WordRead = { value: bigint } | { absent: AbsentKind };

/** The little-endian 64-bit words at `address`, or the kind of memory that is not there. */
export async function readWords(
  mem: CheckpointMemory,
  pid: number,
  address: bigint,
  count: number,
): Promise<bigint[] | { absent: AbsentKind; at: bigint }> {
  const r = await mem.read(pid, address, count * 8);
  const gap = r.segments.find((s) => !READABLE_KINDS.has(s.kind));
  if (gap || r.bytes.length < count * 8) {
    return { absent: (gap?.kind ?? 'unmapped') as AbsentKind, at: gap?.address ?? address };
  }
  const view = new DataView(r.bytes.buffer, r.bytes.byteOffset, r.bytes.byteLength);
  return Array.from({ length: count }, (_, i) => view.getBigUint64(i * 8, true));
}

export interface CString {
  bytes: Uint8Array;
  /** Reached its NUL inside memory the checkpoint holds. */
  complete: boolean;
  /** Why it stopped before a NUL (memory not in the checkpoint), and where. */
  absent?: { kind: AbsentKind; address: bigint };
  /** Stopped at `max` bytes without a NUL. */
  tooLong?: boolean;
}

const CHUNK = 4096;

/**
 * The NUL-terminated string at `address`, read a chunk at a time so that a line crossing a
 * page boundary is read whole when both pages are in the checkpoint, and stops (saying why)
 * at the first byte that is not.
 */
export async function readCString(
  mem: CheckpointMemory,
  pid: number,
  address: bigint,
  max = 64 * 1024,
): Promise<CString> {
  const parts: Uint8Array[] = [];
  let total = 0;
  let at = address;
  while (total < max) {
    // Up to the next chunk boundary, so reads stay page-aligned after the first.
    const want = Math.min(CHUNK - Number(at % BigInt(CHUNK)), max - total);
    const r = await mem.read(pid, at, want);
    for (const s of r.segments) {
      if (!READABLE_KINDS.has(s.kind)) {
        return finish(parts, total, false, { kind: s.kind as AbsentKind, address: s.address });
      }
      const slice = r.bytes.subarray(s.offset, s.offset + s.length);
      const nul = slice.indexOf(0);
      if (nul >= 0) {
        parts.push(slice.subarray(0, nul));
        return finish(parts, total + nul, true);
      }
      parts.push(slice);
      total += slice.length;
    }
    if (r.bytes.length === 0) return finish(parts, total, false, { kind: 'unmapped', address: at });
    at += BigInt(r.bytes.length);
  }
  const out = finish(parts, total, false);
  out.tooLong = true;
  return out;
}

function finish(
  parts: Uint8Array[],
  total: number,
  complete: boolean,
  absent?: CString['absent'],
): CString {
  const bytes = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    bytes.set(p.subarray(0, total - o), o);
    o += Math.min(p.length, total - o);
  }
  return absent ? { bytes, complete, absent } : { bytes, complete };
}

/** What kind of memory `address` is in, without reading it. */
export function kindAt(mem: CheckpointMemory, pid: number, address: bigint) {
  return mem.describe(pid, address, 1n)[0]?.kind ?? 'unmapped';
}

/**
 * Whole-process scans used to find readline's history: the `#<epoch>` timestamp strings, then
 * the 8-byte pointers to a set of addresses. Both read only memory the checkpoint holds (the
 * scan plan's runs), window by window, and stop when `signal` aborts.
 */
import type { CheckpointMemory } from '../../memory/checkpoint-memory.ts';
import { planScan } from '../../memory/scan-plan.ts';
import { scanWindows } from '../../memory/scan-windows.ts';
import type { Problem } from '../../problems.ts';

const HASH = 0x23;
const NUL = 0;
/** readline writes `#` and time(2) in decimal: 9–11 digits covers 1973 to 5138. */
const MIN_DIGITS = 9;
const MAX_DIGITS = 11;

export interface TimestampString {
  address: bigint;
  epoch: number;
}

/** Every `#<9–11 digits>\0` in `pid`'s memory that starts right after a NUL or at a chunk start. */
export async function findTimestampStrings(
  mem: CheckpointMemory,
  pid: number,
  problems: Problem[],
  signal?: AbortSignal,
  windowSize?: number,
): Promise<TimestampString[]> {
  const out: TimestampString[] = [];
  const overlap = MAX_DIGITS + 2;
  const plan = planScan(mem, { pids: [pid] });
  for await (const w of scanWindows(plan, overlap, problems, signal, windowSize)) {
    const b = w.bytes;
    let i = b.indexOf(HASH);
    while (i >= 0 && i < w.reportLimit) {
      let j = i + 1;
      let epoch = 0;
      while (j < b.length && j - i - 1 < MAX_DIGITS && b[j] >= 0x30 && b[j] <= 0x39) {
        epoch = epoch * 10 + (b[j] - 0x30);
        j++;
      }
      const digits = j - i - 1;
      // A malloc'd string: the byte before is the chunk header or another string's NUL.
      if (digits >= MIN_DIGITS && j < b.length && b[j] === NUL) {
        out.push({ address: w.base + BigInt(i), epoch });
      }
      i = b.indexOf(HASH, i + 1);
    }
  }
  return out;
}

export interface PointerHit {
  /** Where the pointer is stored. */
  at: bigint;
  /** The address it holds (one of the targets). */
  value: bigint;
}

/**
 * Every 8-byte-aligned little-endian word in `pid`'s memory whose value is in `targets`. Runs
 * start on page boundaries and windows do not overlap, so alignment by offset is alignment by
 * address. The low 32 bits are checked first through a Set of numbers: no bigint per word.
 */
export async function findPointersTo(
  mem: CheckpointMemory,
  pid: number,
  targets: ReadonlySet<bigint>,
  problems: Problem[],
  signal?: AbortSignal,
  windowSize?: number,
): Promise<PointerHit[]> {
  const out: PointerHit[] = [];
  if (targets.size === 0) return out;
  const lows = new Set<number>();
  for (const t of targets) lows.add(Number(t & 0xffffffffn));
  const plan = planScan(mem, { pids: [pid] });
  for await (const w of scanWindows(plan, 0, problems, signal, windowSize)) {
    const b = w.bytes;
    const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
    const skip = Number((8n - (w.base % 8n)) % 8n);
    for (let o = skip; o + 8 <= b.length; o += 8) {
      const lo = view.getUint32(o, true);
      if (lo === 0 || !lows.has(lo)) continue;
      const value = (BigInt(view.getUint32(o + 4, true)) << 32n) | BigInt(lo);
      if (targets.has(value)) out.push({ at: w.base + BigInt(o), value });
    }
  }
  return out;
}

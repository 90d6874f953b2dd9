import type { AddressSpace } from './address-space.ts';
import { READABLE_KINDS } from './types.ts';

/**
 * The start of the next stretch of bytes the checkpoint holds (its own pages or the
 * parent's) after `from`, or undefined when none follows. When `from` is inside such a
 * stretch, that stretch is skipped: pressing "next dumped bytes" again moves on. A JVM heap
 * of gigabytes with a few dumped pages is screens of `··` in the hex view; this is where the
 * button jumps. Walks the runs (a handful per VMA), not the bytes.
 */
export function nextDumpedAddress(space: AddressSpace, from: bigint): bigint | undefined {
  const end = space.vmas.reduce((m, v) => (v.end > m ? v.end : m), 0n);
  if (from >= end) return undefined;
  let inGap = false;
  for (const p of space.resolve(from, end)) {
    const readable = READABLE_KINDS.has(p.kind);
    if (readable && inGap) return p.start;
    if (!readable) inGap = true;
  }
  return undefined;
}

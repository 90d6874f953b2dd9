import type { MemoryProcess, MemoryVma } from '../../../workers/memory-protocol.ts';

/**
 * The hex view scrolls through one span at a time: a block of at most 8 MiB (512 Ki rows of
 * 18 px, well under the ~33 M px Chromium allows for one element) inside the VMA holding the
 * address, or one page when the address is outside every VMA.
 */
export const SPAN_BYTES = 8n << 20n;
const PAGE = 4096n;

export interface Span {
  start: bigint;
  end: bigint;
  vma?: MemoryVma;
}

export function vmaAt(p: MemoryProcess, address: bigint): MemoryVma | undefined {
  let lo = 0;
  let hi = p.vmas.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = p.vmas[mid];
    if (address < v.start) hi = mid - 1;
    else if (address >= v.end) lo = mid + 1;
    else return v;
  }
  return undefined;
}

export function spanFor(p: MemoryProcess, address: bigint): Span {
  const vma = vmaAt(p, address);
  if (!vma) {
    const start = address - (address % PAGE);
    return { start, end: start + PAGE };
  }
  const start = vma.start + ((address - vma.start) / SPAN_BYTES) * SPAN_BYTES;
  const end = start + SPAN_BYTES < vma.end ? start + SPAN_BYTES : vma.end;
  return { start, end, vma };
}

/** The next VMA after / the one before the span's (for stepping through the address space). */
export function neighbourVma(
  p: MemoryProcess,
  span: Span,
  direction: 1 | -1,
): MemoryVma | undefined {
  if (direction > 0) return p.vmas.find((v) => v.start >= span.end);
  return p.vmas.findLast((v) => v.end <= span.start);
}

/**
 * Where two address spaces of one PID both hold page contents, and where only one does.
 * Metadata only (no page is read): the memory layer's `resolve` says what every byte is.
 */
import type { AddressSpace } from '../../memory/address-space.ts';
import { READABLE_KINDS } from '../../memory/types.ts';

export interface Stretch {
  start: bigint;
  end: bigint;
  /** VMA index on the side the stretch was read from (B for `both`), or -1. */
  vma: number;
}

export interface Overlap {
  both: Stretch[];
  onlyA: Stretch[];
  onlyB: Stretch[];
}

const FULL_END = 1n << 64n;

/** The readable stretches of an address space (its own pages or its parent's), by address. */
export function readableStretches(space: AddressSpace | undefined): Stretch[] {
  if (!space) return [];
  const out: Stretch[] = [];
  for (const p of space.resolve(0n, FULL_END)) {
    if (!READABLE_KINDS.has(p.kind)) continue;
    const last = out[out.length - 1];
    if (last && last.end === p.start && last.vma === p.vma) last.end = p.end;
    else out.push({ start: p.start, end: p.end, vma: p.vma });
  }
  return out;
}

/** Splits two sorted, non-overlapping stretch lists into common and one-sided parts. */
export function overlap(a: readonly Stretch[], b: readonly Stretch[]): Overlap {
  const la = a.map((s) => ({ ...s }));
  const lb = b.map((s) => ({ ...s }));
  const out: Overlap = { both: [], onlyA: [], onlyB: [] };
  let i = 0;
  let j = 0;
  while (i < la.length || j < lb.length) {
    const x = la[i];
    const y = lb[j];
    if (x && (!y || x.end <= y.start)) {
      out.onlyA.push(x);
      i++;
    } else if (y && (!x || y.end <= x.start)) {
      out.onlyB.push(y);
      j++;
    } else if (x && y && x.start < y.start) {
      out.onlyA.push({ ...x, end: y.start });
      x.start = y.start;
    } else if (x && y && y.start < x.start) {
      out.onlyB.push({ ...y, end: x.start });
      y.start = x.start;
    } else if (x && y) {
      const end = x.end < y.end ? x.end : y.end;
      out.both.push({ start: x.start, end, vma: y.vma });
      if (x.end === end) i++;
      else x.start = end;
      if (y.end === end) j++;
      else y.start = end;
    }
  }
  return out;
}

export const stretchBytes = (list: readonly Stretch[]): number =>
  list.reduce((n, s) => n + Number(s.end - s.start), 0);

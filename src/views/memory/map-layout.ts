import type { MemoryVma } from '../../../workers/memory-protocol.ts';

/**
 * A compressed (broken) axis for a sparse address space: x_86_64 user space spans 128 TiB but
 * a process maps a few MiB here and there. Each VMA gets a width that grows with the log of
 * its size, so a 4 KiB vdso stays visible next to a 256 MiB heap; a gap between VMAs becomes
 * a fixed-width break whatever its size. Inside a VMA the scale is linear. Units are
 * abstract: the view maps [0, total] onto its pixels with a d3 scale.
 */
export interface MapItem<V extends Span = MemoryVma> {
  vma: V;
  u0: number;
  u1: number;
}

/** What the layout needs of a mapping: its address range. */
export interface Span {
  start: bigint;
  end: bigint;
}

export interface MapBreak {
  /** Where the break is drawn (units), between two VMAs that are not adjacent. */
  u: number;
  gapBytes: bigint;
  /** Start of the VMA after the break: labelled under the map. */
  next: bigint;
}

export interface MapLayout<V extends Span = MemoryVma> {
  items: MapItem<V>[];
  breaks: MapBreak[];
  total: number;
}

const GAP_UNITS = 1.5;

export function weight(size: bigint, pageSize: number): number {
  const pages = Number(size) / pageSize;
  return 1 + Math.log2(Math.max(1, pages));
}

export function layoutMap<V extends Span = MemoryVma>(
  vmas: readonly V[],
  pageSize: number,
): MapLayout<V> {
  const items: MapItem<V>[] = [];
  const breaks: MapBreak[] = [];
  let u = 0;
  let prevEnd: bigint | undefined;
  for (const vma of vmas) {
    if (prevEnd !== undefined && vma.start > prevEnd) {
      breaks.push({ u: u + GAP_UNITS / 2, gapBytes: vma.start - prevEnd, next: vma.start });
      u += GAP_UNITS;
    }
    const w = weight(vma.end - vma.start, pageSize);
    items.push({ vma, u0: u, u1: u + w });
    u += w;
    prevEnd = vma.end;
  }
  return { items, breaks, total: Math.max(u, 1) };
}

/**
 * The dumped bins of a VMA merged into stretches of equal shading (fractions rounded up to
 * quarters), so a fully dumped VMA is one rectangle rather than 128.
 */
export function dumpedStretches(
  bins: readonly number[],
): { from: number; to: number; level: number }[] {
  const out: { from: number; to: number; level: number }[] = [];
  const n = bins.length;
  bins.forEach((f, i) => {
    const level = f <= 0 ? 0 : Math.ceil(f * 4) / 4;
    const last = out[out.length - 1];
    if (last && last.level === level) last.to = (i + 1) / n;
    else out.push({ from: i / n, to: (i + 1) / n, level });
  });
  return out.filter((s) => s.level > 0);
}

/** Where an address inside a laid-out mapping falls on the axis (units). */
export function unitAt<V extends Span>(item: MapItem<V>, address: bigint): number {
  const size = Number(item.vma.end - item.vma.start) || 1;
  const f = Math.min(1, Math.max(0, Number(address - item.vma.start) / size));
  return item.u0 + f * (item.u1 - item.u0);
}

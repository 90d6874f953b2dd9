/**
 * The memory views' pure helpers: hex rows never show absent bytes as zeros, the compressed
 * map axis keeps small VMAs visible, routes round-trip, spans stay inside their VMA.
 */
import { describe, expect, it } from 'vitest';
import type { MemoryProcess, MemoryVma } from '../../../workers/memory-protocol.ts';
import { classify, formatRow } from '../../../src/views/memory/hex-rows.ts';
import { dumpedStretches, layoutMap, weight } from '../../../src/views/memory/map-layout.ts';
import { memoryHref, parseMemoryPlace } from '../../../src/views/memory/memory-route.ts';
import { SPAN_BYTES, neighbourVma, spanFor, vmaAt } from '../../../src/views/memory/span.ts';

const text = (runs: { text: string }[]) => runs.map((r) => r.text).join('');

function vma(index: number, start: bigint, end: bigint): MemoryVma {
  return {
    index,
    start,
    end,
    pgoff: 0n,
    perms: 'rw-p',
    prot: 3,
    flags: 0x22,
    kind: 'anon-private',
    dumpedBytes: 0,
    dumpedBins: [0],
  };
}

const proc: MemoryProcess = {
  container: 0,
  root: '',
  pid: 1,
  pageSize: 4096,
  dumpedBytes: 0,
  vmas: [
    vma(0, 0x1000n, 0x2000n),
    vma(1, 0x2000n, 0x2000n + 20n * (1n << 20n)),
    vma(2, 0x7fff0000n, 0x7fff1000n),
  ],
};

describe('hex rows', () => {
  const bytes = new Uint8Array(32);
  bytes.set(new TextEncoder().encode('HELLO\x00\x01world'), 0);
  const w = classify(0x1000n, bytes, [
    { offset: 0, length: 8, kind: 'dumped' },
    { offset: 8, length: 8, kind: 'not-dumped', vma: 0 },
    { offset: 16, length: 16, kind: 'unmapped' },
  ]);

  it('draws dumped bytes as hex and text, absent ones as ·· and blanks, never as 00', () => {
    const r = formatRow(w, 0x1000n);
    expect(text(r.hex)).toBe('48 45 4c 4c 4f 00 01 77  ·· ·· ·· ·· ·· ·· ·· ··');
    expect(text(r.ascii)).toBe('HELLO..w        ');
    expect(r.hex.map((x) => x.cls)).toEqual(['data', 'not-dumped']);
    const r2 = formatRow(w, 0x1010n);
    expect(r2.hex).toHaveLength(1);
    expect(r2.hex[0]).toMatchObject({ cls: 'unmapped', hit: false });
  });

  it('marks the highlighted bytes and only those', () => {
    const r = formatRow(w, 0x1000n, { start: 0x1001n, end: 0x1003n });
    expect(r.ascii.filter((x) => x.hit).map((x) => x.text)).toEqual(['EL']);
  });

  it('treats bytes beyond the window as unmapped rather than inventing them', () => {
    const r = formatRow(w, 0x1018n);
    expect(r.hex.every((x) => x.cls === 'unmapped')).toBe(true);
  });
});

describe('memory map layout', () => {
  it('gives a page-sized VMA a visible share next to a huge one, and breaks gaps', () => {
    const l = layoutMap(proc.vmas, 4096);
    const widths = l.items.map((i) => i.u1 - i.u0);
    expect(widths[0]).toBe(1);
    expect(widths[1]).toBeCloseTo(weight(20n << 20n, 4096));
    expect(widths[1] / widths[0]).toBeLessThan(15);
    // 0x1000–0x2000 and 0x2000–… touch: no break; then a gap before 0x7fff0000.
    expect(l.breaks.map((b) => b.next)).toEqual([0x7fff0000n]);
    expect(l.items[1].u0).toBe(l.items[0].u1);
    expect(l.total).toBeGreaterThan(l.items[2].u0);
  });

  it('merges dumped bins into stretches of equal shading', () => {
    expect(dumpedStretches([1, 1, 1, 1])).toEqual([{ from: 0, to: 1, level: 1 }]);
    expect(dumpedStretches([0, 0.1, 0.2, 0, 1])).toEqual([
      { from: 0.2, to: 0.6, level: 0.25 },
      { from: 0.8, to: 1, level: 1 },
    ]);
    expect(dumpedStretches([0, 0])).toEqual([]);
  });
});

describe('memory routes', () => {
  it('round-trips a place through the hash', () => {
    const href = memoryHref({ container: 2, pid: 11, address: 0x7fdf28505000n, tab: 'strings' });
    expect(href).toBe('#/process/11/memory/c/2/at/0x7fdf28505000/tab/strings');
    const segments = href.slice(2).split('/');
    expect(parseMemoryPlace(segments.slice(1))).toEqual({
      container: 2,
      pid: 11,
      address: 0x7fdf28505000n,
      tab: 'strings',
    });
    expect(memoryHref({ pid: 1 })).toBe('#/process/1/memory');
  });

  it('leaves other process routes to their views', () => {
    expect(parseMemoryPlace(['1', 'files'])).toBeUndefined();
    expect(parseMemoryPlace(['1'])).toBeUndefined();
    expect(parseMemoryPlace(['x', 'memory'])).toBeUndefined();
    expect(parseMemoryPlace(['1', 'memory', 'at', 'nonsense'])).toMatchObject({
      address: undefined,
    });
  });
});

describe('hex view spans', () => {
  it('cuts a big VMA into 8 MiB blocks and never leaves it', () => {
    const big = proc.vmas[1];
    const s = spanFor(proc, big.start + SPAN_BYTES + 5n);
    expect(s).toMatchObject({ start: big.start + SPAN_BYTES, end: big.start + 2n * SPAN_BYTES });
    const last = spanFor(proc, big.end - 1n);
    expect(last.end).toBe(big.end);
    expect(last.start).toBe(big.start + 2n * SPAN_BYTES);
  });

  it('shows one page outside every VMA, and finds neighbours', () => {
    expect(spanFor(proc, 0x50001234n)).toEqual({ start: 0x50001000n, end: 0x50002000n });
    expect(vmaAt(proc, 0x1fffn)?.index).toBe(0);
    expect(vmaAt(proc, 0x0n)).toBeUndefined();
    const s = spanFor(proc, 0x1000n);
    expect(neighbourVma(proc, s, 1)?.index).toBe(1);
    expect(neighbourVma(proc, s, -1)).toBeUndefined();
  });
});

/**
 * diffMemory on checkpoints built in code: a changed byte is found at its exact page in its
 * VMA, adjacent changed pages coalesce, one-sided pages are counted apart from compared ones,
 * and the byte limit, the abort signal and progress behave.
 */
import { describe, expect, it } from 'vitest';
import { diffMemory, renderMemoryReport } from '../../../src/lib/analyses/diff/index.ts';
import { bytesDiffering } from '../../../src/lib/analyses/diff/memory.ts';
import { overlap } from '../../../src/lib/analyses/diff/memory-ranges.ts';
import { openMemory } from '../../../src/lib/memory/open-memory.ts';
import { FakeCheckpoint, PAGE, decodeFake, pagesData, pe, vma } from '../memory/fake-checkpoint.ts';

const HEAP = 0x10000n;
const STACK = 0x7000_0000n;

/**
 * pid 1: VMA [HEAP, HEAP+8 pages) with pages 0-3 dumped, VMA [STACK, STACK+4 pages) with
 * pages 1-2 dumped; pid 2: one VMA, 2 pages. `pages` is the pages-1.img of both processes
 * (pid 1: file pages 0-5, pid 2: 6-7); `extra` adds pagemap entries to pid 1.
 */
function checkpoint(pages: Uint8Array, extra: ReturnType<typeof pe>[] = [], withPid2 = true) {
  const ck = new FakeCheckpoint([
    {
      pid: 1,
      vmas: [vma(HEAP, HEAP + 8n * BigInt(PAGE)), vma(STACK, STACK + 4n * BigInt(PAGE))],
      pagemap: [pe(HEAP, 4), pe(STACK + BigInt(PAGE), 2), ...extra],
    },
    ...(withPid2
      ? [{ pid: 2, vmas: [vma(0x20000n, 0x22000n)], pagemap: [pe(0x20000n, 2)], pagesId: 2 }]
      : []),
  ]);
  ck.raw('pages-1.img', pages.subarray(0, (6 + extra.length) * PAGE));
  if (withPid2) ck.raw('pages-2.img', pages.subarray(6 * PAGE, 8 * PAGE));
  return openMemory(ck.store(), { decode: decodeFake, parent: null });
}

describe('diffMemory on built checkpoints', () => {
  it('finds one changed byte at its exact page, in its VMA, and nothing else', async () => {
    const pagesA = pagesData(8);
    const pagesB = pagesA.slice();
    // File page 4 is pid 1's first stack page (STACK + 1 page); change byte 0x123 of it.
    pagesB[4 * PAGE + 0x123] ^= 0xff;
    const d = await diffMemory(await checkpoint(pagesA), await checkpoint(pagesB));
    expect(d.truncated).toBe(false);
    expect(d.cancelled).toBe(false);
    expect(d.problems).toEqual([]);
    expect(d.totalBytes).toBe(8 * PAGE);
    expect(d.comparedBytes).toBe(8 * PAGE);
    expect(d.changedBytes).toBe(PAGE);
    const p1 = d.processes.find((p) => p.pid === 1)!;
    expect(p1.comparedPages).toBe(6);
    expect(p1.changedPages).toBe(1);
    const stack = p1.vmas.find((v) => v.start === STACK)!;
    expect(stack.changed).toEqual([
      {
        start: STACK + BigInt(PAGE),
        end: STACK + 2n * BigInt(PAGE),
        pages: 1,
        bytesDiffering: 1,
      },
    ]);
    expect(stack.comparedPages).toBe(2);
    expect(p1.vmas.find((v) => v.start === HEAP)!.changed).toEqual([]);
    expect(d.processes.find((p) => p.pid === 2)!.changedPages).toBe(0);
    expect(renderMemoryReport(d)).toEqual([
      'Page contents: 1 of 8 pages dumped in both changed',
      '└── [1] proc1: 1 of 6 compared pages changed',
      '    └── 0x70000000-0x70004000 rw-p anon-private: 1 of 2 pages changed',
      '        └── 0x70001000-0x70002000 1 page, 1 bytes differ',
    ]);
  });

  it('coalesces adjacent changed pages and counts the bytes that differ', async () => {
    const pagesA = pagesData(8);
    const pagesB = pagesA.slice();
    pagesB[1 * PAGE + 5] ^= 1;
    pagesB[2 * PAGE + 6] ^= 1;
    pagesB[2 * PAGE + 7] ^= 1;
    const d = await diffMemory(await checkpoint(pagesA), await checkpoint(pagesB));
    const heap = d.processes[0]!.vmas.find((v) => v.start === HEAP)!;
    expect(heap.changed).toEqual([
      {
        start: HEAP + BigInt(PAGE),
        end: HEAP + 3n * BigInt(PAGE),
        pages: 2,
        bytesDiffering: 3,
      },
    ]);
  });

  it('counts pages dumped on one side only apart from the compared ones', async () => {
    const pagesA = pagesData(9);
    // B also dumped page 7 of the heap VMA (its 7th file page, after the stack's two).
    const a = await checkpoint(pagesA, [], true);
    const b = await checkpoint(pagesA, [pe(HEAP + 7n * BigInt(PAGE), 1)], false);
    const d = await diffMemory(a, b);
    expect(d.onlyInA).toEqual([2]);
    expect(d.onlyInB).toEqual([]);
    const p1 = d.processes.find((p) => p.pid === 1)!;
    expect(p1.onlyInB).toBe(1);
    expect(p1.onlyInA).toBe(0);
    expect(p1.vmas.find((v) => v.start === HEAP)!.onlyInB).toBe(1);
    expect(p1.comparedPages).toBe(6);
  });

  it('stops at the byte limit with `truncated`, and reports progress up to it', async () => {
    const pagesA = pagesData(8);
    const pagesB = pagesData(8, 1); // every page differs
    const progress: number[] = [];
    const d = await diffMemory(await checkpoint(pagesA), await checkpoint(pagesB), {
      maxBytes: 3 * PAGE,
      chunkBytes: PAGE,
      onProgress: (p) => progress.push(p.comparedBytes),
    });
    expect(d.truncated).toBe(true);
    expect(d.comparedBytes).toBe(3 * PAGE);
    expect(progress).toEqual([PAGE, 2 * PAGE, 3 * PAGE]);
    expect(d.processes[0]!.changedPages).toBe(3);
  });

  it('stops when the signal is aborted and says so', async () => {
    const a = await checkpoint(pagesData(8));
    const b = await checkpoint(pagesData(8, 1));
    const controller = new AbortController();
    const d = await diffMemory(a, b, {
      chunkBytes: PAGE,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.comparedBytes >= 2 * PAGE) controller.abort();
      },
    });
    expect(d.cancelled).toBe(true);
    expect(d.comparedBytes).toBe(2 * PAGE);
  });

  it('skips pages whose pages file is short on one side and reports it', async () => {
    const pagesA = pagesData(8);
    const a = await checkpoint(pagesA);
    const ck = new FakeCheckpoint([
      { pid: 1, vmas: [vma(HEAP, HEAP + 8n * BigInt(PAGE))], pagemap: [pe(HEAP, 4)] },
    ]).raw('pages-1.img', pagesA.subarray(0, 2 * PAGE));
    const b = await openMemory(ck.store(), { decode: decodeFake, parent: null });
    const d = await diffMemory(a, b);
    const p1 = d.processes.find((p) => p.pid === 1)!;
    // The two pages the file holds are compared; the two it lacks are not content on B's side.
    expect(p1.comparedPages).toBe(2);
    expect(p1.changedPages).toBe(0);
    expect(p1.vmas.find((v) => v.start === HEAP)!.onlyInA).toBe(2);
    expect(d.problems.map((p) => [p.code, p.message.slice(0, 2)])).toEqual([['pages-short', 'B:']]);
  });
});

describe('diffMemory on hostile pagemaps', () => {
  it('a pagemap claiming 2^40 pages with a tiny pages file ends at once, only what the file holds compared', async () => {
    const a = await checkpoint(pagesData(8));
    const ck = new FakeCheckpoint([
      { pid: 1, vmas: [vma(HEAP, HEAP + 8n * BigInt(PAGE))], pagemap: [pe(HEAP, 2 ** 40)] },
    ]).raw('pages-1.img', pagesData(1));
    const b = await openMemory(ck.store(), { decode: decodeFake, parent: null });
    const d = await diffMemory(a, b);
    const p1 = d.processes.find((p) => p.pid === 1)!;
    // The one page the file holds is read (and equal); the rest of A's pages have no match.
    expect(p1.comparedPages).toBe(1);
    expect(p1.changedPages).toBe(0);
    expect(p1.onlyInA).toBe(5);
    expect(d.comparedBytes).toBe(PAGE);
    expect(d.problems.length).toBeGreaterThan(0);
  });
});

describe('memory diff helpers', () => {
  it('bytesDiffering counts unaligned and aligned differences alike', () => {
    const x = new Uint8Array(37).map((_, i) => i);
    const y = x.slice();
    y[0] = 99;
    y[17] = 99;
    y[36] = 99;
    expect(bytesDiffering(x, y, 0, 37)).toBe(3);
    expect(bytesDiffering(x, y, 1, 36)).toBe(1);
    expect(bytesDiffering(x.subarray(1), y.subarray(1), 0, 36)).toBe(2);
  });

  it('overlap splits common and one-sided stretches', () => {
    const s = (start: number, end: number, vma = 0) => ({
      start: BigInt(start),
      end: BigInt(end),
      vma,
    });
    const o = overlap([s(0, 10), s(20, 30)], [s(5, 25, 1)]);
    expect(o.both).toEqual([s(5, 10, 1), s(20, 25, 1)]);
    expect(o.onlyA).toEqual([s(0, 5), s(25, 30)]);
    expect(o.onlyB).toEqual([s(10, 20, 1)]);
  });
});

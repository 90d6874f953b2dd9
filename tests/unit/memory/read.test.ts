import { describe, expect, it } from 'vitest';
import { openMemory } from '../../../src/lib/memory/open-memory.ts';
import { PE_LAZY, PE_PARENT, PE_PRESENT } from '../../../src/lib/memory/pagemap-index.ts';
import type { Segment } from '../../../src/lib/memory/types.ts';
import {
  FakeCheckpoint,
  MAP_SHARED,
  PAGE,
  VMA_ANON_SHARED,
  VMA_MEMFD,
  decodeFake,
  pagesData,
  pe,
  vma,
} from './fake-checkpoint.ts';

const kinds = (segs: Segment[]) => segs.map((s) => [s.address, s.length, s.kind]);

/**
 * One VMA [0x10000, 0x20000) with every kind of pagemap entry:
 *   0x10000 2 pages PRESENT|LAZY (file pages 0-1), 0x14000 PARENT, 0x16000 LAZY only,
 *   0x18000 2 pages PRESENT (file pages 2-3: offsets advance only for present entries).
 */
function mixed(): FakeCheckpoint {
  return new FakeCheckpoint([
    {
      pid: 1,
      vmas: [vma(0x10000n, 0x20000n)],
      pagemap: [
        pe(0x10000n, 2, PE_PRESENT | PE_LAZY),
        pe(0x14000n, 1, PE_PARENT),
        pe(0x16000n, 1, PE_LAZY),
        pe(0x18000n, 2, PE_PRESENT),
      ],
    },
  ]).raw('pages-1.img', pagesData(4));
}

describe('read(pid, addr, len)', () => {
  it('says what every byte is and reads present pages at their packed offsets', async () => {
    const ck = mixed();
    const mem = await openMemory(ck.store(), { decode: decodeFake, parent: null });
    const r = await mem.read(1, 0xf000n, 0x12000);
    expect(r.bytes.length).toBe(0x12000);
    expect(kinds(r.segments)).toEqual([
      [0xf000n, PAGE, 'unmapped'],
      [0x10000n, 2 * PAGE, 'dumped'],
      [0x12000n, 2 * PAGE, 'not-dumped'],
      [0x14000n, PAGE, 'parent-missing'],
      [0x15000n, PAGE, 'not-dumped'],
      [0x16000n, PAGE, 'lazy'],
      [0x17000n, PAGE, 'not-dumped'],
      [0x18000n, 2 * PAGE, 'dumped'],
      [0x1a000n, 6 * PAGE, 'not-dumped'],
      [0x20000n, PAGE, 'unmapped'],
    ]);
    const pages = pagesData(4);
    expect(r.segments[1].source).toEqual({ image: 'pages-1.img', offset: 0 });
    expect(r.segments[7].source).toEqual({ image: 'pages-1.img', offset: 2 * PAGE });
    expect(r.bytes.subarray(0x1000, 0x3000)).toEqual(pages.subarray(0, 2 * PAGE));
    expect(r.bytes.subarray(0x9000, 0xb000)).toEqual(pages.subarray(2 * PAGE, 4 * PAGE));
    expect(r.bytes.subarray(0x3000, 0x9000).every((b) => b === 0)).toBe(true);
    expect(r.segments.map((s) => s.offset)).toEqual(
      r.segments.map((s) => Number(s.address - 0xf000n)),
    );
  });

  it('reads unaligned ranges inside a page', async () => {
    const mem = await openMemory(mixed().store(), { decode: decodeFake, parent: null });
    const r = await mem.read(1, 0x18ffen, 4);
    expect([...r.bytes]).toEqual([...pagesData(4).subarray(3 * PAGE - 2, 3 * PAGE + 2)]);
    expect(kinds(r.segments)).toEqual([[0x18ffen, 4, 'dumped']]);
  });

  it('reports parent-missing as a problem when pages are in an absent parent', async () => {
    const mem = await openMemory(mixed().store(), { decode: decodeFake });
    expect(mem.problems.map((p) => p.code)).toContain('parent-missing');
  });

  it('follows PE_PARENT into a parent/ images directory', async () => {
    const parent = new FakeCheckpoint([
      {
        pid: 1,
        vmas: [vma(0x10000n, 0x20000n)],
        pagemap: [pe(0x14000n, 1, PE_PRESENT)],
        pagesId: 9,
      },
    ]).raw('pages-9.img', pagesData(1, 99));
    const ck = mixed().withParent(parent);
    const mem = await openMemory(ck.store(), { decode: decodeFake });
    const r = await mem.read(1, 0x14000n, 2 * PAGE);
    expect(kinds(r.segments)).toEqual([
      [0x14000n, PAGE, 'parent'],
      [0x15000n, PAGE, 'not-dumped'],
    ]);
    expect(r.bytes.subarray(0, PAGE)).toEqual(pagesData(1, 99));
    expect(mem.problems.map((p) => p.code)).not.toContain('parent-missing');
  });

  it('reads legacy entries: in_parent, no flags, compat_nr_pages only', async () => {
    const ck = new FakeCheckpoint([
      {
        pid: 3,
        vmas: [vma(0x10000n, 0x14000n)],
        pagemap: [
          { vaddr: 0x10000n, compat_nr_pages: 1, in_parent: true },
          { vaddr: 0x11000n, compat_nr_pages: 2 },
        ],
      },
    ]).raw('pages-1.img', pagesData(2));
    const mem = await openMemory(ck.store(), { decode: decodeFake, parent: null });
    const r = await mem.read(3, 0x10000n, 4 * PAGE);
    expect(kinds(r.segments)).toEqual([
      [0x10000n, PAGE, 'parent-missing'],
      [0x11000n, 2 * PAGE, 'dumped'],
      [0x13000n, PAGE, 'not-dumped'],
    ]);
    expect(r.segments[1].source?.offset).toBe(0);
  });

  it('marks pages missing when the pages file is absent or short, and keeps going', async () => {
    const short = new FakeCheckpoint([
      { pid: 1, vmas: [vma(0x10000n, 0x14000n)], pagemap: [pe(0x10000n, 4, PE_PRESENT)] },
    ]).raw('pages-1.img', pagesData(4).subarray(0, 2 * PAGE + 100));
    const mem = await openMemory(short.store(), { decode: decodeFake });
    const r = await mem.read(1, 0x10000n, 4 * PAGE);
    expect(kinds(r.segments)).toEqual([
      [0x10000n, 2 * PAGE + 100, 'dumped'],
      [0x12064n, 2 * PAGE - 100, 'pages-missing'],
    ]);
    expect(mem.problems.map((p) => p.code)).toContain('pages-short');

    const none = new FakeCheckpoint([
      { pid: 1, vmas: [vma(0x10000n, 0x14000n)], pagemap: [pe(0x10000n, 4, PE_PRESENT)] },
    ]);
    const mem2 = await openMemory(none.store(), { decode: decodeFake });
    expect(kinds((await mem2.read(1, 0x10000n, PAGE)).segments)).toEqual([
      [0x10000n, PAGE, 'pages-missing'],
    ]);
    expect(mem2.problems.map((p) => p.code)).toContain('pages-missing');
  });

  it('maps anonymous shared memory: address = vma.start + (object offset - pgoff)', async () => {
    const ck = new FakeCheckpoint([
      {
        pid: 1,
        vmas: [
          vma(0x40000n, 0x42000n, {
            status: VMA_ANON_SHARED,
            flags: MAP_SHARED,
            shmid: 7n,
            pgoff: 0x1000n,
          }),
        ],
        pagemap: [],
      },
    ])
      .image('pagemap-shmem-7.img', [{ pages_id: 2 }, pe(0n, 4, PE_PRESENT)])
      .raw('pages-2.img', pagesData(4, 5));
    const mem = await openMemory(ck.store(), { decode: decodeFake });
    const r = await mem.read(1, 0x40000n, 2 * PAGE);
    expect(kinds(r.segments)).toEqual([[0x40000n, 2 * PAGE, 'dumped']]);
    expect(r.segments[0].source).toEqual({ image: 'pages-2.img', offset: PAGE });
    expect(r.bytes).toEqual(pagesData(4, 5).subarray(PAGE, 3 * PAGE));
    expect(mem.vmas(1)[0].sharedObject).toBe('pagemap-shmem-7.img');
  });

  it('maps memfd VMAs through files.img and memfd.img to their pagemap-shmem', async () => {
    const ck = new FakeCheckpoint([
      {
        pid: 1,
        vmas: [vma(0x50000n, 0x51000n, { status: VMA_MEMFD, flags: MAP_SHARED, shmid: 2n })],
        pagemap: [],
      },
    ])
      .image('files.img', [{ type: 18, id: 2, memfd: { id: 2, inode_id: 1 } }])
      .image('memfd.img', [{ inode_id: 1, name: 'buf', shmid: 21n }])
      .image('pagemap-shmem-21.img', [{ pages_id: 4 }, pe(0n, 1, PE_PRESENT)])
      .raw('pages-4.img', pagesData(1, 3));
    const mem = await openMemory(ck.store(), { decode: decodeFake });
    const r = await mem.read(1, 0x50000n, PAGE);
    expect(r.segments[0].kind).toBe('dumped');
    expect(r.bytes).toEqual(pagesData(1, 3));
    expect(mem.vmas(1)[0]).toMatchObject({ kind: 'memfd', backing: 'memfd:buf' });
  });

  it('takes the page size from the saved auxv (AT_PAGESZ)', async () => {
    const ck = new FakeCheckpoint([
      {
        pid: 1,
        vmas: [vma(0x100000n, 0x110000n)],
        pagemap: [pe(0x104000n, 1, PE_PRESENT)],
        auxv: [6n, 16384n, 0n, 0n],
      },
    ]).raw('pages-1.img', pagesData(4));
    const mem = await openMemory(ck.store(), { decode: decodeFake });
    expect(mem.process(1)).toMatchObject({ pageSize: 16384, pageSizeSource: 'auxv AT_PAGESZ' });
    const r = await mem.read(1, 0x104000n, 0x4000);
    expect(kinds(r.segments)).toEqual([[0x104000n, 0x4000, 'dumped']]);
  });

  it('never throws on bad input: unknown pid, negative or huge lengths, undecodable images', async () => {
    const ck = mixed().raw('mm-2.img', new Uint8Array([1, 2, 3]));
    const mem = await openMemory(ck.store(), { decode: decodeFake });
    const r = await mem.read(42, 0x1000n, 16);
    expect(kinds(r.segments)).toEqual([[0x1000n, 16, 'unmapped']]);
    expect((await mem.read(1, 0x10000n, -5)).bytes.length).toBe(0);
    const top = await mem.read(1, 0xfffffffffffffff0n, 64);
    expect(top.bytes.length).toBe(16);
    expect(mem.problems.length).toBeGreaterThan(0);
  });
});

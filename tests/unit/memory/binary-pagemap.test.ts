import { describe, expect, it } from 'vitest';
import { decodeImage } from '../../../src/lib/criu/decode-image.ts';
import { openMemory } from '../../../src/lib/memory/open-memory.ts';
import { FakeCheckpoint, PAGE, decodeFake, pagesData, vma } from './fake-checkpoint.ts';

/** Protobuf varint of a non-negative integer. */
function varint(v: bigint): number[] {
  const out: number[] = [];
  do {
    let b = Number(v & 0x7fn);
    v >>= 7n;
    if (v > 0n) b |= 0x80;
    out.push(b);
  } while (v > 0n);
  return out;
}

const field = (n: number, v: bigint | number | boolean) => [
  ...varint(BigInt(n << 3)),
  ...varint(BigInt(v)),
];

/**
 * A PAGEMAP image written byte by byte: [IMG_COMMON][PAGEMAP magic], then for each message a
 * u32 LE size and the message. pagemap_head {1: pages_id}; pagemap_entry {1: vaddr,
 * 2: compat_nr_pages, 3: in_parent, 4: flags, 5: nr_pages}.
 */
function pagemapImage(
  pagesId: number,
  entries: Array<Record<number, bigint | number | boolean>>,
): Uint8Array {
  const u32 = (v: number) => [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, v >>> 24];
  const msgs = [
    field(1, pagesId),
    ...entries.map((e) => Object.entries(e).flatMap(([k, v]) => field(Number(k), v))),
  ];
  return Uint8Array.from([
    ...u32(0x54564319),
    ...u32(0x56084025),
    ...msgs.flatMap((m) => [...u32(m.length), ...m]),
  ]);
}

describe('pagemap images through the real decoder', () => {
  it('reads CRIU 4.2 (nr_pages), pre-4.2 (compat_nr_pages) and pre-flags (in_parent) entries', async () => {
    const ck = new FakeCheckpoint([{ pid: 1, vmas: [vma(0x10000n, 0x20000n)] }])
      .raw(
        'pagemap-1.img',
        pagemapImage(5, [
          { 1: 0x10000n, 2: 0, 4: 4 | 2, 5: 2n }, // PE_LAZY|PE_PRESENT, 4.2 style
          { 1: 0x13000n, 2: 1 }, // old image: no flags at all means present
          { 1: 0x15000n, 2: 1, 3: true }, // oldest: in_parent
          { 1: 0x17000n, 2: 0, 4: 2, 5: 1n }, // PE_LAZY only: not in the image
          { 1: 0x18000n, 2: 0, 4: 4, 5: 1n },
        ]),
      )
      .raw('pages-5.img', pagesData(4));
    const decode = (bytes: Uint8Array, name: string) =>
      name.startsWith('pagemap-') ? decodeImage(bytes, name) : decodeFake(bytes, name);
    const mem = await openMemory(ck.store(), { decode, parent: null });
    expect(mem.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const r = await mem.read(1, 0x10000n, 9 * PAGE);
    expect(r.segments.map((s) => [s.address, s.kind, s.source?.offset])).toEqual([
      [0x10000n, 'dumped', 0],
      [0x12000n, 'not-dumped', undefined],
      [0x13000n, 'dumped', 2 * PAGE],
      [0x14000n, 'not-dumped', undefined],
      [0x15000n, 'parent-missing', undefined],
      [0x16000n, 'not-dumped', undefined],
      [0x17000n, 'lazy', undefined],
      [0x18000n, 'dumped', 3 * PAGE],
    ]);
    expect(r.bytes.subarray(0x8000, 0x9000)).toEqual(pagesData(4).subarray(3 * PAGE));
  });
});

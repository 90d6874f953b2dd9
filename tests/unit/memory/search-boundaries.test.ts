import { describe, expect, it } from 'vitest';
import { openMemory } from '../../../src/lib/memory/open-memory.ts';
import { PE_LAZY, PE_PARENT, PE_PRESENT } from '../../../src/lib/memory/pagemap-index.ts';
import {
  searchMemory,
  type MemoryMatch,
  type SearchQuery,
  type SearchOptions,
} from '../../../src/lib/memory/search.ts';
import type { CheckpointMemory } from '../../../src/lib/memory/checkpoint-memory.ts';
import { FakeCheckpoint, PAGE, decodeFake, pe, vma } from './fake-checkpoint.ts';

const NEEDLE = 'SPLIT-NEEDLE-42';

/** Pages filled with '.', with `text` written at byte offsets of the pages file. */
function pages(n: number, writes: Array<[number, string]>): Uint8Array {
  const b = new Uint8Array(n * PAGE).fill(0x2e);
  for (const [at, t] of writes) b.set(new TextEncoder().encode(t), at);
  return b;
}

async function all(
  mem: CheckpointMemory,
  q: SearchQuery,
  o: SearchOptions = {},
): Promise<MemoryMatch[]> {
  const out: MemoryMatch[] = [];
  for await (const b of searchMemory(mem, q, o)) out.push(...b.matches);
  return out;
}

const text = (s: string): SearchQuery => ({ kind: 'text', text: s });
const addrs = (ms: MemoryMatch[]) => ms.map((m) => m.address);

describe('search across boundaries', () => {
  /**
   * VMA [0x10000, 0x30000): entries 0x10000 (2 pages) and 0x12000 (2 pages) are contiguous;
   * 0x20000 (1 page) follows a gap. File layout: pages 0-3 then page 4.
   *  - needle across the page boundary at 0x11000 (file offset 0x1000 - 5)
   *  - needle across the entry boundary at 0x12000 (file offset 0x2000 - 7)
   *  - needle split by the gap: its head ends at 0x14000, its tail starts at 0x20000
   */
  async function layout(): Promise<CheckpointMemory> {
    const half = NEEDLE.length >> 1;
    const data = pages(5, [
      [0x1000 - 5, NEEDLE],
      [0x2000 - 7, NEEDLE],
      [0x4000 - half, NEEDLE.slice(0, half)],
      [0x4000, NEEDLE.slice(half)],
    ]);
    const ck = new FakeCheckpoint([
      {
        pid: 1,
        vmas: [vma(0x10000n, 0x30000n)],
        pagemap: [
          pe(0x10000n, 2, PE_PRESENT | PE_LAZY),
          pe(0x12000n, 2, PE_PRESENT),
          pe(0x20000n, 1, PE_PRESENT),
        ],
      },
    ]).raw('pages-1.img', data);
    return openMemory(ck.store(), { decode: decodeFake });
  }

  it('finds matches split across pages and contiguous pagemap entries, never across a gap', async () => {
    const mem = await layout();
    expect(addrs(await all(mem, text(NEEDLE)))).toEqual([0x11000n - 5n, 0x12000n - 7n]);
  });

  it('finds the same with tiny windows, so window overlaps are exercised', async () => {
    const mem = await layout();
    for (const windowSize of [64, 100, 4096, 4099]) {
      expect(addrs(await all(mem, text(NEEDLE), { windowSize }))).toEqual([
        0x11000n - 5n,
        0x12000n - 7n,
      ]);
      const re = await all(
        mem,
        { kind: 'regex', source: 'SPLIT-NEEDLE-\\d+', maxMatchLength: 32 },
        { windowSize },
      );
      expect(addrs(re)).toEqual([0x11000n - 5n, 0x12000n - 7n]);
    }
  });

  it('reports context and the VMA of each match', async () => {
    const mem = await layout();
    const [m] = await all(mem, text(NEEDLE), { context: 4 });
    expect(new TextDecoder().decode(m.bytes)).toBe(NEEDLE);
    expect(new TextDecoder().decode(m.before)).toBe('....');
    expect(new TextDecoder().decode(m.after)).toBe('....');
    expect(m.vma?.start).toBe(0x10000n);
    expect(m.addressHex).toBe('0x10ffb');
  });

  it('skips never-dumped, lazy and parent-missing ranges instead of reading zeros', async () => {
    const ck = new FakeCheckpoint([
      {
        pid: 1,
        vmas: [vma(0x10000n, 0x20000n)],
        pagemap: [
          pe(0x10000n, 1, PE_PRESENT),
          pe(0x11000n, 1, PE_LAZY),
          pe(0x12000n, 1, PE_PARENT),
          pe(0x13000n, 1, PE_PRESENT),
        ],
      },
    ]).raw(
      'pages-1.img',
      pages(2, [
        [10, 'AAAA'],
        [PAGE + 10, 'AAAA'],
      ]),
    );
    const mem = await openMemory(ck.store(), { decode: decodeFake });
    // A zero-byte pattern would match everywhere in zero-filled gaps; it must not.
    const zeros = await all(mem, { kind: 'hex', hex: '00 00 00 00' });
    expect(zeros).toEqual([]);
    expect(addrs(await all(mem, text('AAAA')))).toEqual([0x1000an, 0x1300an]);
    let total = 0;
    for await (const b of searchMemory(mem, text('AAAA'))) total = b.totalBytes;
    expect(total).toBe(2 * PAGE);
  });

  it('searches one process or one VMA when asked', async () => {
    const data = pages(2, [
      [100, 'HELLO'],
      [PAGE + 100, 'HELLO'],
    ]);
    const ck = new FakeCheckpoint([
      {
        pid: 1,
        vmas: [vma(0x10000n, 0x11000n), vma(0x20000n, 0x21000n)],
        pagemap: [pe(0x10000n, 1, PE_PRESENT), pe(0x20000n, 1, PE_PRESENT)],
      },
      {
        pid: 2,
        vmas: [vma(0x10000n, 0x11000n)],
        pagemap: [pe(0x10000n, 1, PE_PRESENT)],
        pagesId: 2,
      },
    ])
      .raw('pages-1.img', data)
      .raw('pages-2.img', pages(1, [[7, 'HELLO']]));
    const mem = await openMemory(ck.store(), { decode: decodeFake });
    const every = await all(mem, text('HELLO'));
    expect(every.map((m) => [m.pid, m.address])).toEqual([
      [1, 0x10064n],
      [1, 0x20064n],
      [2, 0x10007n],
    ]);
    expect((await all(mem, text('HELLO'), { pids: [2] })).map((m) => m.pid)).toEqual([2]);
    expect(addrs(await all(mem, text('HELLO'), { pids: [1], vma: 1 }))).toEqual([0x20064n]);
    const range = { start: 0x10000n, end: 0x10069n };
    expect(addrs(await all(mem, text('HELLO'), { pids: [1], range }))).toEqual([0x10064n]);
    expect(addrs(await all(mem, text('HELLO'), { range }))).toEqual([0x10064n, 0x10007n]);
    // A match must lie wholly inside the range.
    const short = { start: 0x10000n, end: 0x10068n };
    expect(await all(mem, text('HELLO'), { pids: [1], range: short })).toEqual([]);
  });

  it('stops when aborted and when maxMatches is reached', async () => {
    const mem = await layout();
    const ac = new AbortController();
    ac.abort();
    expect(await all(mem, text(NEEDLE), { signal: ac.signal })).toEqual([]);
    const batches = [];
    for await (const b of searchMemory(mem, text('.'), { maxMatches: 10 })) batches.push(b);
    expect(batches.flatMap((b) => b.matches).length).toBe(10);
    expect(batches.at(-1)).toMatchObject({ done: true, truncated: true });
  });

  it('reports a bad query as a problem, not an exception', async () => {
    const mem = await layout();
    const [b] = await (async () => {
      const out = [];
      for await (const x of searchMemory(mem, { kind: 'regex', source: '(' })) out.push(x);
      return out;
    })();
    expect(b.done).toBe(true);
    expect(b.problems[0].message).toMatch(/regular expression/);
  });

  it('finds UTF-16LE text, ASCII case-insensitive text and hex with ?? wildcards', async () => {
    const data = pages(1, []);
    const utf16 = new Uint8Array(
      [...'Pässword'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    );
    data.set(utf16, 100);
    data.set(new TextEncoder().encode('SeCrEt'), 300);
    data.set([0xde, 0xad, 0x11, 0xef, 0xde, 0xad, 0x22, 0xef], 500);
    const ck = new FakeCheckpoint([
      { pid: 1, vmas: [vma(0x10000n, 0x11000n)], pagemap: [pe(0x10000n, 1, PE_PRESENT)] },
    ]).raw('pages-1.img', data);
    const mem = await openMemory(ck.store(), { decode: decodeFake });
    expect(addrs(await all(mem, { kind: 'text', text: 'Pässword', utf16: true }))).toEqual([
      0x10064n,
    ]);
    expect(addrs(await all(mem, { kind: 'text', text: 'Pässword' }))).toEqual([]);
    expect(addrs(await all(mem, { kind: 'text', text: 'secret', ignoreCase: true }))).toEqual([
      0x1012cn,
    ]);
    expect(addrs(await all(mem, { kind: 'text', text: 'secret' }))).toEqual([]);
    const hex = await all(mem, { kind: 'hex', hex: 'de ad ?? ef' });
    expect(hex.map((m) => [m.address, [...m.bytes]])).toEqual([
      [0x101f4n, [0xde, 0xad, 0x11, 0xef]],
      [0x101f8n, [0xde, 0xad, 0x22, 0xef]],
    ]);
    const re = await all(mem, { kind: 'regex', source: 'secret|nomatch', flags: 'i' });
    expect(addrs(re)).toEqual([0x1012cn]);
  });
});

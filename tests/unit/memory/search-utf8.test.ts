import { describe, expect, it } from 'vitest';
import { openMemory } from '../../../src/lib/memory/open-memory.ts';
import { PE_PRESENT } from '../../../src/lib/memory/pagemap-index.ts';
import {
  searchMemory,
  type MemoryMatch,
  type SearchQuery,
} from '../../../src/lib/memory/search.ts';
import { utf8OrDots, utf8Text } from '../../../src/lib/memory/utf8-text.ts';
import { FakeCheckpoint, PAGE, decodeFake, pe, vma } from './fake-checkpoint.ts';

const enc = new TextEncoder();

/** One process, one page of dots with UTF-8 text written at the given offsets. */
async function memoryWith(writes: Array<[number, string | Uint8Array]>) {
  const data = new Uint8Array(PAGE).fill(0x2e);
  for (const [at, t] of writes) data.set(typeof t === 'string' ? enc.encode(t) : t, at);
  const ck = new FakeCheckpoint([
    { pid: 1, vmas: [vma(0x10000n, 0x11000n)], pagemap: [pe(0x10000n, 1, PE_PRESENT)] },
  ]).raw('pages-1.img', data);
  return openMemory(ck.store(), { decode: decodeFake });
}

async function all(
  q: SearchQuery,
  writes: Array<[number, string | Uint8Array]>,
  windowSize?: number,
) {
  const mem = await memoryWith(writes);
  const out: MemoryMatch[] = [];
  for await (const b of searchMemory(mem, q, { context: 6, windowSize })) out.push(...b.matches);
  return out;
}

describe('regex search over UTF-8', () => {
  const writes: Array<[number, string | Uint8Array]> = [
    [0x100, 'un café noir'],
    [0x200, 'cafe au lait'],
    // A stray byte right before a match must not swallow it.
    [0x300, new Uint8Array([0xc3, ...enc.encode('café')])],
  ];

  it('finds a non-ASCII letter by its UTF-8 bytes, with byte addresses and lengths', async () => {
    const q: SearchQuery = { kind: 'regex', source: 'caf[eé]', utf8: true };
    for (const windowSize of [undefined, 64, 257]) {
      const ms = await all(q, writes, windowSize);
      expect(ms.map((m) => [m.address, m.length])).toEqual([
        [0x10103n, 5],
        [0x10200n, 4],
        [0x10301n, 5],
      ]);
      expect(new TextDecoder().decode(ms[0].bytes)).toBe('café');
    }
  });

  it('reads bytes as Latin-1 without the option (the old behaviour, kept for binary regexes)', async () => {
    const ms = await all({ kind: 'regex', source: 'caf[eé]' }, writes);
    expect(ms.map((m) => m.address)).toEqual([0x10200n]);
    const bytes = await all({ kind: 'regex', source: 'caf\\xc3\\xa9' }, writes);
    expect(bytes.map((m) => m.address)).toEqual([0x10103n, 0x10301n]);
  });

  it('uses the UTF-8 bytes of a required literal as the prefilter', async () => {
    const ms = await all({ kind: 'regex', source: 'noël \\d', utf8: true }, [[0x80, 'noël 7']]);
    expect(ms.map((m) => [m.address, m.length])).toEqual([[0x10080n, 7]]);
  });

  it('shows context as UTF-8 where it decodes, dots elsewhere', async () => {
    const [m] = await all({ kind: 'regex', source: 'noir', utf8: true }, writes);
    expect(utf8OrDots(m.before)).toBe('café ');
    expect(utf8OrDots(new Uint8Array([0x41, 0xc3, 0x0a, 0xe2, 0x82, 0xac, 0xe2, 0x80, 0xae]))).toBe(
      'A..€.',
    );
  });

  it('maps code units back to byte offsets, astral characters included', () => {
    const t = utf8Text(enc.encode('a😀é'));
    expect(t.text).toBe('a😀é');
    expect([...t.offsets]).toEqual([0, 1, 1, 5, 7]);
  });
});

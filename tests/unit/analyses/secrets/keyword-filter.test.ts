/**
 * The secrets prefilter against a naive case-insensitive search: every occurrence of every
 * keyword, at every alignment, in any case, at both ends of the buffer, in aligned and
 * misaligned buffers, with 3-byte keywords (indexed with a wildcard byte), longer ones, and a
 * 2-byte one (which makes the filter look at every position).
 */
import { describe, expect, it } from 'vitest';
import {
  FOLD,
  KeywordFilter,
  type Keyword,
} from '../../../../src/lib/analyses/secrets/keyword-filter.ts';
import { builtinRules } from '../../../../src/lib/analyses/secrets/rules.ts';

function keywords(words: string[]): Keyword[] {
  return words.map((w, i) => ({ bytes: new TextEncoder().encode(w), rules: [i] }));
}

function naive(buf: Uint8Array, kws: Keyword[]): string[] {
  const out: string[] = [];
  for (const kw of kws)
    for (let s = 0; s + kw.bytes.length <= buf.length; s++) {
      let i = 0;
      while (i < kw.bytes.length && FOLD[buf[s + i]!] === kw.bytes[i]) i++;
      if (i === kw.bytes.length) out.push(`${s}:${kw.rules[0]}`);
    }
  return out.sort();
}

function filtered(buf: Uint8Array, kws: Keyword[]): string[] {
  const out: string[] = [];
  new KeywordFilter(kws).scan(buf, (s, kw) => out.push(`${s}:${kw.rules[0]}`));
  return out.sort();
}

/** Deterministic filler: text-like bytes with some binary, and a fixed seed. */
function filler(n: number, seed: number): Uint8Array {
  const b = new Uint8Array(n);
  let x = seed | 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const r = (x >>> 0) % 100;
    b[i] = r < 70 ? 0x61 + (r % 26) : r < 80 ? 0x20 : (x >>> 8) & 0xff;
  }
  return b;
}

function randomCase(s: string, seed: number): string {
  return [...s].map((c, i) => ((seed >> (i % 16)) & 1 ? c.toUpperCase() : c)).join('');
}

const BUILTIN = [...new Set(builtinRules().flatMap((r) => r.keywords))];

describe('keyword prefilter', () => {
  for (const [label, words] of [
    ['the built-in keywords', BUILTIN],
    ['with a 2-byte keyword', ['ab', 'eyj', 'secret']],
  ] as const) {
    it(`finds exactly what a naive search finds: ${label}`, () => {
      const kws = keywords([...words]);
      for (let seed = 1; seed <= 6; seed++) {
        const size = 4096 + seed;
        const backing = new Uint8Array(size + 8);
        // Misaligned views too: the 32-bit fast path needs a 4-aligned start.
        const buf = backing.subarray(seed % 4, (seed % 4) + size);
        buf.set(filler(size, seed));
        let at = 0;
        let k = 0;
        while (at < size - 40) {
          const word = new TextEncoder().encode(randomCase(words[k % words.length]!, seed * 7 + k));
          buf.set(word, at);
          at += word.length + (k % 5);
          k++;
        }
        // Keywords flush with both ends.
        buf.set(new TextEncoder().encode(randomCase(words[0]!, seed)), 0);
        const tail = new TextEncoder().encode(randomCase(words[1]!, seed));
        buf.set(tail, size - tail.length);
        const want = naive(buf, kws);
        expect(want.length).toBeGreaterThan(50);
        expect(filtered(buf, kws)).toEqual(want);
      }
    });
  }

  it('finds a 3-byte keyword at every offset of a small buffer', () => {
    const kws = keywords(['eyj', '://']);
    for (let size = 3; size <= 12; size++)
      for (let at = 0; at + 3 <= size; at++)
        for (const word of ['eyJ', '://']) {
          const buf = new Uint8Array(size).fill(0x2e);
          buf.set(new TextEncoder().encode(word), at);
          expect(filtered(buf, kws)).toEqual(naive(buf, kws));
          expect(naive(buf, kws)).toHaveLength(1);
        }
  });
});

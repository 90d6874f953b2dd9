/**
 * The secrets scan's literal prefilter: finds every case-insensitive occurrence of the rules'
 * keywords in a buffer while looking at only every second position (a sampled, Wu–Manber-like
 * filter). At each sampled position the 3 bytes there, case-folded, are hashed into a 64 Ki
 * table; a set entry names the keywords indexed under that hash and where in them, and each is
 * verified in place. Every occurrence of a keyword of 3 bytes or more covers a sampled position
 * of each parity, so indexing the rarest 3-byte piece of each parity finds it. A keyword of
 * 3 bytes has, at odd positions, only 2 of its bytes there: that piece is indexed with every
 * possible third byte.
 *
 * Why 3 bytes rather than pairs: over memory full of text, pairs of common letters (`si` of
 * `asia`, `cc` of `acca`, `ap` of `api_key`…) hit every few dozen bytes and the verification
 * cost most of the scan (profile of the bench's secrets pass: 60 % in the pair filter and its
 * verification); 3-byte pieces of the same keywords are rare in text. Pairs still come first,
 * as a table indexed directly by the bytes: cheaper than the hash, and most memory misses it.
 */
import { minOf } from '../../append-all.ts';

/** Case folding for verification: ASCII upper to lower case only. */
export const FOLD = new Uint8Array(256);
for (let i = 0; i < 256; i++) FOLD[i] = i >= 0x41 && i <= 0x5a ? i | 0x20 : i;

/** The filter's own folding, 4 bytes at a time: `| 0x20` lowers ASCII letters (and merges a few other bytes, which only costs a rare extra verification). */
const LOWER = 0x20202020;
const HASH_BITS = 16;
const HASH_SHIFT = 32 - HASH_BITS;
/** Knuth's multiplicative constant, as an int32 (a double constant would slow Math.imul). */
const HASH_MUL = 0x9e3779b1 | 0;

export interface Keyword {
  /** Folded with FOLD. */
  bytes: Uint8Array;
  /** Indices of the rules that own it. */
  rules: number[];
}

interface Piece {
  kw: Keyword;
  /** Offset of the piece in the keyword. */
  at: number;
  /** The piece's bytes folded with `| 0x20`, little-endian; `mask` says which bytes count. */
  gram: number;
  mask: number;
}

function hash(gram: number): number {
  return Math.imul(gram, HASH_MUL) >>> HASH_SHIFT;
}

/** How often a folded byte is likely to occur in memory's text (lower is rarer). */
function byteCost(b: number): number {
  if ('etaoinsrhldcu/. '.includes(String.fromCharCode(b))) return 3;
  if ('kxjqz'.includes(String.fromCharCode(b))) return 1;
  return 2;
}

export class KeywordFilter {
  /** Sampled positions are `step` apart: 2 when every keyword has 3 bytes or more, else 1. */
  readonly step: number;
  readonly #set = new Uint8Array(1 << HASH_BITS);
  /** 1 where an indexed piece starts with this folded byte pair (little-endian). */
  readonly #pairs = new Uint8Array(1 << 16);
  readonly #pieces: (Piece[] | undefined)[] = new Array<Piece[] | undefined>(1 << HASH_BITS);
  readonly empty: boolean;

  constructor(keywords: Iterable<Keyword>) {
    const list = [...keywords].filter((k) => k.bytes.length >= 2);
    this.empty = list.length === 0;
    // An analyst's rules file can bring any number of keywords: no spread into a call.
    const shortest = minOf(
      list.map((k) => k.bytes.length),
      Infinity,
    );
    this.step = shortest >= 3 ? 2 : 1;
    for (const kw of list) {
      for (let r = 0; r < this.step; r++) {
        let best: { at: number; cost: number } | undefined;
        for (let at = r; at + 2 <= kw.bytes.length; at += this.step) {
          const known = Math.min(3, kw.bytes.length - at);
          let cost = known === 3 ? 0 : 4;
          for (let i = 0; i < known; i++) cost += byteCost(kw.bytes[at + i]! | 0x20);
          if (!best || cost < best.cost) best = { at, cost };
        }
        if (best) this.#index(kw, best.at);
      }
    }
  }

  #index(kw: Keyword, at: number): void {
    const known = Math.min(3, kw.bytes.length - at);
    let gram = 0;
    for (let i = 0; i < known; i++) gram |= (kw.bytes[at + i]! | 0x20) << (8 * i);
    const mask = known === 3 ? 0xffffff : 0xffff;
    // A missing third byte: every value it can take once folded (bit 5 set).
    const thirds =
      known === 3 ? [0] : Array.from({ length: 256 }, (_, b) => b).filter((b) => b & 0x20);
    this.#pairs[gram & 0xffff] = 1;
    for (const t of thirds) {
      const h = hash(gram | (t << 16));
      this.#set[h] = 1;
      const at_h = (this.#pieces[h] ??= []);
      if (!at_h.some((p) => p.kw === kw && p.at === at)) at_h.push({ kw, at, gram, mask });
    }
  }

  /** Calls `found(start, keyword)` for each occurrence of a keyword in `buf` (case-insensitive). */
  scan(buf: Uint8Array, found: (start: number, kw: Keyword) => void): void {
    if (this.empty) return;
    const n = buf.length;
    const set = this.#set;
    const pairs = this.#pairs;
    let j = 0;
    if (this.step === 2 && buf.byteOffset % 4 === 0 && n >= 8) {
      // Two sampled positions per 32-bit load: bytes 0–2 of this word, and bytes 2–3 of it
      // with byte 0 of the next. Measured per 128 MiB of the bench's pages (CPU time, loaded
      // machine): hashing every sampled position 178 ms; pair table first 144 ms; one branch
      // for two words' four pairs 108 ms (71 ms on zero pages).
      const words = new Uint32Array(buf.buffer, buf.byteOffset, n >>> 2);
      const last = words.length - 1;
      let w = 0;
      // Two words per step, one branch for their four positions: most memory misses them all.
      for (; w + 1 < last; w += 2) {
        const a = words[w]! | LOWER;
        const b = words[w + 1]! | LOWER;
        if ((pairs[a & 0xffff]! | pairs[a >>> 16]! | pairs[b & 0xffff]! | pairs[b >>> 16]!) === 0)
          continue;
        this.#word(buf, words, w, set, pairs, found);
        this.#word(buf, words, w + 1, set, pairs, found);
      }
      for (; w < last; w++) this.#word(buf, words, w, set, pairs, found);
      j = last << 2;
    }
    for (; j + 1 < n; j += this.step) {
      // Bytes past the end read as 0 (folded: 0x20), one of the values a missing byte is indexed with.
      const g =
        (buf[j]! |
          0x20 |
          ((buf[j + 1]! | 0x20) << 8) |
          (((j + 2 < n ? buf[j + 2]! : 0) | 0x20) << 16)) >>>
        0;
      if (set[hash(g)] !== 0) this.#verify(buf, j, g, found);
    }
  }

  /** The two sampled positions of word `w`: bytes 0–2, and bytes 2–3 with the next word's byte 0. */
  #word(
    buf: Uint8Array,
    words: Uint32Array,
    w: number,
    set: Uint8Array,
    pairs: Uint8Array,
    found: (start: number, kw: Keyword) => void,
  ): void {
    const v = words[w]! | LOWER;
    if (pairs[v & 0xffff] !== 0) {
      const g0 = v & 0xffffff;
      if (set[Math.imul(g0, HASH_MUL) >>> HASH_SHIFT] !== 0) this.#verify(buf, w << 2, g0, found);
    }
    if (pairs[v >>> 16] !== 0) {
      const g1 = (v >>> 16) | (((words[w + 1]! | LOWER) & 0xff) << 16);
      if (set[Math.imul(g1, HASH_MUL) >>> HASH_SHIFT] !== 0)
        this.#verify(buf, (w << 2) + 2, g1, found);
    }
  }

  #verify(buf: Uint8Array, j: number, gram: number, found: (start: number, kw: Keyword) => void) {
    const pieces = this.#pieces[hash(gram)];
    if (!pieces) return;
    const n = buf.length;
    for (const p of pieces) {
      if ((gram & p.mask) !== p.gram) continue;
      const start = j - p.at;
      const k = p.kw.bytes;
      if (start < 0 || start + k.length > n) continue;
      let i = 0;
      while (i < k.length && FOLD[buf[start + i]!] === k[i]) i++;
      if (i === k.length) found(start, p.kw);
    }
  }
}

/**
 * All rules in one pass over a buffer: a prefilter finds the rules' keywords (case-insensitive)
 * with one table lookup per byte on the pair of bytes ending there; only the windows around
 * keyword hits are given to the regexes of the rules that own the keyword. Memory is mostly
 * zeros and binary, so the regexes see a tiny fraction of it.
 */
import { latin1 } from '../../memory/latin1.ts';
import { accepted } from './validate.ts';
import type { SecretRule } from './types.ts';

/** How far before a keyword a match may start (a name before `=`, a URL's scheme and user). */
const BEFORE = 256;

export interface RawMatch {
  rule: SecretRule;
  /** Byte offset of the secret (not of the whole match) in the scanned buffer. */
  offset: number;
  value: string;
}

const FOLD = new Uint8Array(256);
for (let i = 0; i < 256; i++) FOLD[i] = i >= 0x41 && i <= 0x5a ? i | 0x20 : i;

interface Keyword {
  bytes: Uint8Array;
  rules: number[];
}

export class SecretScanner {
  readonly rules: readonly SecretRule[];
  /** Rules with no keyword: run over small sources whole, never over memory. */
  readonly unfiltered: readonly SecretRule[];
  /** The longest window a match needs: the memory scan's window overlap. */
  readonly maxWindow: number;
  /** 1 where a folded byte pair occurs somewhere in a keyword. */
  readonly #pairs = new Uint8Array(65536);
  /** Pair → the keywords holding it and where. */
  readonly #byPair = new Map<number, { kw: Keyword; at: number }[]>();
  /** Pairs are looked up every `#step` bytes: any keyword of `#step + 1` bytes or more spans one. */
  readonly #step: number;

  constructor(rules: readonly SecretRule[]) {
    this.rules = rules;
    this.unfiltered = rules.filter((r) => r.keywords.length === 0);
    const keywords = new Map<string, Keyword>();
    rules.forEach((r, i) => {
      for (const k of r.keywords) {
        const bytes = new TextEncoder().encode(k);
        if (bytes.length < 2) continue;
        const kw = keywords.get(k) ?? { bytes: bytes.map((b) => FOLD[b]!), rules: [] };
        kw.rules.push(i);
        keywords.set(k, kw);
      }
    });
    let shortest = Infinity;
    for (const kw of keywords.values()) shortest = Math.min(shortest, kw.bytes.length);
    this.#step = Number.isFinite(shortest) ? Math.max(1, shortest - 1) : 1;
    // Every occurrence of a keyword has a sampled position at some offset of each residue
    // class mod step; indexing the rarest pair of each class is enough to find it, and keeps
    // common pairs (`--` of `-----begin`, repeated letters) out of the table.
    for (const kw of keywords.values()) {
      for (let r = 0; r < this.#step; r++) {
        let best = -1;
        for (let at = r; at + 1 < kw.bytes.length; at += this.#step)
          if (best < 0 || pairCost(kw.bytes, at) < pairCost(kw.bytes, best)) best = at;
        if (best < 0) continue;
        const pair = (kw.bytes[best]! << 8) | kw.bytes[best + 1]!;
        // Raw (unfolded) pairs in every case, so the scan loop needs no case folding.
        for (const x of cases(kw.bytes[best]!))
          for (const y of cases(kw.bytes[best + 1]!)) this.#pairs[(x << 8) | y] = 1;
        const list = this.#byPair.get(pair) ?? [];
        list.push({ kw, at: best });
        this.#byPair.set(pair, list);
      }
    }
    this.maxWindow = Math.max(BEFORE, ...rules.map((r) => r.window)) + BEFORE;
  }

  /**
   * Matches in `buf` whose secret starts before `reportLimit` (the rest belong to the next,
   * overlapping window). `full`: also run the keyword-less rules over the whole buffer.
   */
  scan(buf: Uint8Array, reportLimit = buf.length, full = false): RawMatch[] {
    const windows = this.#windows(buf);
    const out: RawMatch[] = [];
    const seen = new Set<string>();
    const run = (rule: SecretRule, from: number, to: number) => {
      const text = latin1(buf, from, to);
      rule.regex.lastIndex = 0;
      for (const m of text.matchAll(rule.regex)) {
        const group = rule.secretGroup ?? (m.length > 1 && m[1] !== undefined ? 1 : 0);
        const value = m[group];
        if (value === undefined) continue;
        // `d` flag: the group's own position, not a search for its text in the match.
        const offset = from + (m.indices?.[group]?.[0] ?? m.index);
        if (offset >= reportLimit) continue;
        const key = `${rule.id}\u0000${offset}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const secret = decodeValue(value);
        if (accepted(rule, secret)) out.push({ rule, offset, value: secret });
      }
    };
    for (const [ruleIndex, spans] of windows) {
      const rule = this.rules[ruleIndex]!;
      for (const [a, b] of spans) run(rule, a, b);
    }
    if (full) for (const rule of this.unfiltered) run(rule, 0, buf.length);
    return out;
  }

  /**
   * Per rule, the merged [start, end) windows around its keywords' hits. Only the byte pairs
   * at every `#step`-th position are looked up (a sampled, Wu–Manber-like filter): each hit
   * names the keywords holding that pair and where, and each is verified in place.
   */
  #windows(buf: Uint8Array): Map<number, [number, number][]> {
    const out = new Map<number, [number, number][]>();
    const n = buf.length;
    if (this.#byPair.size === 0) return out;
    const pairs = this.#pairs;
    const step = this.#step;
    let j = 0;
    if (step === 2 && buf.byteOffset % 4 === 0) {
      // The built-in rules' case: one 32-bit load gives the pairs at j and j + 2
      // (little-endian: the pair at j is the low half with its bytes swapped).
      const swapped = this.#swapped();
      const words = new Uint32Array(buf.buffer, buf.byteOffset, n >>> 2);
      const last = words.length - 1;
      for (let w = 0; w < last; w++) {
        const v = words[w]!;
        if ((swapped[v & 0xffff]! | swapped[v >>> 16]!) === 0) continue;
        this.#verify(buf, w << 2, out);
        this.#verify(buf, (w << 2) + 2, out);
      }
      j = Math.max(0, last) << 2;
    }
    for (; j + 1 < n; j += step) {
      if (pairs[(buf[j]! << 8) | buf[j + 1]!] === 0) continue;
      this.#verify(buf, j, out);
    }
    return out;
  }

  #swappedTable: Uint8Array | undefined;
  /** `#pairs` indexed by (second byte << 8) | first byte. */
  #swapped(): Uint8Array {
    if (!this.#swappedTable) {
      const t = new Uint8Array(65536);
      for (let p = 0; p < 65536; p++) if (this.#pairs[p]) t[((p & 0xff) << 8) | (p >>> 8)] = 1;
      this.#swappedTable = t;
    }
    return this.#swappedTable;
  }

  /** Checks the keywords indexed under the pair at `j`; adds a window for each found. */
  #verify(buf: Uint8Array, j: number, out: Map<number, [number, number][]>): void {
    const n = buf.length;
    if (j + 1 >= n) return;
    const list = this.#byPair.get((FOLD[buf[j]!]! << 8) | FOLD[buf[j + 1]!]!);
    if (!list) return;
    for (const { kw, at } of list) {
      const start = j - at;
      const k = kw.bytes;
      if (start < 0 || start + k.length > n) continue;
      let i = 0;
      while (i < k.length && FOLD[buf[start + i]!] === k[i]) i++;
      if (i < k.length) continue;
      for (const r of kw.rules) {
        const a = Math.max(0, start - BEFORE);
        const b = Math.min(n, start + this.rules[r]!.window);
        let spans = out.get(r);
        if (!spans) out.set(r, (spans = []));
        const last = spans[spans.length - 1];
        if (last && a <= last[1]) {
          last[0] = Math.min(last[0], a);
          last[1] = Math.max(last[1], b);
        } else spans.push([a, b]);
      }
    }
  }
}

/** Frequent pairs in text and code: indexing them would make the filter hit all the time. */
const COMMON = new Set(
  'th he in er an re on at en nd ti es or te of ed is it al ar st to nt ng se ha as ou io le ve co me de hi ri ro ic ne ea ra ce li ch ll be ma si om ur'.split(
    ' ',
  ),
);

/** How common the folded pair at `at` of `k` is likely to be in memory (lower is rarer). */
function pairCost(k: Uint8Array, at: number): number {
  const x = k[at]!;
  const y = k[at + 1]!;
  const alnum = (b: number) => (b >= 0x61 && b <= 0x7a) || (b >= 0x30 && b <= 0x39);
  let cost = 0;
  if (x === y) cost += 100;
  if (!alnum(x)) cost += 10;
  if (!alnum(y)) cost += 10;
  if (COMMON.has(String.fromCharCode(x, y))) cost += 5;
  return cost;
}

/** A folded byte and its upper-case form for ASCII letters. */
function cases(b: number): number[] {
  return b >= 0x61 && b <= 0x7a ? [b, b & ~0x20] : [b];
}

/** Latin1 text back to UTF-8 when it is valid UTF-8 (a value's bytes were read one per char). */
function decodeValue(text: string): string {
  if (!/[\u0080-\u00ff]/.test(text)) return text;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(
      Uint8Array.from(text, (c) => c.charCodeAt(0)),
    );
  } catch {
    return text;
  }
}

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
    for (const kw of keywords.values()) {
      for (let at = 0; at + 1 < kw.bytes.length; at++) {
        const pair = (kw.bytes[at]! << 8) | kw.bytes[at + 1]!;
        // Raw (unfolded) pairs in every case, so the scan loop needs no case folding.
        for (const x of cases(kw.bytes[at]!))
          for (const y of cases(kw.bytes[at + 1]!)) this.#pairs[(x << 8) | y] = 1;
        const list = this.#byPair.get(pair) ?? [];
        list.push({ kw, at });
        this.#byPair.set(pair, list);
      }
      shortest = Math.min(shortest, kw.bytes.length);
    }
    this.#step = Number.isFinite(shortest) ? Math.max(1, shortest - 1) : 1;
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
    for (let j = 0; j + 1 < n; j += step) {
      if (pairs[(buf[j]! << 8) | buf[j + 1]!] === 0) continue;
      const pair = (FOLD[buf[j]!]! << 8) | FOLD[buf[j + 1]!]!;
      for (const { kw, at } of this.#byPair.get(pair)!) {
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
    return out;
  }
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

/**
 * All rules in one pass over a buffer: a prefilter finds the rules' keywords (case-insensitive;
 * `keyword-filter.ts`, one hashed 3-byte lookup every second byte); only the windows around
 * keyword occurrences are decoded and given to the regexes of the rules that own the keyword.
 * Memory is mostly zeros and binary, so the regexes see a tiny fraction of it.
 */
import { latin1 } from '../../memory/latin1.ts';
import { FOLD, KeywordFilter, type Keyword } from './keyword-filter.ts';
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

export class SecretScanner {
  readonly rules: readonly SecretRule[];
  /** Rules with no keyword: run over small sources whole, never over memory. */
  readonly unfiltered: readonly SecretRule[];
  /** The longest window a match needs: the memory scan's window overlap. */
  readonly maxWindow: number;
  readonly #filter: KeywordFilter;

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
    this.#filter = new KeywordFilter(keywords.values());
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

  /** Per rule, the merged [start, end) windows around its keywords' occurrences. */
  #windows(buf: Uint8Array): Map<number, [number, number][]> {
    const out = new Map<number, [number, number][]>();
    const n = buf.length;
    this.#filter.scan(buf, (start, kw) => {
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
    });
    return out;
  }
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

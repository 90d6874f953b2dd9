import { bytesToClasses, compileClasses, type BytePattern } from './byte-pattern.ts';
import { horspool } from './horspool.ts';
import { latin1 } from './latin1.ts';
import { requiredLiterals } from './regex-literal.ts';
import { utf8Text } from './utf8-text.ts';

/**
 * Finds matches in one window of contiguous memory. The scanner overlaps consecutive windows
 * by `maxLength - 1` bytes and passes `reportLimit`: a match starting at or after it belongs
 * to the next window (which sees it whole), so every match is reported exactly once.
 */
export interface Matcher {
  maxLength: number;
  scan(
    buf: Uint8Array,
    reportLimit: number,
    onMatch: (start: number, length: number) => void,
  ): void;
}

export function bytesMatcher(pattern: BytePattern): Matcher {
  const m = pattern.length;
  return {
    maxLength: m,
    scan(buf, reportLimit, onMatch) {
      horspool(buf, pattern, 0, buf.length, (pos) => {
        if (pos < reportLimit) onMatch(pos, m);
      });
    },
  };
}

/** Default longest regex match: also how far around a prefilter hit the regex looks. */
export const DEFAULT_MAX_REGEX_MATCH = 4096;

/** How a regex reads memory: one character per byte, or UTF-8 (a character per sequence). */
export type RegexEncoding = 'latin1' | 'utf8';

/**
 * A JavaScript regex over memory read as latin1 (one character per byte) or as UTF-8 (so
 * `caf[eé]` finds the two bytes of a UTF-8 `é`; match offsets and lengths stay in bytes).
 * With a required literal, Horspool finds candidates and the regex runs only on merged
 * windows of ±maxLength around them; without one, it runs over the whole window.
 */
export function regexMatcher(
  re: RegExp,
  maxLength = DEFAULT_MAX_REGEX_MATCH,
  encoding: RegexEncoding = 'latin1',
): Matcher {
  const flags = re.flags.replace(/[gy]/g, '') + 'g';
  const global = new RegExp(re.source, flags);
  const prefilters = literalPrefilters(re, encoding);
  const runRegex = (
    buf: Uint8Array,
    a: number,
    b: number,
    reportLimit: number,
    onMatch: (s: number, l: number) => void,
  ) => {
    const decoded = encoding === 'utf8' ? utf8Text(buf, a, b) : undefined;
    const text = decoded ? decoded.text : latin1(buf, a, b);
    // Code unit -> byte offset from `a` (the identity for latin1).
    const byteAt = decoded ? (u: number) => decoded.offsets[u] : (u: number) => u;
    global.lastIndex = 0;
    for (let m = global.exec(text); m; m = global.exec(text)) {
      if (m[0].length === 0) {
        // An empty match reports nothing useful in memory; step over it.
        global.lastIndex++;
        continue;
      }
      const start = a + byteAt(m.index);
      const length = byteAt(m.index + m[0].length) - byteAt(m.index);
      if (start < reportLimit) onMatch(start, length);
    }
  };
  return {
    maxLength,
    scan(buf, reportLimit, onMatch) {
      if (!prefilters) {
        runRegex(buf, 0, buf.length, reportLimit, onMatch);
        return;
      }
      // Candidate neighbourhoods, merged into disjoint regions so no match is found twice.
      const regions: number[] = [];
      for (const p of prefilters) {
        horspool(buf, p, 0, buf.length, (pos) => {
          regions.push(
            Math.max(0, pos - maxLength),
            Math.min(buf.length, pos + p.length + maxLength),
          );
        });
      }
      if (prefilters.length > 1) sortPairs(regions);
      let a = -1;
      let b = -1;
      for (let i = 0; i < regions.length; i += 2) {
        if (regions[i] <= b) {
          b = Math.max(b, regions[i + 1]);
          continue;
        }
        if (a >= 0) runRegex(buf, a, b, reportLimit, onMatch);
        a = regions[i];
        b = regions[i + 1];
      }
      if (a >= 0) runRegex(buf, a, b, reportLimit, onMatch);
    },
  };
}

/** Sorts a flat [start, end, start, end, …] list by start. */
function sortPairs(flat: number[]): void {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < flat.length; i += 2) pairs.push([flat[i], flat[i + 1]]);
  pairs.sort((x, y) => x[0] - y[0]);
  pairs.forEach(([x, y], i) => {
    flat[2 * i] = x;
    flat[2 * i + 1] = y;
  });
}

const utf8Encoder = new TextEncoder();

/**
 * The regex's required literals as byte patterns, when usable: each at least three
 * characters, each character a single byte in latin1 (its UTF-8 bytes in UTF-8), and (with
 * the `i` flag) ASCII only, since the prefilter folds ASCII case alone.
 */
function literalPrefilters(re: RegExp, encoding: RegexEncoding): BytePattern[] | undefined {
  const lits = requiredLiterals(re.source);
  if (!lits) return undefined;
  const out: BytePattern[] = [];
  for (const lit of lits) {
    if (lit.length < 3) return undefined;
    let bytes = new Uint8Array(lit.length);
    for (let i = 0; i < lit.length; i++) {
      const c = lit.charCodeAt(i);
      if (re.ignoreCase && c > 0x7f) return undefined;
      if (c > 0xff && encoding === 'latin1') return undefined;
      bytes[i] = c;
    }
    if (encoding === 'utf8') bytes = utf8Encoder.encode(lit);
    out.push(compileClasses(bytesToClasses(bytes, re.ignoreCase)));
  }
  return out;
}

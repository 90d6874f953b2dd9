/**
 * A search needle as a sequence of byte classes: each position accepts one byte (literal),
 * two (ASCII case-insensitive), or any (a `??` hex wildcard). Horspool runs on this form.
 */
export interface BytePattern {
  length: number;
  /** Set when every position accepts exactly one byte: the fast comparison path. */
  exact?: Uint8Array;
  /** `accept[i * 256 + b]` is 1 when position i accepts byte b. */
  accept: Uint8Array;
  /** Horspool bad-character shift for the byte under the window's last position. */
  shift: Int32Array;
  /**
   * Shift for the last two bytes (`a << 8 | b`), for patterns where one byte says little:
   * classes (case-insensitive, `??`) and needles holding 0x00 (UTF-16 text, binary), whose
   * one-byte shift collapses on the zero-filled pages common in memory.
   */
  shift2?: Int32Array;
}

/** One position: a list of accepted bytes, or null for any byte. */
export type ByteClass = readonly number[] | null;

export function compileClasses(classes: readonly ByteClass[]): BytePattern {
  const m = classes.length;
  if (m === 0) throw new Error('empty pattern');
  const accept = new Uint8Array(m * 256);
  classes.forEach((c, i) => {
    if (c === null) accept.fill(1, i * 256, i * 256 + 256);
    else for (const b of c) accept[i * 256 + (b & 0xff)] = 1;
  });
  // shift[c] = distance from the last position to the rightmost earlier position accepting c;
  // a wildcard at i caps every shift at m-1-i, so nothing it could match is skipped.
  const shift = new Int32Array(256).fill(m);
  for (let i = 0; i < m - 1; i++) {
    const d = m - 1 - i;
    const row = i * 256;
    for (let b = 0; b < 256; b++) if (accept[row + b]) shift[b] = d;
  }
  const pattern: BytePattern = { length: m, accept, shift };
  const exact = classes.every((c) => c !== null && c.length === 1);
  if (exact) pattern.exact = Uint8Array.from(classes.map((c) => (c as number[])[0]));
  if (m >= 3 && (!exact || pattern.exact?.includes(0))) pattern.shift2 = pairShift(classes, accept);
  return pattern;
}

/**
 * shift2[a << 8 | b] for the bytes (a, b) under the window's last two positions: the distance
 * to the rightmost earlier pair of positions (i-1, i) accepting (a, b); else m-1 when b alone
 * could be the pattern's first byte; else m. Never skips an occurrence.
 */
function pairShift(classes: readonly ByteClass[], accept: Uint8Array): Int32Array {
  const m = classes.length;
  const shift2 = new Int32Array(65536).fill(m);
  for (let b = 0; b < 256; b++) {
    if (!accept[b]) continue;
    for (let a = 0; a < 256; a++) shift2[(a << 8) | b] = m - 1;
  }
  const bytesAt = (i: number): readonly number[] => classes[i] ?? ALL_BYTES;
  for (let i = 1; i <= m - 2; i++) {
    const d = m - 1 - i;
    for (const a of bytesAt(i - 1)) for (const b of bytesAt(i)) shift2[(a << 8) | b] = d;
  }
  return shift2;
}

const ALL_BYTES: readonly number[] = Array.from({ length: 256 }, (_, i) => i);

const isAsciiLetter = (b: number) => (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);

/** Classes for raw bytes; with `ignoreCase`, ASCII letters accept both cases. */
export function bytesToClasses(bytes: Uint8Array, ignoreCase = false): ByteClass[] {
  return [...bytes].map((b) => (ignoreCase && isAsciiLetter(b) ? [b | 0x20, b & ~0x20] : [b]));
}

/** Text as UTF-8 (what C strings in memory hold) or as UTF-16LE (Windows/Java/JS strings). */
export function textToBytes(text: string, utf16 = false): Uint8Array {
  if (!utf16) return new TextEncoder().encode(text);
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    out[2 * i] = u & 0xff;
    out[2 * i + 1] = u >> 8;
  }
  return out;
}

/**
 * `de ad ?? ef`, `dead??ef`, `0xde 0xad`: pairs of hex digits, `??` for any byte. Returns an
 * error message for anything else (odd digits, other characters).
 */
export function parseHexPattern(text: string): ByteClass[] | string {
  const t = text.replace(/0x/gi, '').replace(/[\s,]+/g, '');
  if (t.length === 0) return 'empty hex pattern';
  if (t.length % 2) return `hex pattern has an odd number of digits: ${text}`;
  const out: ByteClass[] = [];
  for (let i = 0; i < t.length; i += 2) {
    const pair = t.slice(i, i + 2);
    if (pair === '??') out.push(null);
    else if (/^[0-9a-f]{2}$/i.test(pair)) out.push([parseInt(pair, 16)]);
    else return `not a hex byte or ??: ${pair}`;
  }
  if (out.every((c) => c === null)) return 'a hex pattern needs at least one byte that is not ??';
  return out;
}

/**
 * Memory bytes read as UTF-8 for a regular expression, with the byte offset of every UTF-16
 * code unit so that a match index maps back to an address. Bytes that are not part of a valid
 * UTF-8 sequence become U+FFFD one byte each (never swallowing the bytes after them), so a
 * stray byte cannot hide a match that follows it.
 */
export interface Utf8Text {
  text: string;
  /** `offsets[i]` is the byte offset (from `from`) of code unit i; `offsets[text.length]` the end. */
  offsets: Uint32Array;
}

const REPLACEMENT = 0xfffd;

/** Length of the valid UTF-8 sequence at `i` (1–4), or 0 when the byte there starts none. */
export function utf8SequenceLength(b: Uint8Array, i: number, end: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  let n: number;
  let min: number;
  if (c >= 0xc2 && c <= 0xdf) [n, min] = [2, 0x80];
  else if (c >= 0xe0 && c <= 0xef) [n, min] = [3, 0x800];
  else if (c >= 0xf0 && c <= 0xf4) [n, min] = [4, 0x10000];
  else return 0;
  if (i + n > end) return 0;
  let cp = c & (0xff >> (n + 1));
  for (let k = 1; k < n; k++) {
    const d = b[i + k];
    if ((d & 0xc0) !== 0x80) return 0;
    cp = (cp << 6) | (d & 0x3f);
  }
  // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
  if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return 0;
  return n;
}

/** The code point of a valid sequence of `n` bytes at `i`. */
function codePoint(b: Uint8Array, i: number, n: number): number {
  if (n === 1) return b[i];
  let cp = b[i] & (0xff >> (n + 1));
  for (let k = 1; k < n; k++) cp = (cp << 6) | (b[i + k] & 0x3f);
  return cp;
}

export function utf8Text(bytes: Uint8Array, from = 0, to = bytes.length): Utf8Text {
  const units: number[] = [];
  const offsets = new Uint32Array(Math.max(0, to - from) + 1);
  let u = 0;
  let chunk = '';
  const flush = () => {
    chunk += String.fromCharCode(...units);
    units.length = 0;
  };
  let i = from;
  while (i < to) {
    const n = utf8SequenceLength(bytes, i, to);
    const cp = n === 0 ? REPLACEMENT : codePoint(bytes, i, n);
    if (cp > 0xffff) {
      const v = cp - 0x10000;
      units.push(0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff));
      offsets[u++] = i - from;
      offsets[u++] = i - from;
    } else {
      units.push(cp);
      offsets[u++] = i - from;
    }
    if (units.length >= 8192) flush();
    i += Math.max(1, n);
  }
  flush();
  offsets[u] = to - from;
  return { text: chunk, offsets: offsets.subarray(0, u + 1) };
}

/**
 * Context bytes for a person: UTF-8 where it decodes (non-ASCII letters stay readable), every
 * control character and every byte of an invalid or cut-off sequence as a dot.
 */
export function utf8OrDots(bytes: Uint8Array): string {
  let s = '';
  let i = 0;
  while (i < bytes.length) {
    const n = utf8SequenceLength(bytes, i, bytes.length);
    if (n <= 1) {
      const b = bytes[i];
      s += n === 1 && b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.';
      i++;
      continue;
    }
    const cp = codePoint(bytes, i, n);
    // C1 controls, bidi overrides, format, unassigned and private-use characters would
    // disturb or hide in the row.
    s += /[\p{Cc}\p{Cf}\p{Cn}\p{Co}\p{Zl}\p{Zp}]/u.test(String.fromCodePoint(cp))
      ? '.'
      : String.fromCodePoint(cp);
    i += n;
  }
  return s;
}

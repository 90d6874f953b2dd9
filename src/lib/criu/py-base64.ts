/**
 * Base64 exactly as crit writes and reads it: Python's `base64.encodebytes` (standard
 * alphabet, a `\n` after every 76 output characters and at the end; empty input gives an empty
 * string) and the lenient `base64.decodebytes` (characters outside the alphabet are skipped).
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LINE_BYTES = 57; // 57 input bytes = 76 output characters

function encodeChunk(bytes: Uint8Array, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i += 3) {
    const n = end - i;
    const b0 = bytes[i];
    const b1 = n > 1 ? bytes[i + 1] : 0;
    const b2 = n > 2 ? bytes[i + 2] : 0;
    out += ALPHABET[b0 >> 2] + ALPHABET[((b0 & 3) << 4) | (b1 >> 4)];
    out += n > 1 ? ALPHABET[((b1 & 15) << 2) | (b2 >> 6)] : '=';
    out += n > 2 ? ALPHABET[b2 & 63] : '=';
  }
  return out;
}

export function encodeBytes(bytes: Uint8Array): string {
  const lines: string[] = [];
  for (let i = 0; i < bytes.length; i += LINE_BYTES) {
    lines.push(encodeChunk(bytes, i, Math.min(i + LINE_BYTES, bytes.length)) + '\n');
  }
  return lines.join('');
}

const VALUES = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;

/** Lenient decode (like binascii.a2b_base64 in non-strict mode): stops at padding. */
export function decodeBytes(text: string): Uint8Array {
  const out = new Uint8Array(Math.floor((text.length * 3) / 4) + 3);
  let len = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 61 /* = */) {
      if (bits > 0) break;
      continue;
    }
    const v = c < 128 ? VALUES[c] : -1;
    if (v < 0) continue;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[len++] = (acc >> bits) & 0xff;
    }
  }
  return out.slice(0, len);
}

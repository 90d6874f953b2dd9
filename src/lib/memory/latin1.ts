/**
 * Bytes → a string with one UTF-16 code unit per byte (code unit = byte value), so a regex's
 * match index is a byte offset and `\x80` matches byte 0x80. `TextDecoder('latin1')` is not
 * this: the Encoding Standard maps it to windows-1252, which turns 0x80–0x9f into other
 * characters.
 */
const CHUNK = 8192;

export function latin1(bytes: Uint8Array, from = 0, to = bytes.length): string {
  const parts: string[] = [];
  for (let i = from; i < to; i += CHUNK) {
    const sub = bytes.subarray(i, Math.min(i + CHUNK, to));
    parts.push(String.fromCharCode.apply(null, sub as unknown as number[]));
  }
  return parts.join('');
}

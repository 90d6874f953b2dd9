/**
 * Bytes → a string with one UTF-16 code unit per byte (code unit = byte value), so a regex's
 * match index is a byte offset and `\x80` matches byte 0x80. `TextDecoder('latin1')` is not
 * this: the Encoding Standard maps it to windows-1252, which turns 0x80–0x9f into other
 * characters. Widening to 16 bits and decoding as UTF-16LE is exact (no value ≤ 0xff is a
 * surrogate); in Node, `Buffer#latin1Slice` is exact too and ~8× faster (measured).
 */
interface NodeBufferLike {
  latin1Slice(start: number, end: number): string;
}
type BufferCtor = { from(b: ArrayBufferLike, off: number, len: number): NodeBufferLike };

const nodeBuffer = (globalThis as unknown as { Buffer?: BufferCtor }).Buffer;
const utf16 = new TextDecoder('utf-16le');
let wide = new Uint16Array(0);

export function latin1(bytes: Uint8Array, from = 0, to = bytes.length): string {
  if (to <= from) return '';
  if (nodeBuffer) {
    return nodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.length).latin1Slice(from, to);
  }
  const n = to - from;
  if (wide.length < n) wide = new Uint16Array(Math.max(n, 1 << 16));
  const w = wide.subarray(0, n);
  w.set(bytes.subarray(from, to));
  return utf16.decode(w);
}

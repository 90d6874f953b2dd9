/**
 * Bounds-checked reader for the protobuf wire format and the little-endian integers of CRIU
 * framing. Every read checks the remaining length first, so a hostile size can never make us
 * allocate or loop past the input. Failures throw WireError, which the decoders catch and turn
 * into Problems (it never leaves the criu module).
 */
export class WireError extends Error {
  constructor(
    message: string,
    /** Absolute byte offset (in the image) where the bad bytes start. */
    readonly offset: number,
  ) {
    super(message);
  }
}

const utf8 = new TextDecoder('utf-8');
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export class WireReader {
  pos: number;
  readonly end: number;

  /**
   * @param bytes the buffer; @param start/@param end the window to read;
   * @param base added to positions when reporting offsets (the window's place in the image).
   */
  constructor(
    readonly bytes: Uint8Array,
    start = 0,
    end = bytes.length,
    readonly base = 0,
  ) {
    this.pos = start;
    this.end = end;
  }

  get remaining(): number {
    return this.end - this.pos;
  }

  /** Offset of the cursor in the image, for messages. */
  get offset(): number {
    return this.base + this.pos;
  }

  need(n: number, what: string): void {
    if (n > this.remaining) {
      throw new WireError(`${what}: needs ${n} bytes, only ${this.remaining} left`, this.offset);
    }
  }

  u16le(): number {
    this.need(2, 'u16');
    const v = this.bytes[this.pos] | (this.bytes[this.pos + 1] << 8);
    this.pos += 2;
    return v;
  }

  u32le(): number {
    this.need(4, 'u32');
    const b = this.bytes;
    const p = this.pos;
    this.pos += 4;
    return (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24)) >>> 0;
  }

  u64le(): bigint {
    this.need(8, 'u64');
    const lo = this.u32le();
    const hi = this.u32le();
    return (BigInt(hi) << 32n) | BigInt(lo);
  }

  /** A varint as its raw 64-bit unsigned value (longer than 10 bytes is malformed). */
  varint(): bigint {
    const start = this.offset;
    let lo = 0;
    let hi = 0;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) throw new WireError('varint runs past the end', start);
      const b = this.bytes[this.pos++];
      if (i < 4) lo |= (b & 0x7f) << (7 * i);
      else if (i === 4) {
        lo |= (b & 0x0f) << 28;
        hi |= (b & 0x7f) >> 4;
      } else hi |= (b & 0x7f) << (7 * i - 32);
      if ((b & 0x80) === 0) return (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
    }
    throw new WireError('varint longer than 10 bytes', start);
  }

  /** A varint truncated to its low 32 bits (what protobuf does for 32-bit fields). */
  varint32(): number {
    return Number(BigInt.asUintN(32, this.varint()));
  }

  bytesOf(n: number, what: string): Uint8Array {
    this.need(n, what);
    const out = this.bytes.slice(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  /** A view (no copy) of the next n bytes, for reading only; never kept in entries. */
  view(n: number, what: string): Uint8Array {
    this.need(n, what);
    const out = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  /** UTF-8 text; `valid` is false when bytes had to be replaced by U+FFFD. */
  utf8(n: number): { text: string; valid: boolean } {
    this.need(n, 'string');
    const raw = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    try {
      return { text: strictUtf8.decode(raw), valid: true };
    } catch {
      return { text: utf8.decode(raw), valid: false };
    }
  }

  skip(n: number, what: string): void {
    this.need(n, what);
    this.pos += n;
  }

  f32(): number {
    this.need(4, 'float');
    const v = new DataView(this.bytes.buffer, this.bytes.byteOffset + this.pos, 4).getFloat32(
      0,
      true,
    );
    this.pos += 4;
    return v;
  }

  f64(): number {
    this.need(8, 'double');
    const v = new DataView(this.bytes.buffer, this.bytes.byteOffset + this.pos, 8).getFloat64(
      0,
      true,
    );
    this.pos += 8;
    return v;
  }
}

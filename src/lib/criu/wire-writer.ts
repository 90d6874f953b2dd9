/**
 * Growable byte writer for the protobuf wire format and CRIU framing (little-endian, like the
 * x86_64/aarch64 hosts that write the images).
 */
export class WireWriter {
  #buf = new Uint8Array(256);
  #len = 0;

  get length(): number {
    return this.#len;
  }

  #ensure(n: number): void {
    if (this.#len + n <= this.#buf.length) return;
    let cap = this.#buf.length * 2;
    while (cap < this.#len + n) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.#buf.subarray(0, this.#len));
    this.#buf = next;
  }

  byte(b: number): void {
    this.#ensure(1);
    this.#buf[this.#len++] = b & 0xff;
  }

  raw(bytes: Uint8Array): void {
    this.#ensure(bytes.length);
    this.#buf.set(bytes, this.#len);
    this.#len += bytes.length;
  }

  zeros(n: number): void {
    this.#ensure(n);
    this.#buf.fill(0, this.#len, this.#len + n);
    this.#len += n;
  }

  u16le(v: number): void {
    this.byte(v);
    this.byte(v >>> 8);
  }

  u32le(v: number): void {
    this.byte(v);
    this.byte(v >>> 8);
    this.byte(v >>> 16);
    this.byte(v >>> 24);
  }

  u64le(v: bigint): void {
    const u = BigInt.asUintN(64, v);
    this.u32le(Number(u & 0xffffffffn));
    this.u32le(Number(u >> 32n));
  }

  /** Unsigned varint of a 64-bit pattern (negative values are taken as two's complement). */
  varint(v: bigint | number): void {
    let u = BigInt.asUintN(64, typeof v === 'bigint' ? v : BigInt(v));
    while (u >= 0x80n) {
      this.byte(Number(u & 0x7fn) | 0x80);
      u >>= 7n;
    }
    this.byte(Number(u));
  }

  f32(v: number): void {
    this.#ensure(4);
    new DataView(this.#buf.buffer, this.#len, 4).setFloat32(0, v, true);
    this.#len += 4;
  }

  f64(v: number): void {
    this.#ensure(8);
    new DataView(this.#buf.buffer, this.#len, 8).setFloat64(0, v, true);
    this.#len += 8;
  }

  finish(): Uint8Array {
    return this.#buf.slice(0, this.#len);
  }
}

/**
 * A tiny protobuf wire reader/writer for the benchmark's input generator. The generator
 * must not depend on the decoder it measures, so it edits CRIU messages at the wire level:
 * it keeps every field it does not touch as the exact bytes it read.
 */
export interface WireField {
  field: number;
  wireType: number;
  /** varint value for wire type 0; raw bytes for the others. */
  value: bigint | Uint8Array;
}

export function readVarint(buf: Uint8Array, pos: number): [bigint, number] {
  let result = 0n;
  let shift = 0n;
  for (;;) {
    if (pos >= buf.length) throw new Error('varint past end');
    const byte = buf[pos++];
    result |= BigInt(byte & 0x7f) << shift;
    if (byte < 0x80) return [result, pos];
    shift += 7n;
  }
}

export function writeVarint(value: bigint, out: number[]): void {
  let v = value;
  while (v >= 0x80n) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
}

export function parseFields(buf: Uint8Array): WireField[] {
  const fields: WireField[] = [];
  let pos = 0;
  while (pos < buf.length) {
    const [key, afterKey] = readVarint(buf, pos);
    pos = afterKey;
    const field = Number(key >> 3n);
    const wireType = Number(key & 7n);
    if (wireType === 0) {
      const [v, next] = readVarint(buf, pos);
      fields.push({ field, wireType, value: v });
      pos = next;
    } else if (wireType === 2) {
      const [len, next] = readVarint(buf, pos);
      const end = next + Number(len);
      fields.push({ field, wireType, value: buf.subarray(next, end) });
      pos = end;
    } else if (wireType === 1 || wireType === 5) {
      const size = wireType === 1 ? 8 : 4;
      fields.push({ field, wireType, value: buf.subarray(pos, pos + size) });
      pos += size;
    } else {
      throw new Error(`unsupported wire type ${wireType}`);
    }
  }
  return fields;
}

export function serializeFields(fields: WireField[]): Uint8Array {
  const out: number[] = [];
  for (const f of fields) {
    writeVarint(BigInt((f.field << 3) | f.wireType), out);
    if (f.wireType === 0) writeVarint(f.value as bigint, out);
    else {
      const bytes = f.value as Uint8Array;
      if (f.wireType === 2) writeVarint(BigInt(bytes.length), out);
      for (const b of bytes) out.push(b);
    }
  }
  return Uint8Array.from(out);
}

export function varintField(field: number, value: bigint): WireField {
  return { field, wireType: 0, value };
}

export function fieldValue(fields: WireField[], field: number): bigint | undefined {
  const f = fields.find((x) => x.field === field && x.wireType === 0);
  return f?.value as bigint | undefined;
}

/** CRIU image framing: [IMG_COMMON][type magic] then {u32 LE size, message}*. */
export function splitImage(buf: Uint8Array): { head: Uint8Array; entries: Uint8Array[] } {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const entries: Uint8Array[] = [];
  let pos = 8;
  while (pos + 4 <= buf.length) {
    const size = view.getUint32(pos, true);
    entries.push(buf.subarray(pos + 4, pos + 4 + size));
    pos += 4 + size;
  }
  return { head: buf.subarray(0, 8), entries };
}

export function joinImage(head: Uint8Array, entries: Uint8Array[]): Uint8Array {
  const total = head.length + entries.reduce((n, e) => n + 4 + e.length, 0);
  const out = new Uint8Array(total);
  out.set(head, 0);
  let pos = head.length;
  const view = new DataView(out.buffer);
  for (const e of entries) {
    view.setUint32(pos, e.length, true);
    out.set(e, pos + 4);
    pos += 4 + e.length;
  }
  return out;
}

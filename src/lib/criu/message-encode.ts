/**
 * Schema-driven protobuf encoding of entries (the reverse of message-decode.ts). Fields go out
 * in field-number order, repeated scalars packed only where the schema says so: the layout
 * protobuf-c (CRIU) produces, so decode → encode gives back the original bytes.
 */
import type { Entry } from './types.ts';
import type { FieldSchema, MessageSchema } from './schema.ts';
import { WireWriter } from './wire-writer.ts';

export class EncodeError extends Error {}

const utf8 = new TextEncoder();

function asBigInt(v: unknown, f: FieldSchema): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v);
  if (typeof v === 'boolean') return v ? 1n : 0n;
  throw new EncodeError(`field ${f.name}: expected an integer, got ${typeof v}`);
}

function asNumber(v: unknown, f: FieldSchema): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  throw new EncodeError(`field ${f.name}: expected a number, got ${typeof v}`);
}

function wireType(f: FieldSchema): number {
  switch (f.type) {
    case 'double':
    case 'fixed64':
    case 'sfixed64':
      return 1;
    case 'float':
    case 'fixed32':
    case 'sfixed32':
      return 5;
    case 'string':
    case 'bytes':
    case 'message':
      return 2;
    default:
      return 0;
  }
}

function writeScalar(w: WireWriter, f: FieldSchema, v: unknown): void {
  switch (f.type) {
    case 'int32':
    case 'enum':
      // Negative int32 values are sign-extended to 10 bytes on the wire.
      w.varint(BigInt.asIntN(32, asBigInt(v, f)));
      return;
    case 'uint32':
      w.varint(BigInt.asUintN(32, asBigInt(v, f)));
      return;
    case 'sint32': {
      const n = BigInt.asIntN(32, asBigInt(v, f));
      w.varint(BigInt.asUintN(32, (n << 1n) ^ (n >> 31n)));
      return;
    }
    case 'int64':
    case 'uint64':
      w.varint(asBigInt(v, f));
      return;
    case 'sint64': {
      const n = BigInt.asIntN(64, asBigInt(v, f));
      w.varint(BigInt.asUintN(64, (n << 1n) ^ (n >> 63n)));
      return;
    }
    case 'bool':
      w.varint(v ? 1n : 0n);
      return;
    case 'fixed32':
    case 'sfixed32':
      w.u32le(Number(BigInt.asUintN(32, asBigInt(v, f))));
      return;
    case 'fixed64':
    case 'sfixed64':
      w.u64le(asBigInt(v, f));
      return;
    case 'float':
      w.f32(asNumber(v, f));
      return;
    case 'double':
      w.f64(asNumber(v, f));
      return;
    default:
      throw new EncodeError(`field ${f.name} is not a scalar`);
  }
}

function writeValue(w: WireWriter, f: FieldSchema, v: unknown): void {
  const wt = wireType(f);
  w.varint((f.id << 3) | wt);
  if (wt !== 2) return writeScalar(w, f, v);
  let body: Uint8Array;
  if (f.type === 'string') {
    if (typeof v !== 'string') throw new EncodeError(`field ${f.name}: expected a string`);
    body = utf8.encode(v);
  } else if (f.type === 'bytes') {
    if (!(v instanceof Uint8Array)) throw new EncodeError(`field ${f.name}: expected bytes`);
    body = v;
  } else {
    if (!v || typeof v !== 'object') throw new EncodeError(`field ${f.name}: expected an object`);
    body = encodeMessage(v as Entry, f.message as MessageSchema);
  }
  w.varint(body.length);
  w.raw(body);
}

/** Encode one entry; keys that are not fields of the message (e.g. `extra`) are ignored. */
export function encodeMessage(entry: Entry, schema: MessageSchema): Uint8Array {
  const w = new WireWriter();
  for (const f of schema.fields) {
    if (!Object.hasOwn(entry, f.name)) continue;
    const v = entry[f.name];
    if (v === undefined || v === null) continue;
    if (!f.repeated) {
      writeValue(w, f, v);
      continue;
    }
    if (!Array.isArray(v)) throw new EncodeError(`field ${f.name}: expected an array`);
    if (v.length === 0) continue;
    if (f.packed) {
      const inner = new WireWriter();
      for (const item of v) writeScalar(inner, f, item);
      w.varint((f.id << 3) | 2);
      w.varint(inner.length);
      w.raw(inner.finish());
    } else for (const item of v) writeValue(w, f, item);
  }
  return w.finish();
}

/**
 * Schema-driven protobuf (proto2) decoding into the entry shape of `types.ts`: only fields
 * present on the wire, 64-bit as bigint, enums as numbers, bytes as Uint8Array.
 *
 * Written against the wire format instead of calling the generated static decoders because
 * we need what those hide: the byte offset of every defect, unknown fields reported instead of
 * silently dropped, and no prototype defaults or Long objects to undo afterwards.
 */
import type { Entry } from './types.ts';
import type { FieldSchema, MessageSchema } from './schema.ts';
import { WireError, WireReader } from './wire-reader.ts';

/** A defect that does not stop decoding (the entry is kept). */
export interface MessageWarning {
  kind: 'unknown-field' | 'wire-type-mismatch' | 'missing-required' | 'invalid-utf8';
  offset: number;
  message: string;
}

/** Deeper nesting than any CRIU schema has; recursive types (cgroup dirs) cannot blow the stack. */
const MAX_DEPTH = 64;

const WIRE_VARINT = 0;
const WIRE_I64 = 1;
const WIRE_LEN = 2;
const WIRE_I32 = 5;

function expectedWireType(f: FieldSchema): number {
  switch (f.type) {
    case 'double':
    case 'fixed64':
    case 'sfixed64':
      return WIRE_I64;
    case 'float':
    case 'fixed32':
    case 'sfixed32':
      return WIRE_I32;
    case 'string':
    case 'bytes':
    case 'message':
      return WIRE_LEN;
    default:
      return WIRE_VARINT;
  }
}

function readScalar(r: WireReader, f: FieldSchema): unknown {
  switch (f.type) {
    case 'int32':
    case 'enum':
      return Number(BigInt.asIntN(32, r.varint()));
    case 'uint32':
      return r.varint32();
    case 'sint32': {
      const n = r.varint32();
      return (n >>> 1) ^ -(n & 1);
    }
    case 'int64':
      return BigInt.asIntN(64, r.varint());
    case 'uint64':
      return r.varint();
    case 'sint64': {
      const n = r.varint();
      return BigInt.asIntN(64, (n >> 1n) ^ -(n & 1n));
    }
    case 'bool':
      return r.varint() !== 0n;
    case 'fixed32':
      return r.u32le();
    case 'sfixed32':
      return r.u32le() | 0;
    case 'fixed64':
      return r.u64le();
    case 'sfixed64':
      return BigInt.asIntN(64, r.u64le());
    case 'float':
      return r.f32();
    case 'double':
      return r.f64();
    default:
      throw new WireError(`field ${f.name} is not a scalar`, r.offset);
  }
}

function skipField(r: WireReader, wireType: number, tagOffset: number): void {
  switch (wireType) {
    case WIRE_VARINT:
      r.varint();
      return;
    case WIRE_I64:
      r.skip(8, 'fixed64');
      return;
    case WIRE_LEN: {
      const len = r.varint();
      if (len > BigInt(r.remaining)) {
        throw new WireError(`length ${len} runs past the end of the message`, tagOffset);
      }
      r.skip(Number(len), 'field');
      return;
    }
    case WIRE_I32:
      r.skip(4, 'fixed32');
      return;
    default:
      throw new WireError(`invalid wire type ${wireType}`, tagOffset);
  }
}

function readLength(r: WireReader, tagOffset: number, name: string): number {
  const len = r.varint();
  if (len > BigInt(r.remaining)) {
    throw new WireError(
      `field ${name}: length ${len} runs past the end of the message (${r.remaining} left)`,
      tagOffset,
    );
  }
  return Number(len);
}

function put(target: Entry, f: FieldSchema, value: unknown): void {
  if (f.repeated) {
    const list = (
      Object.hasOwn(target, f.name) ? target[f.name] : (target[f.name] = [])
    ) as unknown[];
    list.push(value);
  } else target[f.name] = value;
}

/**
 * Decode one message from `r` (its window is the message). Throws WireError on bytes that are
 * not a protobuf message; collects non-fatal defects in `warnings`.
 */
export function decodeMessage(
  r: WireReader,
  schema: MessageSchema,
  warnings: MessageWarning[],
  into: Entry = {},
  depth = 0,
): Entry {
  if (depth > MAX_DEPTH) throw new WireError(`messages nested deeper than ${MAX_DEPTH}`, r.offset);
  const target = into;
  while (r.pos < r.end) {
    const tagOffset = r.offset;
    const tag = r.varint();
    const id = Number(tag >> 3n);
    const wireType = Number(tag & 7n);
    if (id === 0) throw new WireError('field number 0', tagOffset);
    const f = schema.byId.get(id);
    if (!f) {
      skipField(r, wireType, tagOffset);
      warnings.push({
        kind: 'unknown-field',
        offset: tagOffset,
        message: `unknown field ${id} (wire type ${wireType}) in ${schema.name}`,
      });
      continue;
    }
    const expected = expectedWireType(f);
    if (wireType === WIRE_LEN && expected !== WIRE_LEN && f.repeated) {
      // Packed repeated scalars: accepted whatever the schema says, as protobuf does.
      const len = readLength(r, tagOffset, f.name);
      const sub = new WireReader(r.bytes, r.pos, r.pos + len, r.base);
      r.pos += len;
      const list = (
        Object.hasOwn(target, f.name) ? target[f.name] : (target[f.name] = [])
      ) as unknown[];
      while (sub.pos < sub.end) list.push(readScalar(sub, f));
      continue;
    }
    if (wireType !== expected) {
      skipField(r, wireType, tagOffset);
      warnings.push({
        kind: 'wire-type-mismatch',
        offset: tagOffset,
        message: `field ${schema.name}.${f.name} has wire type ${wireType}, expected ${expected}`,
      });
      continue;
    }
    if (expected !== WIRE_LEN) {
      put(target, f, readScalar(r, f));
      continue;
    }
    const len = readLength(r, tagOffset, f.name);
    if (f.type === 'string') {
      const { text, valid } = r.utf8(len);
      if (!valid) {
        warnings.push({
          kind: 'invalid-utf8',
          offset: tagOffset,
          message: `string ${schema.name}.${f.name} is not valid UTF-8 (shown with U+FFFD)`,
        });
      }
      put(target, f, text);
    } else if (f.type === 'bytes') put(target, f, r.bytesOf(len, f.name));
    else {
      const sub = new WireReader(r.bytes, r.pos, r.pos + len, r.base);
      r.pos += len;
      // A non-repeated message seen twice merges, as protobuf parsers do.
      const existing =
        !f.repeated && Object.hasOwn(target, f.name) ? (target[f.name] as Entry) : undefined;
      const value = decodeMessage(
        sub,
        f.message as MessageSchema,
        warnings,
        existing ?? {},
        depth + 1,
      );
      if (!existing) put(target, f, value);
    }
  }
  for (const f of schema.fields) {
    if (f.required && !Object.hasOwn(target, f.name)) {
      warnings.push({
        kind: 'missing-required',
        offset: r.offset,
        message: `required field ${schema.name}.${f.name} is missing`,
      });
    }
  }
  return target;
}

import { describe, expect, it } from 'vitest';
import { Schema, type MessageSchema } from '../../../src/lib/criu/schema.ts';
import { decodeMessage, type MessageWarning } from '../../../src/lib/criu/message-decode.ts';
import { encodeMessage } from '../../../src/lib/criu/message-encode.ts';
import { WireError, WireReader } from '../../../src/lib/criu/wire-reader.ts';
import { WireWriter } from '../../../src/lib/criu/wire-writer.ts';

// A small descriptor in pbjs JSON form, covering every wire type and the scoping rules.
const schema = new Schema({
  nested: {
    outer: {
      edition: 'proto2',
      fields: {
        i32: { type: 'int32', id: 1 },
        u64: { type: 'uint64', id: 2, rule: 'required' },
        s32: { type: 'sint32', id: 3 },
        s64: { type: 'sint64', id: 4 },
        f32: { type: 'fixed32', id: 5 },
        f64: { type: 'fixed64', id: 6 },
        flag: { type: 'bool', id: 7 },
        name: { type: 'string', id: 8 },
        blob: { type: 'bytes', id: 9 },
        kind: { type: 'kind', id: 10 },
        inner: { type: 'inner', id: 11 },
        list: { type: 'inner', id: 12, rule: 'repeated' },
        packed: { type: 'uint32', id: 13, rule: 'repeated', options: { packed: true } },
        loose: { type: 'uint32', id: 14, rule: 'repeated' },
        i64: { type: 'int64', id: 15 },
      },
      nested: { kind: { values: { A: 0, B: 2 } } },
    },
    inner: { edition: 'proto2', fields: { v: { type: 'uint32', id: 1 } } },
    node: { edition: 'proto2', fields: { child: { type: 'node', id: 1 } } },
  },
});
const outer = schema.message('outer') as MessageSchema;

function decode(bytes: Uint8Array, warnings: MessageWarning[] = []) {
  return decodeMessage(new WireReader(bytes), outer, warnings);
}

describe('schema-driven protobuf codec', () => {
  const entry = {
    i32: -5,
    u64: 18446744073709551615n,
    s32: -3,
    s64: -9223372036854775808n,
    f32: 4294967295,
    f64: 1n << 63n,
    flag: true,
    name: 'héllo',
    blob: Uint8Array.of(0, 1, 2),
    kind: 2,
    inner: { v: 7 },
    list: [{ v: 1 }, {}],
    packed: [1, 300],
    loose: [5, 6],
    i64: -1n,
  };

  it('round-trips every scalar type exactly, 64-bit as bigint', () => {
    const bytes = encodeMessage(entry, outer);
    const warnings: MessageWarning[] = [];
    expect(decode(bytes, warnings)).toEqual(entry);
    expect(warnings).toEqual([]);
    expect(encodeMessage(decode(bytes), outer)).toEqual(bytes);
  });

  it('keeps only fields present on the wire', () => {
    const e = decode(encodeMessage({ u64: 0n }, outer));
    expect(Object.keys(e)).toEqual(['u64']);
  });

  it('writes negative int32 as 10-byte varints and packs only packed fields', () => {
    expect(encodeMessage({ i32: -1 }, outer)).toEqual(
      Uint8Array.of(0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01),
    );
    expect(encodeMessage({ packed: [1, 2] }, outer)).toEqual(Uint8Array.of(0x6a, 2, 1, 2));
    expect(encodeMessage({ loose: [1, 2] }, outer)).toEqual(Uint8Array.of(0x70, 1, 0x70, 2));
  });

  it('reads packed and unpacked repeated scalars alike', () => {
    expect(decode(Uint8Array.of(0x72, 2, 1, 2)).loose).toEqual([1, 2]);
  });

  it('reports an unknown field with its offset and keeps the rest', () => {
    const warnings: MessageWarning[] = [];
    // u64 = 1, then field 99 (varint) = 5, then i32 = 3
    const e = decode(Uint8Array.of(0x10, 1, 0x98, 0x06, 5, 0x08, 3), warnings);
    expect(e).toEqual({ u64: 1n, i32: 3 });
    expect(warnings).toEqual([
      { kind: 'unknown-field', offset: 2, message: expect.stringContaining('unknown field 99') },
    ]);
  });

  it('reports a missing required field', () => {
    const warnings: MessageWarning[] = [];
    decode(Uint8Array.of(0x08, 3), warnings);
    expect(warnings.map((w) => w.kind)).toEqual(['missing-required']);
  });

  it('throws WireError with the offset on bytes that are not protobuf', () => {
    const bad = (bytes: number[]) => {
      try {
        decode(Uint8Array.from(bytes));
      } catch (e) {
        return e instanceof WireError ? [e.message, e.offset] : e;
      }
      return 'no error';
    };
    expect(bad([0x10, 1, 0x0f])).toEqual([expect.stringContaining('wire type 7'), 2]);
    expect(bad([0x10, 1, 0x42, 50, 1])).toEqual([expect.stringContaining('length 50'), 2]);
    expect(bad([0x10, 0xff, 0xff])).toEqual([expect.stringContaining('varint'), 1]);
    expect(bad([0x10, 1, 0x31, 1, 2])).toEqual([expect.stringContaining('needs 8 bytes'), 3]);
  });

  it('flags invalid UTF-8 in a string field and keeps the entry', () => {
    const warnings: MessageWarning[] = [];
    const e = decode(Uint8Array.of(0x10, 1, 0x42, 2, 0xc3, 0x28), warnings);
    expect(e.name).toBe('\ufffd(');
    expect(warnings).toMatchObject([{ kind: 'invalid-utf8', offset: 2 }]);
  });

  it('stops recursive messages nested deeper than any CRIU schema', () => {
    const node = schema.message('node') as MessageSchema;
    const nest = (levels: number): Uint8Array => {
      let bytes: Uint8Array = new Uint8Array();
      for (let i = 0; i < levels; i++) {
        const w = new WireWriter();
        w.varint(0x0a);
        w.varint(bytes.length);
        w.raw(bytes);
        bytes = w.finish();
      }
      return bytes;
    };
    expect(() => decodeMessage(new WireReader(nest(60)), node, [])).not.toThrow();
    expect(() => decodeMessage(new WireReader(nest(70)), node, [])).toThrow(/nested deeper/);
  });
});

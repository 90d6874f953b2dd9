/**
 * JSON value (crit's plain or pretty form) → entry: the reverse of crit-dict.ts, following
 * crit's dict2pb. Strings in integer fields are read as crit reads them: `major:minor` for dev
 * fields, `A | B | 0x..` for flag fields, dict labels, else Python `int(s, 0)` (hex, octal...).
 */
import type { Entry } from './types.ts';
import { INT64_TYPES, type FieldSchema, type MessageSchema } from './schema.ts';
import { isJsonObject, type JsonValue } from './json-value.ts';
import { decodeBytes } from './py-base64.ts';
import { decodeQuotedPrintable } from './quoted-printable.ts';
import { parseIpWords } from './ip-address.ts';
import { FLAG_TABLES, dictTables, type DictTable } from './crit-tables.ts';
import { EncodeError } from './message-encode.ts';

/** Python's `int(text, 0)`: optional sign, 0x/0o/0b prefixes, underscores between digits. */
export function parsePyInt(text: string): bigint | undefined {
  const m = /^\s*([+-]?)(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|0+|[1-9][0-9_]*)\s*$/.exec(
    text,
  );
  if (!m) return undefined;
  const body = m[2].replace(/_/g, '');
  const v = /^0+$/.test(body) ? 0n : BigInt(body.toLowerCase());
  return m[1] === '-' ? -v : v;
}

function integerFromString(f: FieldSchema, s: string, dicts: Record<string, DictTable>): bigint {
  if (f.hints.dev) {
    const [maj, min] = s.split(':').map((x) => BigInt(x.trim()));
    if (f.hints.odev) {
      // glibc makedev() on a 64-bit dev_t.
      return (
        ((maj & 0xfffn) << 8n) | ((maj & ~0xfffn) << 32n) | (min & 0xffn) | ((min & ~0xffn) << 12n)
      );
    }
    return (maj << 20n) | min;
  }
  const table = f.hints.flags ? FLAG_TABLES[f.hints.flags] : undefined;
  if (table) {
    if (s === '') return 0n;
    let sum = 0n;
    for (const part of s.split('|').map((x) => x.trim())) {
      const bit = table.find(([name]) => name === part)?.[1] ?? parsePyInt(part);
      if (bit === undefined) throw new EncodeError(`field ${f.name}: unknown flag ${part}`);
      sum += bit;
    }
    return sum;
  }
  if (f.hints.dict) {
    const table = dicts[f.hints.dict]?.[f.name];
    for (const [n, label] of table ?? []) if (label === s) return BigInt(n);
  }
  const v = parsePyInt(s);
  if (v === undefined) throw new EncodeError(`field ${f.name}: not an integer: ${s}`);
  return v;
}

class Reader {
  readonly #dicts: Record<string, DictTable>;
  constructor(critCompat: boolean) {
    this.#dicts = dictTables(critCompat);
  }

  message(obj: JsonValue, schema: MessageSchema): Entry {
    if (!isJsonObject(obj)) throw new EncodeError(`${schema.name}: expected an object`);
    const entry: Entry = {};
    for (const f of schema.fields) {
      if (!Object.hasOwn(obj, f.name)) continue;
      const v = obj[f.name];
      if (!f.repeated) {
        entry[f.name] = this.value(f, v);
        continue;
      }
      if (!Array.isArray(v)) throw new EncodeError(`field ${f.name}: expected a list`);
      if (f.hints.ipadd && typeof v[0] === 'string') {
        const words = parseIpWords(v[0]);
        if (!words) throw new EncodeError(`field ${f.name}: bad address ${v[0]}`);
        entry[f.name] = words;
      } else entry[f.name] = v.map((x) => this.value(f, x));
    }
    return entry;
  }

  value(f: FieldSchema, v: JsonValue): unknown {
    switch (f.type) {
      case 'message':
        return this.message(v, f.message as MessageSchema);
      case 'bytes':
        if (typeof v !== 'string') throw new EncodeError(`field ${f.name}: expected a string`);
        return f.hints.conv === 'unix_name' ? decodeQuotedPrintable(v) : decodeBytes(v);
      case 'enum': {
        if (typeof v === 'bigint' || typeof v === 'number') return Number(v);
        const n = typeof v === 'string' ? f.enumType?.byName.get(v) : undefined;
        if (n === undefined) throw new EncodeError(`field ${f.name}: unknown enum value ${v}`);
        return n;
      }
      case 'bool':
        if (typeof v !== 'boolean') throw new EncodeError(`field ${f.name}: expected a boolean`);
        return v;
      case 'string':
        if (typeof v !== 'string') throw new EncodeError(`field ${f.name}: expected a string`);
        return v;
      case 'float':
      case 'double':
        return Number(v);
      default: {
        let n: bigint;
        if (typeof v === 'bigint') n = v;
        else if (typeof v === 'number' && Number.isInteger(v)) n = BigInt(v);
        else if (typeof v === 'string') n = integerFromString(f, v, this.#dicts);
        else throw new EncodeError(`field ${f.name}: expected an integer`);
        return INT64_TYPES.has(f.type) ? n : Number(n);
      }
    }
  }
}

export function critDictToEntry(obj: JsonValue, schema: MessageSchema, critCompat = false): Entry {
  return new Reader(critCompat).message(obj, schema);
}

/**
 * Entry → JSON value, following crit's pb2dict rule for rule, so that the JSON text matches
 * `crit decode` (plain) and `crit decode --pretty`:
 *  - fields in field-number order, only those present (empty repeated fields are absent);
 *  - enums by name, bytes as Python base64 (or quoted-printable for `conv: unix_name`),
 *    in both modes;
 *  - pretty mode only: `hex` (inherited by everything inside a hex message), `dev`/`odev`
 *    as major:minor, `flags` spelled with the flag tables, `dict` labels, `ipadd` addresses.
 */
import type { Entry } from './types.ts';
import type { FieldSchema, MessageSchema } from './schema.ts';
import type { JsonObject, JsonValue } from './json-value.ts';
import { encodeBytes } from './py-base64.ts';
import { encodeQuotedPrintable } from './quoted-printable.ts';
import { formatIpWords } from './ip-address.ts';
import { FLAG_TABLES, dictTables, type DictTable, type FlagTable } from './crit-tables.ts';

export interface CritFormatOptions {
  pretty: boolean;
  /** Reproduce crit's (wrong) `task_state` labels, for comparing with crit output. */
  critCompat?: boolean;
}

const KERN_MINORBITS = 20n;

/** Python's `"0x%x" % v`. */
export function pyHex(v: bigint): string {
  return v < 0n ? `-0x${(-v).toString(16)}` : `0x${v.toString(16)}`;
}

function formatDev(v: bigint, old: boolean): string {
  if (old) {
    // glibc major()/minor() on a 64-bit dev_t (what os.major/os.minor call).
    const major = ((v >> 8n) & 0xfffn) | ((v >> 32n) & ~0xfffn);
    const minor = (v & 0xffn) | ((v >> 12n) & ~0xffn);
    return `${major}:${minor}`;
  }
  return `${v >> KERN_MINORBITS}:${v & ((1n << KERN_MINORBITS) - 1n)}`;
}

export function formatFlags(v: bigint, table: FlagTable): string {
  const names: string[] = [];
  let rest = v;
  let all = 0n;
  for (const [name, bit] of table) {
    if (v & bit) names.push(name);
    all += bit;
  }
  rest &= ~all;
  if (rest) names.push(pyHex(rest));
  return names.join(' | ');
}

class Formatter {
  readonly #dicts: Record<string, DictTable>;
  constructor(readonly opts: CritFormatOptions) {
    this.#dicts = dictTables(opts.critCompat ?? false);
  }

  message(entry: Entry, schema: MessageSchema, inheritedHex = false): JsonObject {
    const out: JsonObject = {};
    for (const f of schema.fields) {
      if (!Object.hasOwn(entry, f.name)) continue;
      const v = entry[f.name];
      if (f.repeated) {
        const list = v as unknown[];
        if (list.length === 0) continue;
        if (this.opts.pretty && f.hints.ipadd) out[f.name] = [formatIpWords(list as number[])];
        else out[f.name] = list.map((x) => this.value(f, x, inheritedHex));
      } else out[f.name] = this.value(f, v, inheritedHex);
    }
    return out;
  }

  value(f: FieldSchema, v: unknown, inheritedHex: boolean): JsonValue {
    const hex = inheritedHex || f.hints.hex === true;
    switch (f.type) {
      case 'message':
        return this.message(v as Entry, f.message as MessageSchema, hex);
      case 'bytes':
        return f.hints.conv === 'unix_name'
          ? encodeQuotedPrintable(v as Uint8Array)
          : encodeBytes(v as Uint8Array);
      case 'enum':
        // crit fails on a value the enum does not name; we print the number instead.
        return f.enumType?.byNumber.get(v as number) ?? BigInt(v as number);
      case 'bool':
        return v as boolean;
      case 'string':
        return v as string;
      case 'float':
      case 'double':
        return v as number;
      default:
        return this.integer(f, BigInt(v as number | bigint), hex);
    }
  }

  integer(f: FieldSchema, v: bigint, hex: boolean): JsonValue {
    if (!this.opts.pretty) return v;
    if (hex) return pyHex(v);
    if (f.hints.dev) return formatDev(v, f.hints.odev === true);
    if (f.hints.flags) {
      const table = FLAG_TABLES[f.hints.flags];
      return table ? formatFlags(v, table) : pyHex(v);
    }
    if (f.hints.dict) {
      const label = this.#dicts[f.hints.dict]?.[f.name]?.get(Number(v));
      return label ?? v;
    }
    return v;
  }
}

export function entryToCritDict(
  entry: Entry,
  schema: MessageSchema,
  opts: CritFormatOptions,
): JsonObject {
  return new Formatter(opts).message(entry, schema);
}

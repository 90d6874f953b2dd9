/**
 * Bookmark targets in and out of JSON. A target holds exact 64-bit addresses (`bigint`), which
 * JSON cannot: they travel as decimal strings and are checked field by field on the way back,
 * because a case file is read from disk and may be anyone's.
 */
import type { BookmarkTarget } from './types.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** One string per target, equal for equal targets: finds the bookmark of a thing on the page. */
export function targetKey(target: BookmarkTarget): string {
  return JSON.stringify(targetToJson(target));
}

/** The target as plain JSON (bigints as decimal strings), keys in a fixed order. */
export function targetToJson(target: BookmarkTarget): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(target) as [string, unknown][]) {
    if (value === undefined) continue;
    out[key] = typeof value === 'bigint' ? value.toString() : (value as Json);
  }
  return out;
}

/** The fields of each kind of target and what each holds; `?` marks an optional one. */
const SHAPES: Record<BookmarkTarget['to'], Record<string, FieldKind>> = {
  process: { pid: 'int' },
  fd: { pid: 'int', fd: 'int' },
  socket: { id: 'int' },
  vma: { pid: 'int', start: 'u64', end: 'u64' },
  address: { pid: 'int', address: 'u64', length: 'int?' },
  rootfs: { path: 'text', offset: 'int?' },
  file: { fileId: 'int', offset: 'int?' },
  image: { name: 'text' },
  finding: { ruleId: 'text', summary: 'text' },
  row: { table: 'text', key: 'text' },
  event: { timestampUs: 'i64', timestampDesc: 'text', message: 'text' },
};

type FieldKind = 'int' | 'int?' | 'u64' | 'i64' | 'text';

/** Longest text field kept from a case file (a path, a summary, an event message). */
export const MAX_TARGET_TEXT = 4096;

/**
 * A target read back from JSON, or a reason it is not one. Text stays text, exactly as written
 * (the page renders it as text); numbers must be what the field holds.
 */
export function targetFromJson(value: unknown): BookmarkTarget | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not an object';
  const record = value as Record<string, unknown>;
  const to = record['to'];
  if (typeof to !== 'string' || !Object.hasOwn(SHAPES, to)) return 'unknown kind of target';
  const shape = SHAPES[to as BookmarkTarget['to']];
  const out: Record<string, unknown> = { to };
  for (const [field, kind] of Object.entries(shape)) {
    const raw = record[field];
    if (raw === undefined && kind === 'int?') continue;
    const read = readField(raw, kind);
    if (read === undefined) return `field ${field} of a ${to} target is not valid`;
    out[field] = read;
  }
  return out as BookmarkTarget;
}

function readField(raw: unknown, kind: FieldKind): number | bigint | string | undefined {
  switch (kind) {
    case 'int':
    case 'int?':
      return typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= 0 ? raw : undefined;
    case 'u64':
      return typeof raw === 'string' && /^\d{1,20}$/.test(raw) && BigInt(raw) < 2n ** 64n
        ? BigInt(raw)
        : undefined;
    case 'i64':
      if (typeof raw !== 'string' || !/^-?\d{1,19}$/.test(raw)) return undefined;
      return BigInt(raw) >= -(2n ** 63n) && BigInt(raw) < 2n ** 63n ? BigInt(raw) : undefined;
    case 'text':
      return typeof raw === 'string' && raw.length <= MAX_TARGET_TEXT ? raw : undefined;
  }
}

/**
 * Tolerant accessors over decoded CRIU entries. The decoder hands us plain objects whose
 * fields may be absent (proto2 optional), 64-bit values arrive as bigint and 32-bit ones as
 * number; a damaged image can put anything anywhere. These helpers never throw so that one
 * odd field cannot stop the model from being built.
 */
import type { Entry } from '../criu/types.ts';

export type { Entry };

export function isEntry(v: unknown): v is Entry {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);
}

/** A sub-message, or undefined. */
export function obj(e: Entry | undefined, key: string): Entry | undefined {
  const v = e?.[key];
  return isEntry(v) ? v : undefined;
}

/** A repeated field as an array (empty when absent). */
export function arr(e: Entry | undefined, key: string): unknown[] {
  const v = e?.[key];
  return Array.isArray(v) ? v : [];
}

/** A repeated sub-message field, keeping only well-formed elements. */
export function entries(e: Entry | undefined, key: string): Entry[] {
  return arr(e, key).filter(isEntry);
}

/** A number-valued field; 64-bit values are narrowed (use `big` when exactness matters). */
export function num(e: Entry | undefined, key: string): number | undefined {
  return toNum(e?.[key]);
}

export function toNum(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  return undefined;
}

/** A field as an exact bigint (64-bit addresses, sizes, counters). */
export function big(e: Entry | undefined, key: string): bigint | undefined {
  return toBig(e?.[key]);
}

export function toBig(v: unknown): bigint | undefined {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v);
  return undefined;
}

export function str(e: Entry | undefined, key: string): string | undefined {
  const v = e?.[key];
  if (typeof v === 'string') return v;
  if (v instanceof Uint8Array) return new TextDecoder().decode(v);
  return undefined;
}

export function bool(e: Entry | undefined, key: string): boolean | undefined {
  const v = e?.[key];
  return typeof v === 'boolean' ? v : undefined;
}

export function bytes(e: Entry | undefined, key: string): Uint8Array | undefined {
  const v = e?.[key];
  if (v instanceof Uint8Array) return v;
  if (typeof v === 'string') return new TextEncoder().encode(v);
  return undefined;
}

export function has(e: Entry | undefined, key: string): boolean {
  return e !== undefined && Object.prototype.hasOwnProperty.call(e, key);
}

/** Numbers of a repeated scalar field (u32 arrays such as addresses or capability words). */
export function nums(e: Entry | undefined, key: string): number[] {
  return arr(e, key)
    .map(toNum)
    .filter((n): n is number => n !== undefined);
}

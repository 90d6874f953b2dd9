/**
 * 64-bit address helpers. Addresses stay `bigint` end to end (x86_64 user space reaches
 * 0x7fff_ffff_ffff and the vsyscall page sits at 0xffff_ffff_ff60_0000, beyond 2^53).
 */

export const U64_MAX = (1n << 64n) - 1n;

/**
 * A decoded protobuf integer as bigint. The decoder gives u64 as bigint and u32 as number;
 * crit-style JSON may give hex strings. Anything else is not an integer and yields undefined.
 */
export function toBigInt(v: unknown): bigint | undefined {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number' && Number.isSafeInteger(v)) return BigInt(v);
  if (typeof v === 'string' && /^(0x[0-9a-f]+|\d+)$/i.test(v.trim())) return BigInt(v.trim());
  return undefined;
}

/** A u64 field: like toBigInt, but only values in [0, 2^64) (damaged input may hold others). */
export function toU64(v: unknown): bigint | undefined {
  const b = toBigInt(v);
  return b !== undefined && b >= 0n && b <= U64_MAX ? b : undefined;
}

/** A decoded 32-bit field as a number (flags, prot, ids). */
export function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'bigint' && v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= 0n) return Number(v);
  return undefined;
}

/** `0x7fdf284f5000`: lower-case hex with a prefix, the form JSON output uses for addresses. */
export function hex(a: bigint): string {
  return `0x${a.toString(16)}`;
}

/**
 * Parses a user-typed address or length: `0x…` hex, plain decimal, or bare hex containing a-f.
 * Returns undefined for anything else, including negatives and values beyond 64 bits.
 */
export function parseAddress(text: string): bigint | undefined {
  const t = text.trim().replace(/_/g, '');
  let v: bigint;
  if (/^0x[0-9a-f]+$/i.test(t)) v = BigInt(t);
  else if (/^\d+$/.test(t)) v = BigInt(t);
  else if (/^[0-9a-f]+$/i.test(t)) v = BigInt(`0x${t}`);
  else return undefined;
  return v <= U64_MAX ? v : undefined;
}

export const minBig = (a: bigint, b: bigint): bigint => (a < b ? a : b);
export const maxBig = (a: bigint, b: bigint): bigint => (a > b ? a : b);

/**
 * Turning kernel bit masks and enum numbers into the names a person reads. Unknown bits are
 * kept as a hex remainder instead of being dropped, so nothing in the checkpoint is hidden.
 */
export type FlagTable = ReadonlyArray<readonly [number, string]>;

/** Names of the bits set in `value`, most significant table order kept. */
export function flagNames(value: number | undefined, table: FlagTable): string[] {
  if (value === undefined) return [];
  const names: string[] = [];
  let rest = value >>> 0;
  for (const [bit, name] of table) {
    if (bit !== 0 && (rest & bit) === bit) {
      names.push(name);
      rest = (rest & ~bit) >>> 0;
    }
  }
  if (rest !== 0) names.push(`0x${rest.toString(16)}`);
  return names;
}

/** Name of an enum value, or `UNKNOWN(n)` so that the raw number stays visible. */
export function enumName(
  value: number | undefined,
  table: Readonly<Record<number, string>>,
): string {
  if (value === undefined) return 'UNKNOWN';
  return table[value] ?? `UNKNOWN(${value})`;
}

/** Indices of set bits in a 64-bit mask given as bigint (signal sets, capability words). */
export function setBits(mask: bigint): number[] {
  const out: number[] = [];
  for (let i = 0; mask > 0n; i++, mask >>= 1n) if (mask & 1n) out.push(i);
  return out;
}

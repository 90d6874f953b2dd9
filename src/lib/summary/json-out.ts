/**
 * JSON text for values that hold `bigint` (64-bit counters stay exact, as the house rules
 * require): bigints are written as bare integers, which JSON.stringify refuses to do.
 */
export function toJson(value: unknown, indent = 2): string {
  // A per-call marker, so a string from the checkpoint cannot pose as a bigint.
  const marker = `\u0000big${Math.random().toString(36).slice(2)}:`;
  const text = JSON.stringify(
    value,
    (_key, v: unknown) => (typeof v === 'bigint' ? `${marker}${v.toString()}` : v),
    indent,
  );
  const escaped = JSON.stringify(marker).slice(1, -1);
  return text.replace(
    new RegExp(`"${escaped.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}(-?\\d+)"`, 'g'),
    '$1',
  );
}

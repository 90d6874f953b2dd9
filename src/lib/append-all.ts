/**
 * `target.push(...items)` passes every item as an argument: with a few hundred thousand rows
 * (an attacker's checkpoint can hold that many processes, fds or problems) it overflows the
 * call stack. Append one by one instead.
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest value, or `empty` for none; `Math.max(...values)` fails the same way. */
export function maxOf(values: Iterable<number>, empty = 0): number {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  return max === -Infinity ? empty : max;
}

/** The smallest value, or `empty` for none; `Math.min(...values)` fails like `Math.max`. */
export function minOf(values: Iterable<number>, empty = 0): number {
  let min = Infinity;
  for (const v of values) if (v < min) min = v;
  return min === Infinity ? empty : min;
}

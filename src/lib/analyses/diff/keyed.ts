/** Matching two lists by key and comparing flat records of display values. */
import type { DiffStatus, FieldChange, SectionCounts } from './types.ts';

export interface Paired<T> {
  key: string;
  a?: T;
  b?: T;
}

/**
 * Pairs the items of `a` and `b` with equal keys, in B's order then A's leftovers. Items that
 * share a key on one side are paired in order (the first with the first), so duplicates are
 * never lost.
 */
export function pairByKey<T>(a: readonly T[], b: readonly T[], key: (t: T) => string): Paired<T>[] {
  const left = new Map<string, T[]>();
  for (const x of a) {
    const k = key(x);
    const list = left.get(k);
    if (list) list.push(x);
    else left.set(k, [x]);
  }
  const out: Paired<T>[] = [];
  for (const y of b) {
    const k = key(y);
    const x = left.get(k)?.shift();
    out.push(x === undefined ? { key: k, b: y } : { key: k, a: x, b: y });
  }
  for (const [k, rest] of left) for (const x of rest) out.push({ key: k, a: x });
  return out;
}

/** Display values of one entry, by field name; undefined means "not known on this side". */
export type Facts = Record<string, string | undefined>;

/** The fields whose values differ, in the order of `a`'s keys then `b`'s new ones. */
export function compareFacts(a: Facts, b: Facts): FieldChange[] {
  const out: FieldChange[] = [];
  const seen = new Set<string>();
  for (const field of [...Object.keys(a), ...Object.keys(b)]) {
    if (seen.has(field)) continue;
    seen.add(field);
    const x = a[field];
    const y = b[field];
    if (x === y) continue;
    const change: FieldChange = { field };
    if (x !== undefined) change.a = x;
    if (y !== undefined) change.b = y;
    out.push(change);
  }
  return out;
}

/** A pair's status: one-sided, or changed when it has field changes or `alsoChanged`. */
export function statusOf<T>(
  p: Paired<T>,
  changes: readonly FieldChange[],
  alsoChanged = false,
): DiffStatus {
  if (p.a === undefined) return 'added';
  if (p.b === undefined) return 'removed';
  return changes.length || alsoChanged ? 'changed' : 'unchanged';
}

export function countStatuses(items: readonly { status: DiffStatus }[]): SectionCounts {
  const c: SectionCounts = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  for (const i of items) c[i.status]++;
  return c;
}

/** Set difference of two string lists, as sorted lists. */
export function listDelta(
  a: readonly string[],
  b: readonly string[],
): { added: string[]; removed: string[] } {
  const sa = new Set(a);
  const sb = new Set(b);
  return {
    added: [...sb].filter((x) => !sa.has(x)).sort(),
    removed: [...sa].filter((x) => !sb.has(x)).sort(),
  };
}

/** A list as one display value (`a, b, c`), or undefined when absent. */
export const listText = (v: readonly (string | number)[] | undefined): string | undefined =>
  v === undefined ? undefined : v.length ? v.join(', ') : '(none)';

/** Optional scalar as display text. */
export const valueText = (v: string | number | bigint | boolean | undefined): string | undefined =>
  v === undefined ? undefined : String(v);

/**
 * Column definitions for DataTable: how a row's cell reads, sorts and exports. `value` is
 * what sorting and export see (numbers stay numbers, bigints stay exact); `text` is what is
 * shown and filtered, when it differs from the value.
 */
export type CellValue = string | number | bigint | boolean | undefined | null;

export interface Column<T> {
  /** Stable id, CSV header and JSON key. */
  key: string;
  label: string;
  value: (row: T) => CellValue;
  text?: (row: T) => string;
  /** CSS grid track, e.g. `5rem` or `minmax(8rem, 2fr)`; `1fr` by default. */
  width?: string;
  align?: 'right';
  mono?: boolean;
  /** Makes the cell a link (same-page hash routes). */
  href?: (row: T) => string | undefined;
}

export function cellText<T>(column: Column<T>, row: T): string {
  if (column.text) return column.text(row);
  const v = column.value(row);
  return v === undefined || v === null ? '' : String(v);
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Ascending order; empty values sort last in both directions (see `sortRows`). */
export function compareValues(a: CellValue, b: CellValue): number {
  if (typeof a === 'number' || typeof a === 'bigint')
    if (typeof b === 'number' || typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  return collator.compare(String(a), String(b));
}

export type SortDirection = 'asc' | 'desc';

export function sortRows<T>(rows: readonly T[], column: Column<T>, direction: SortDirection): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  const empty = (v: CellValue) => v === undefined || v === null || v === '';
  return [...rows].sort((x, y) => {
    const a = column.value(x);
    const b = column.value(y);
    if (empty(a) || empty(b)) return Number(empty(a)) - Number(empty(b));
    return sign * compareValues(a, b);
  });
}

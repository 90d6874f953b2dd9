/**
 * DataTable's columns: a table's column definition from `src/lib/table` (key, label, value,
 * text) plus how the page lays it out. Tables of the model take their columns from
 * `MODEL_TABLES` and add only a `Layout`; a table that exists only on the page (a diff, the
 * environment) defines whole columns here.
 */
import { cellText as libCellText, type CellValue, type ColumnDef } from '../../lib/table/column.ts';

export type { CellValue };

/** Presentation only: nothing here changes what a cell says or exports. */
export interface Presentation<T> {
  /** CSS grid track, e.g. `5rem` or `minmax(8rem, 2fr)`; `1fr` by default. */
  width?: string;
  align?: 'right';
  mono?: boolean;
  /** Makes the cell a link (same-page hash routes). */
  href?: (row: T) => string | undefined;
}

export type Column<T> = ColumnDef<T> & Presentation<T>;

/** Per column key, its presentation; columns not named here are left out of the page. */
export type Layout<T> = Record<string, Presentation<T>>;

/** A table's defined columns, in their defined order, with the page's presentation. */
export function present<T>(columns: readonly ColumnDef<T>[], layout: Layout<T>): Column<T>[] {
  return columns
    .filter((c) => Object.hasOwn(layout, c.key))
    .map((c) => ({ ...c, ...layout[c.key] }));
}

export const cellText = libCellText;

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

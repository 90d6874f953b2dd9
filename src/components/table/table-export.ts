/** Saves the rows a table shows (filtered and sorted) as CSV or JSON, built in the page. */
import { toCsv, toJsonRows, type ExportColumn } from '../../lib/table/csv.ts';
import { saveBytes } from '../download.ts';
import type { Column } from './columns.ts';

export function exportRows<T>(
  rows: readonly T[],
  columns: readonly Column<T>[],
  name: string,
  format: 'csv' | 'json',
): void {
  const cols: ExportColumn<T>[] = columns.map((c) => ({ key: c.key, value: c.value }));
  const text = format === 'csv' ? toCsv(rows, cols) : toJsonRows(rows, cols);
  const type = format === 'csv' ? 'text/csv' : 'application/json';
  saveBytes(new TextEncoder().encode(text), `${name}.${format}`, type);
}

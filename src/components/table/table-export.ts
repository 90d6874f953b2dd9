/** Saves the rows a table shows (filtered and sorted) as CSV or JSON, built in the page. */
import { toCsvWithSource, toJsonRowsWithSource, type ExportColumn } from '../../lib/table/csv.ts';
import { analyser } from '../../state/analyser.svelte.ts';
import { saveBytes } from '../download.ts';
import type { Column } from './columns.ts';

export function exportRows<T>(
  rows: readonly T[],
  columns: readonly Column<T>[],
  name: string,
  format: 'csv' | 'json',
): void {
  const cols: ExportColumn<T>[] = columns.map((c) => ({ key: c.key, value: c.value }));
  // The input's name and digest travel with every export (chain of custody).
  const source = {
    archive: analyser.inputName,
    ...(analyser.sha256 ? { sha256: analyser.sha256 } : {}),
  };
  const text =
    format === 'csv'
      ? toCsvWithSource(rows, cols, source)
      : toJsonRowsWithSource(rows, cols, source);
  const type = format === 'csv' ? 'text/csv' : 'application/json';
  saveBytes(new TextEncoder().encode(text), `${name}.${format}`, type);
}

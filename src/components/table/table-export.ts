/** Saves the rows a table shows (filtered and sorted) as CSV or JSON, built in the page. */
import { toCsv, toJsonRowsWithSource, type ExportColumn } from '../../lib/table/csv.ts';
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
  // The input's name and digest travel with the JSON export (chain of custody); the CSV is
  // pure RFC 4180, so a CSV reader sees the header first.
  const source = {
    archive: analyser.inputName,
    ...(analyser.sha256 ? { sha256: analyser.sha256 } : {}),
  };
  const text = format === 'csv' ? toCsv(rows, cols) : toJsonRowsWithSource(rows, cols, source);
  const type = format === 'csv' ? 'text/csv' : 'application/json';
  saveBytes(new TextEncoder().encode(text), `${name}.${format}`, type);
}

/** Saves the rows a table shows (filtered and sorted) as CSV or JSON, built in the page. */
import { toCsv, toJsonRowsWithSource, type ExportColumn } from '../../lib/table/csv.ts';
import { analyser } from '../../state/analyser.svelte.ts';
import { saveArtefactBytes } from '../../state/artefacts.ts';
import type { Column } from './columns.ts';
import { visibleText } from '../../lib/visible-text.ts';

export function exportRows<T>(
  rows: readonly T[],
  columns: readonly Column<T>[],
  name: string,
  format: 'csv' | 'json',
): void {
  // CSV is read by people (and spreadsheets): hidden characters are shown as escapes there,
  // and `toCsv` still neutralises formulas. JSON keeps the raw values, for tools.
  const shown = (c: Column<T>) => (row: T) => {
    const v = c.value(row);
    return typeof v === 'string' ? visibleText(v) : v;
  };
  const cols: ExportColumn<T>[] = columns.map((c) => ({
    key: c.key,
    value: format === 'csv' ? shown(c) : c.value,
  }));
  // The input's name and digest travel with the JSON export (chain of custody); the CSV is
  // pure RFC 4180, so a CSV reader sees the header first.
  const source = {
    archive: analyser.inputName,
    ...(analyser.sha256 ? { sha256: analyser.sha256 } : {}),
  };
  const text = format === 'csv' ? toCsv(rows, cols) : toJsonRowsWithSource(rows, cols, source);
  const type = format === 'csv' ? 'text/csv' : 'application/json';
  const what = `${format.toUpperCase()} of the ${name} table (${rows.length} rows)`;
  void saveArtefactBytes(new TextEncoder().encode(text), `${name}.${format}`, type, what);
}

/**
 * A table column as data: its key (CSV header, JSON key), the label a person reads, the
 * value (what sorting and the exports see: numbers stay numbers, bigints exact) and, when it
 * differs, the text shown. Defined once per table in `tables/`, beside the rows; the page adds
 * only presentation (width, alignment, monospace, links) and the CLI renders the same columns
 * as text, CSV or JSON.
 */
export type CellValue = string | number | bigint | boolean | undefined | null;

export interface ColumnDef<R> {
  key: string;
  label: string;
  value: (row: R) => CellValue;
  /** What is shown and filtered, when it differs from `value`. */
  text?: (row: R) => string;
}

/**
 * A column that shows a row field as it is (`field('pid', 'PID')`); `text` when the shown text
 * differs from the value.
 */
export function field<R, K extends keyof R & string>(
  key: K,
  label: string,
  text?: (row: R) => string,
): ColumnDef<R> {
  const column: ColumnDef<R> = { key, label, value: (r) => r[key] as CellValue };
  if (text) column.text = text;
  return column;
}

export function cellText<R>(column: ColumnDef<R>, row: R): string {
  if (column.text) return column.text(row);
  const v = column.value(row);
  return v === undefined || v === null ? '' : String(v);
}

/** Which rows of a table: a container of a pod checkpoint, and optionally one process. */
export interface TableScope {
  /** Container index; 0 by default. */
  container?: number;
  /** Only this process's rows (tables that belong to processes). */
  pid?: number;
}

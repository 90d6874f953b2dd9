/**
 * CSV and JSON for table exports, shared by the worker (whole tables) and the page (the rows
 * in hand). CSV follows RFC 4180: fields with a comma, quote or line break are quoted. A
 * field that starts with `= + - @` gets a leading apostrophe, because checkpoint strings are
 * untrusted and a spreadsheet would otherwise run them as formulas.
 */
import { toJson } from '../model/json.ts';

export interface ExportColumn<T> {
  /** Column header and JSON key. */
  key: string;
  value: (row: T) => unknown;
}

function cellText(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (Array.isArray(v)) return v.map(cellText).join(' ');
  if (typeof v === 'object') return toJson(v, 0);
  return String(v);
}

export function csvField(v: unknown): string {
  let s = cellText(v);
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv<T>(rows: readonly T[], columns: readonly ExportColumn<T>[]): string {
  const lines = [columns.map((c) => csvField(c.key)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(c.value(row))).join(','));
  return lines.join('\r\n') + '\r\n';
}

/** Rows as a JSON array of objects keyed by column; bigints stay exact. */
export function toJsonRows<T>(rows: readonly T[], columns: readonly ExportColumn<T>[]): string {
  return toJson(
    rows.map((row) => Object.fromEntries(columns.map((c) => [c.key, c.value(row)]))),
    2,
  );
}

/** Every own field of plain row objects, in first-seen order: columns for a whole table. */
export function columnsOf<T extends object>(rows: readonly T[]): ExportColumn<T>[] {
  const keys = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) keys.add(k);
  return [...keys].map((key) => ({ key, value: (r: T) => (r as Record<string, unknown>)[key] }));
}

/** Case-insensitive substring match over a row's values (arrays and nested values included). */
export function rowMatches(row: object, needle: string): boolean {
  if (!needle) return true;
  const n = needle.toLowerCase();
  return Object.values(row).some((v) => cellText(v).toLowerCase().includes(n));
}

/** Where exported rows came from, for the chain of custody. */
export interface ExportSource {
  archive: string;
  sha256?: string;
}

/**
 * CSV with the source on a first `#` comment line (pandas `comment='#'`, R `comment.char`;
 * a spreadsheet shows it as a first row). The archive name is untrusted: line breaks go.
 */
export function toCsvWithSource<T>(
  rows: readonly T[],
  columns: readonly ExportColumn<T>[],
  source: ExportSource,
): string {
  const name = source.archive.replace(/[\r\n]+/g, ' ');
  const line = `# cc-analyser export of ${name}${source.sha256 ? `, SHA-256 ${source.sha256}` : ''}`;
  return `${line}\r\n${toCsv(rows, columns)}`;
}

/** JSON rows with their source: `{source: {archive, sha256}, rows: [...]}`. */
export function toJsonRowsWithSource<T>(
  rows: readonly T[],
  columns: readonly ExportColumn<T>[],
  source: ExportSource,
): string {
  return toJson(
    {
      source,
      rows: rows.map((row) => Object.fromEntries(columns.map((c) => [c.key, c.value(row)]))),
    },
    2,
  );
}

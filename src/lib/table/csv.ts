/**
 * The one CSV writer (and its JSON sibling) for table exports, used by the page and the CLI.
 * CSV is pure RFC 4180: the header is the first line, fields with a comma, quote or line
 * break are quoted, lines end in CRLF. Checkpoint strings are untrusted, so every text cell
 * that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe
 * (OWASP's CSV-injection advice): a spreadsheet would otherwise run it as a formula, and
 * `-2+3` or `-1+cmd|' /C calc'!A0` are formulas too. Numbers we wrote ourselves (number,
 * bigint) are left as they are. The JSON export carries the raw, unneutralised values.
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

/** What a spreadsheet would treat as the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(v: unknown): string {
  let s = cellText(v);
  const ours = typeof v === 'number' || typeof v === 'bigint';
  if (!ours && FORMULA_START.test(s)) s = `'${s}`;
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

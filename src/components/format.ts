/** Display formatting shared by the views. */
import { formatBytes as checkpointctlBytes } from '../lib/summary/format.ts';

/** Sizes as checkpointctl prints them, so the page and `npm run cli -- show` agree. */
export function formatBytes(n: number | bigint | undefined | null): string {
  if (n === undefined || n === null) return '—';
  return checkpointctlBytes(n);
}

/**
 * Exact count with thousands separators (`12,345`), for tables where precision matters.
 * Written out rather than `toLocaleString('en-US')`: the first Intl number format the page
 * builds costs ~40 ms (measured), most of the render after a checkpoint opens.
 */
export function formatCount(n: number | bigint): string {
  if (typeof n === 'number' && !Number.isInteger(n)) return n.toLocaleString('en-US');
  const digits = String(n);
  const sign = digits.startsWith('-') ? '-' : '';
  return sign + digits.slice(sign.length).replace(/\B(?=(\d{3})+$)/g, ',');
}

export function formatRate(bytesPerSecond: number): string {
  if (!Number.isFinite(bytesPerSecond) || bytesPerSecond <= 0) return '—';
  return `${(bytesPerSecond / 1e6).toFixed(1)} MB/s`;
}

export function formatPercent(part: number, total: number): string {
  if (!total) return '';
  return `${Math.min(100, (100 * part) / total).toFixed(0)} %`;
}

/** Dates stay in UTC with the zone named (one rule for the page, the CLI and the exports). */
export { utcDate as formatDate } from '../lib/table/cell-format.ts';

/**
 * Dates in table cells: UTC with the zone named, because analysts compare them with logs from
 * other hosts. The page's `formatDate` is this one.
 */
export function utcDate(value: string | number | Date | undefined | null): string {
  if (value === undefined || value === null || value === '') return '—';
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) return String(value);
  return d
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, ' UTC')
    .replace(/Z$/, ' UTC');
}

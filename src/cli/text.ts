import { visibleText } from '../lib/visible-text.ts';
import { maxOf } from '../lib/append-all.ts';

/**
 * Strings from a checkpoint are untrusted; on a terminal, control characters (escape
 * sequences) could rewrite the screen and bidi or zero-width characters hide what a name
 * really is. Show them as visible escapes instead (one rule for the CLI and the page).
 */
export const printable = visibleText;

/** A table like Go's tabwriter as checkpointctl uses it: upper-case headers, dashed rules. */
export function table(headers: string[], rows: string[][], gap = 3): string {
  const cells = [
    headers,
    headers.map((h) => '-'.repeat(h.length)),
    ...rows.map((r) => r.map(printable)),
  ];
  const widths = headers.map((_, i) => maxOf(cells.map((r) => (r[i] ?? '').length)));
  return cells
    .map((r) =>
      r
        .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] + gap)))
        .join('')
        .trimEnd(),
    )
    .join('\n');
}

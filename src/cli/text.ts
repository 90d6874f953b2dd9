/**
 * Strings from a checkpoint are untrusted; on a terminal, control characters (escape
 * sequences) could rewrite the screen. Show them as visible escapes instead.
 */
export function printable(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const control = code < 0x20 || (code >= 0x7f && code <= 0x9f);
    out += control ? `\\x${code.toString(16).padStart(2, '0')}` : ch;
  }
  return out;
}

/** A table like Go's tabwriter as checkpointctl uses it: upper-case headers, dashed rules. */
export function table(headers: string[], rows: string[][], gap = 3): string {
  const cells = [
    headers,
    headers.map((h) => '-'.repeat(h.length)),
    ...rows.map((r) => r.map(printable)),
  ];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  return cells
    .map((r) =>
      r
        .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] + gap)))
        .join('')
        .trimEnd(),
    )
    .join('\n');
}

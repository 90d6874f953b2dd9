/**
 * Text into HTML, for the report. Every string that reaches the document goes through `text`:
 * checkpoint strings are hostile (`<script>`, `"onerror=`, bidi overrides that reorder what a
 * reader sees, megabyte-long names), so hidden characters become visible escapes, the length
 * is capped, and the five HTML metacharacters are entities — in text and in attribute values.
 */
import { visibleText } from '../visible-text.ts';

/** Longer strings are cut: a report is read by people, and one string must not drown it. */
export const MAX_TEXT = 2000;

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** A string as safe HTML text: visible, capped, escaped. */
export function text(s: string | number | bigint | undefined, max = MAX_TEXT): string {
  if (s === undefined) return '';
  const shown = visibleText(String(s));
  // Cut by code points so that a surrogate pair is never split in two.
  const points = Array.from(shown);
  const cut =
    points.length > max
      ? `${points.slice(0, max).join('')}… [${points.length - max} more characters]`
      : shown;
  return escapeHtml(cut);
}

/** One HTML element with escaped text content and a fixed class (classes are ours). */
export function el(tag: string, content: string, cls?: string): string {
  return `<${tag}${cls ? ` class="${cls}"` : ''}>${content}</${tag}>`;
}

/**
 * A table from already-escaped cells. `columns` gives each column a class of ours: `n` for
 * short values that must not wrap (numbers, times, states), `long` for text that may break
 * anywhere (command lines, paths, digests) — so long values, not short ones, give way.
 */
export function table(
  headers: string[],
  rows: string[][],
  options: { cls?: string; columns?: ('n' | 'long' | '')[] } = {},
): string {
  const at = (i: number) => {
    const c = options.columns?.[i];
    return c ? ` class="${c}"` : '';
  };
  const head = `<thead><tr>${headers.map((h, i) => `<th${at(i)}>${escapeHtml(h)}</th>`).join('')}</tr></thead>`;
  const body = rows
    .map((r) => `<tr>${r.map((c, i) => `<td${at(i)}>${c}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table${options.cls ? ` class="${options.cls}"` : ''}>${head}<tbody>\n${body}\n</tbody></table>`;
}

/** A two-column table of label → already-escaped value, skipping absent values. */
export function facts(rows: [string, string | undefined][]): string {
  const shown = rows.filter((r): r is [string, string] => r[1] !== undefined && r[1] !== '');
  return `<table class="facts"><tbody>\n${shown
    .map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${v}</td></tr>`)
    .join('\n')}\n</tbody></table>`;
}

/** "Showing the first N of M." when a list was capped, else nothing. */
export function more(shown: number, total: number, what: string): string {
  if (total <= shown) return '';
  return `<p class="more">${total - shown} more ${escapeHtml(what)} not listed (the first ${shown} of ${total} are shown).</p>`;
}

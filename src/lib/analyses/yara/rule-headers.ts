/**
 * Rule names and tags from the text of a rules file. The engine reports a matched rule by
 * name only (no tags, no namespace), so the tags are read here from each rule's header
 * (`[private] [global] rule NAME [: TAG…] {`). Only headers are parsed: comments, text
 * strings, regular expressions and the brace-balanced bodies are skipped.
 */

export interface RuleHeader {
  name: string;
  tags: string[];
  /** 1-based line of the `rule` keyword. */
  line: number;
}

const HEADER =
  /^((?:(?:private|global)\s+)*)rule\s+([A-Za-z_][A-Za-z0-9_]*)\s*(?::\s*([A-Za-z0-9_\s]*?))?\s*\{/;

export function ruleHeaders(text: string): RuleHeader[] {
  const out: RuleHeader[] = [];
  let depth = 0;
  let line = 1;
  let i = 0;
  // The last non-space character outside comments, to tell a regex `/` (after `=`) from others.
  let last = '';
  while (i < text.length) {
    const c = text[i];
    if (c === '\n') line++;
    if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      line += count(text, i, stop);
      i = stop;
      continue;
    }
    if (c === '"' || (c === '/' && depth > 0 && last === '=')) {
      i = skipQuoted(text, i, c);
      last = c;
      continue;
    }
    if (depth === 0 && /[A-Za-z_]/.test(c) && (i === 0 || !/[A-Za-z0-9_]/.test(text[i - 1]))) {
      const m = HEADER.exec(text.slice(i, i + 4096));
      if (m) {
        out.push({
          name: m[2],
          tags: (m[3] ?? '').split(/\s+/).filter(Boolean),
          line,
        });
        line += count(text, i, i + m[0].length);
        i += m[0].length;
        depth = 1;
        last = '{';
        continue;
      }
    }
    if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    if (!/\s/.test(c)) last = c;
    i++;
  }
  return out;
}

function skipQuoted(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length && text[i] !== quote && text[i] !== '\n') {
    i += text[i] === '\\' ? 2 : 1;
  }
  return i + 1;
}

function count(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

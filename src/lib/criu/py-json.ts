/**
 * A JSON writer that prints exactly what Python's `json.dumps` prints with crit's settings:
 * default separators `", "`/`": "` on one line, or `indent=4` (item separator `","` then a
 * newline), `ensure_ascii` escaping (`\uXXXX`, surrogate pairs above the BMP), and integers as
 * plain digits (bigint included).
 */
import type { JsonValue } from './json-value.ts';

const ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

export function pyJsonString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const c = s.charCodeAt(i);
    const esc = ESCAPES[ch];
    if (esc) out += esc;
    else if (c < 0x20 || c > 0x7e) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + '"';
}

function pyFloat(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  if (Number.isInteger(n) && Math.abs(n) < 1e16) return n.toFixed(1);
  // Python pads exponents to two digits (1e-07); JS does not (1e-7).
  return String(n).replace(/e([+-])(\d)$/, 'e$10$2');
}

export function pyJsonDumps(value: JsonValue, indent?: number): string {
  const parts: string[] = [];
  const write = (v: JsonValue, depth: number): void => {
    if (v === null) parts.push('null');
    else if (typeof v === 'boolean') parts.push(v ? 'true' : 'false');
    else if (typeof v === 'bigint') parts.push(v.toString());
    else if (typeof v === 'number') parts.push(pyFloat(v));
    else if (typeof v === 'string') parts.push(pyJsonString(v));
    else {
      const isArray = Array.isArray(v);
      const items: Array<[string | null, JsonValue]> = isArray
        ? v.map((x) => [null, x])
        : Object.entries(v);
      const [open, close] = isArray ? ['[', ']'] : ['{', '}'];
      if (items.length === 0) {
        parts.push(open + close);
        return;
      }
      const inner = indent === undefined ? '' : '\n' + ' '.repeat(indent * (depth + 1));
      const outer = indent === undefined ? '' : '\n' + ' '.repeat(indent * depth);
      const sep = indent === undefined ? ', ' : ',' + inner;
      parts.push(open + inner);
      items.forEach(([k, x], i) => {
        if (i > 0) parts.push(sep);
        if (k !== null) parts.push(pyJsonString(k) + ': ');
        write(x, depth + 1);
      });
      parts.push(outer + close);
    }
  };
  write(value, 0);
  return parts.join('');
}

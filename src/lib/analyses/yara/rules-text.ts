/**
 * Checks a rules file before it reaches the engine. The engine accepts an empty text (no
 * rules: nothing can match) and stops at the first NUL of a binary file with an unhelpful
 * message; both are the analyst picking the wrong file, so both get a clear error here.
 */
import { ruleHeaders, type RuleHeader } from './rule-headers.ts';

export interface RulesText {
  /** The bytes handed to the engine (as given). */
  bytes: Uint8Array;
  text: string;
  headers: RuleHeader[];
}

/** The rules ready for the engine, or an error message a person can act on. */
export function readRulesText(bytes: Uint8Array, name = 'the rules file'): RulesText | string {
  if (bytes.length === 0) return `${name} is empty: it holds no YARA rules`;
  if (bytes.includes(0)) {
    return `${name} is not a YARA rules file: it holds binary data (a NUL byte at offset ${bytes.indexOf(0)})`;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return `${name} is not a YARA rules file: it is not UTF-8 text`;
  }
  // Only comments and blanks: empty. Other text without rule headers goes to the compiler,
  // whose error names the line.
  if (!/\S/.test(text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, ''))) {
    return `${name} is empty: it holds no YARA rules`;
  }
  return { bytes, text, headers: ruleHeaders(text) };
}

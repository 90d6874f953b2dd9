/**
 * A rules file made ready for a scan: checked (empty, binary), compiled once on no data so
 * that syntax errors come back with their line numbers before any memory is read, and its
 * rule tags read from the text (the engine reports names only).
 */
import type { YaraEngine, YaraMessage } from './engine.ts';
import { readRulesText } from './rules-text.ts';

export interface YaraRules {
  /** The text handed to the engine for every scanned block. */
  bytes: Uint8Array;
  /** Rule name → tags. */
  tags: Map<string, string[]>;
  ruleCount: number;
  warnings: YaraMessage[];
}

export interface YaraRulesError {
  /** One line for a person: the first error with its line number. */
  message: string;
  errors: YaraMessage[];
}

export function isRulesError(r: YaraRules | YaraRulesError): r is YaraRulesError {
  return 'message' in r;
}

export function compileRules(
  engine: YaraEngine,
  bytes: Uint8Array,
  name = 'the rules file',
): YaraRules | YaraRulesError {
  const text = readRulesText(bytes, name);
  if (typeof text === 'string') return { message: text, errors: [] };
  const checked = engine.run(new Uint8Array(0), text.bytes);
  if (checked.errors.length) {
    const first = checked.errors[0];
    const more = checked.errors.length > 1 ? ` (and ${checked.errors.length - 1} more)` : '';
    return {
      message: `${name}, line ${first.line}: ${first.message}${more}`,
      errors: checked.errors,
    };
  }
  if (text.headers.length === 0) {
    return { message: `${name} holds no YARA rule (no \`rule NAME { … }\` was found)`, errors: [] };
  }
  return {
    bytes: text.bytes,
    tags: new Map(text.headers.map((h) => [h.name, h.tags])),
    ruleCount: text.headers.length,
    warnings: checked.warnings,
  };
}

/** `line 3: undefined identifier "foo"`, the form the CLI and the page print. */
export function formatMessage(m: YaraMessage): string {
  return m.line > 0 ? `line ${m.line}: ${m.message}` : m.message;
}

/**
 * gitleaks-format TOML → rules. Go's RE2 syntax is mostly JavaScript's; what differs and is
 * common in gitleaks files is translated: a leading `(?i)` (or any `(?i)`, which then applies
 * to the whole pattern: JavaScript has no scoped flags in every engine we run on), `(?P<name>`,
 * `\z`, POSIX classes. A rule that still does not compile is reported, not fatal.
 */
import { parse } from 'smol-toml';
import { problem, type Problem } from '../../problems.ts';
import { requiredLiteral } from '../../memory/regex-literal.ts';
import { BUILTIN_RULES_TOML } from './builtin-rules.ts';
import type { Confidence, SecretRule } from './types.ts';

/** Matches the memory scan looks for around a keyword when a rule names no `window:N`. */
export const DEFAULT_WINDOW = 1024;
const MAX_WINDOW = 1 << 20;

const POSIX: Record<string, string> = {
  alnum: 'A-Za-z0-9',
  alpha: 'A-Za-z',
  digit: '0-9',
  lower: 'a-z',
  upper: 'A-Z',
  space: '\\s',
  xdigit: '0-9A-Fa-f',
  punct: '!-\\/:-@\\[-`{-~',
  word: '\\w',
};

/** A Go regex as a JavaScript RegExp source and flags. */
export function translateGoRegex(source: string): { source: string; flags: string } {
  let flags = '';
  let s = source;
  if (/\(\?[a-z]*i[a-z]*\)/.test(s)) flags += 'i';
  if (/\(\?[a-z]*s[a-z]*\)/.test(s)) flags += 's';
  if (/\(\?[a-z]*m[a-z]*\)/.test(s)) flags += 'm';
  s = s.replace(/\(\?[ims]+\)/g, '');
  s = s.replace(/\(\?([ims]+):/g, '(?:');
  s = s.replace(/\(\?P</g, '(?<');
  s = s.replace(/\\z/g, '$').replace(/\\A/g, '^');
  s = s.replace(/\[:(\w+):\]/g, (m, name: string) => POSIX[name] ?? m);
  return { source: s, flags };
}

/**
 * smol-toml's error as ` at line L, column C: what`; its message also quotes the lines around
 * the error, which a one-line problem would run together, so only its first line is kept.
 */
function tomlError(e: unknown): string {
  const err = e as { message?: unknown; line?: unknown; column?: unknown };
  const first = String(err.message ?? e)
    .split('\n')[0]!
    .replace(/^Invalid TOML document: /, '');
  const where =
    typeof err.line === 'number'
      ? ` at line ${err.line}${typeof err.column === 'number' ? `, column ${err.column}` : ''}`
      : '';
  return `${where}: ${first}`;
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function compile(source: string, label: string, problems: Problem[]): RegExp | undefined {
  const t = translateGoRegex(source);
  try {
    return new RegExp(t.source, t.flags + 'gd');
  } catch (e) {
    problems.push(
      problem('unsupported', `${label}: the regex does not compile here: ${(e as Error).message}`, {
        severity: 'warning',
      }),
    );
    return undefined;
  }
}

/** Rules from gitleaks TOML text; `label` names the file in problems. */
export function parseRules(
  text: string,
  label: string,
): { rules: SecretRule[]; problems: Problem[] } {
  const problems: Problem[] = [];
  let doc: Record<string, unknown>;
  try {
    doc = parse(text) as Record<string, unknown>;
  } catch (e) {
    problems.push(
      problem('unsupported', `${label} is not valid TOML${tomlError(e)}`, { file: label }),
    );
    return { rules: [], problems };
  }
  const list = Array.isArray(doc.rules) ? (doc.rules as Record<string, unknown>[]) : [];
  if (list.length === 0)
    problems.push(
      problem('unsupported', `${label} has no [[rules]]`, { file: label, severity: 'warning' }),
    );
  const rules: SecretRule[] = [];
  for (const [i, r] of list.entries()) {
    const id = typeof r.id === 'string' && r.id ? r.id : `rule-${i + 1}`;
    if (typeof r.regex !== 'string') {
      problems.push(
        problem(
          'unsupported',
          `${label}: rule ${id} has no regex (path-only rules do not apply to memory)`,
          {
            file: label,
            severity: 'warning',
          },
        ),
      );
      continue;
    }
    const regex = compile(r.regex, `${label}: rule ${id}`, problems);
    if (!regex) continue;
    const tags = strings(r.tags);
    const tag = (name: string) =>
      tags.find((t) => t.startsWith(name + ':'))?.slice(name.length + 1);
    let keywords = strings(r.keywords)
      .map((k) => k.toLowerCase())
      .filter(Boolean);
    if (keywords.length === 0) {
      // gitleaks runs keyword-less rules on everything; over memory, a fixed part is needed.
      const lit = requiredLiteral(translateGoRegex(r.regex).source);
      if (lit && lit.length >= 3) keywords = [lit.toLowerCase()];
    }
    const window = Number(tag('window'));
    const conf = tag('confidence');
    const allow = [
      ...(r.allowlist && typeof r.allowlist === 'object'
        ? [r.allowlist as Record<string, unknown>]
        : []),
      ...(Array.isArray(r.allowlists) ? (r.allowlists as Record<string, unknown>[]) : []),
    ];
    const rule: SecretRule = {
      id,
      description: typeof r.description === 'string' ? r.description : id,
      regex,
      keywords,
      confidence: conf === 'high' || conf === 'low' ? (conf as Confidence) : 'medium',
      window:
        Number.isInteger(window) && window > 0 ? Math.min(window, MAX_WINDOW) : DEFAULT_WINDOW,
      allowRegexes: allow
        .flatMap((a) => strings(a.regexes))
        .map((s) => compile(s, `${label}: allowlist of ${id}`, problems))
        .filter((x): x is RegExp => x !== undefined)
        .map((re) => new RegExp(re.source, re.flags.replace(/[gd]/g, ''))),
      stopwords: allow.flatMap((a) => strings(a.stopwords)).map((s) => s.toLowerCase()),
      tags,
    };
    if (typeof r.secretGroup === 'number') rule.secretGroup = r.secretGroup;
    if (typeof r.entropy === 'number') rule.entropy = r.entropy;
    if (tag('check') === 'jwt') rule.check = 'jwt';
    if (keywords.length === 0)
      problems.push(
        problem(
          'unsupported',
          `${label}: rule ${id} has no keywords and no fixed part: it is run on environments, argv and files, not over process memory`,
          { file: label, severity: 'info' },
        ),
      );
    rules.push(rule);
  }
  return { rules, problems };
}

let builtin: SecretRule[] | undefined;

/** The built-in set (parsed once). */
export function builtinRules(): SecretRule[] {
  builtin ??= parseRules(BUILTIN_RULES_TOML, 'built-in rules').rules;
  return builtin;
}

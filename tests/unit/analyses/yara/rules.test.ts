import { beforeAll, describe, expect, it } from 'vitest';
import { loadYaraEngine, type YaraEngine } from '../../../../src/lib/analyses/yara/engine.ts';
import { NoEvalFunction } from '../../../../src/lib/analyses/yara/no-eval-function.ts';
import { ruleHeaders } from '../../../../src/lib/analyses/yara/rule-headers.ts';
import { compileRules, isRulesError } from '../../../../src/lib/analyses/yara/rules.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('YARA rules files', () => {
  let engine: YaraEngine;
  beforeAll(async () => {
    engine = await loadYaraEngine();
  }, 120_000);

  it('gives a syntax error with its line number', () => {
    const r = compileRules(
      engine,
      utf8('rule a {\n  strings:\n    $a = "x"\n  condition:\n    $a and\n}\n'),
      'bad.yar',
    );
    expect(isRulesError(r)).toBe(true);
    if (!isRulesError(r)) return;
    expect(r.errors[0].line).toBe(6);
    expect(r.message).toMatch(/^bad\.yar, line 6: syntax error/);
  });

  it('names an undefined identifier and its line', () => {
    const r = compileRules(engine, utf8('rule a\n{\n  condition:\n    nothing_here\n}\n'));
    expect(isRulesError(r) && r.errors[0]).toEqual({
      line: 4,
      message: 'undefined identifier "nothing_here"',
    });
  });

  it('refuses an empty file, a file of blanks and comments, and a binary file', () => {
    const cases: Array<[Uint8Array, RegExp]> = [
      [new Uint8Array(0), /is empty/],
      [utf8('  \n// only a comment\n/* and\nanother */\n'), /is empty/],
      [
        new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]),
        /binary data \(a NUL byte at offset 7\)/,
      ],
      [new Uint8Array([0x72, 0x75, 0x6c, 0x65, 0xff, 0xfe]), /not UTF-8 text/],
    ];
    for (const [bytes, message] of cases) {
      const r = compileRules(engine, bytes, 'x.yar');
      expect(isRulesError(r) && r.message).toMatch(message);
    }
  });

  it('refuses text that compiles but has no rule', () => {
    const r = compileRules(engine, utf8('import "hash"\n'));
    expect(isRulesError(r) && r.message).toMatch(/holds no YARA rule/);
  });

  it('reads tags from rule headers, skipping comments, strings and regexes', () => {
    const text = [
      '// rule fake : nope {',
      'private rule helper { condition: true }',
      'global rule g : one two',
      '{',
      '  strings: $a = "rule x : y {" $b = /rule z : w \\{/ $c = { 41 [1-2] 42 }',
      '  condition: any of them',
      '}',
      '/* rule hidden : tag { } */',
      'rule last:t3{condition:false}',
    ].join('\n');
    expect(ruleHeaders(text)).toEqual([
      { name: 'helper', tags: [], line: 2 },
      { name: 'g', tags: ['one', 'two'], line: 3 },
      { name: 'last', tags: ['t3'], line: 9 },
    ]);
  });
});

describe('the engine on bytes (each feature, byte for byte)', () => {
  let engine: YaraEngine;
  beforeAll(async () => {
    engine = await loadYaraEngine();
  }, 120_000);

  it('matches bytes 0x80–0x9F as they are (no windows-1252 remapping)', () => {
    const data = new Uint8Array(256).map((_, i) => i);
    const r = engine.run(
      data,
      utf8('rule hi { strings: $h = { 7F 80 81 ?? 83 [20-30] 9F } condition: $h }'),
    );
    expect(r.errors).toEqual([]);
    expect(r.matches.map((m) => [m.rule, m.strings])).toEqual([
      ['hi', [{ identifier: '$h', offset: 0x7f, length: 0x9f - 0x7f + 1 }]],
    ]);
  });

  it('handles wide, nocase, regex, counts, offsets, meta and the hash module', () => {
    const text = 'xx' + 'S\0e\0c\0r\0e\0t\0' + 'yy SECRET secret ' + 'end';
    const data = Uint8Array.from(text, (c) => c.charCodeAt(0));
    const rules = [
      'import "hash"',
      'rule w { meta: severity = "high" n = 7 b = true strings: $w = "Secret" wide condition: $w at 2 }',
      'rule n { strings: $n = "secret" nocase condition: #n == 2 and @n[2] == 24 }',
      'rule r { strings: $r = /s[a-z]{4}t\\x20e/ condition: $r }',
      `rule h { condition: hash.md5(0, 3) == "${'5fa5a1d3c6a2b3e5c25d4c6bf4f6f9c7'}" or hash.crc32(0, 2) == 0x${crc32('xx').toString(16)} }`,
    ].join('\n');
    const r = engine.run(data, utf8(rules));
    expect(r.errors).toEqual([]);
    const byRule = Object.fromEntries(r.matches.map((m) => [m.rule, m]));
    expect(Object.keys(byRule).sort()).toEqual(['h', 'n', 'r', 'w']);
    expect(byRule.w.strings).toEqual([{ identifier: '$w', offset: 2, length: 12 }]);
    expect(byRule.w.meta).toEqual([
      { key: 'severity', value: 'high' },
      { key: 'n', value: '7' },
      { key: 'b', value: 'true' },
    ]);
    expect(byRule.n.strings.map((s) => s.offset)).toEqual([17, 24]);
    expect(byRule.r.strings).toEqual([{ identifier: '$r', offset: 24, length: 8 }]);
  });

  it('creates no code from strings: the stand-in for Function refuses anything but embind glue', () => {
    expect(() => new NoEvalFunction('return 1')).toThrow(EvalError);
    expect(() => NoEvalFunction('a', 'b', 'return a + b')).toThrow(EvalError);
  });
});

/** CRC-32 (IEEE), computed here to give the hash module's crc32 an independent expected value. */
function crc32(s: string): number {
  let c = ~0;
  for (const ch of s) {
    c ^= ch.charCodeAt(0);
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

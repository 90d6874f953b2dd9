import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  bytesToClasses,
  compileClasses,
  parseHexPattern,
  textToBytes,
} from '../../../src/lib/memory/byte-pattern.ts';
import { horspool } from '../../../src/lib/memory/horspool.ts';
import { requiredLiteral } from '../../../src/lib/memory/regex-literal.ts';
import { latin1 } from '../../../src/lib/memory/latin1.ts';

function naive(hay: Uint8Array, classes: (number[] | null)[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + classes.length <= hay.length; i++) {
    if (classes.every((c, j) => c === null || c.includes(hay[i + j]))) out.push(i);
  }
  return out;
}

function found(hay: Uint8Array, classes: (number[] | null)[]): number[] {
  const out: number[] = [];
  horspool(hay, compileClasses(classes), 0, hay.length, (p) => out.push(p));
  return out;
}

describe('byte patterns and Horspool', () => {
  it('agrees with a naive search, wildcards and case folding included', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 0, maxLength: 300 }).map((a) => a.map((b) => b % 4)),
        fc.array(fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }), {
          minLength: 1,
          maxLength: 6,
        }),
        (hay, pat) => {
          if (pat.every((p) => p === null)) return;
          const classes = pat.map((p) => (p === null ? null : [p]));
          expect(found(hay, classes)).toEqual(naive(hay, classes));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('agrees with a naive search for ASCII case-insensitive needles', () => {
    const alphabet = [0x61, 0x41, 0x62, 0x42, 0x00];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...alphabet), { maxLength: 300 }),
        fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 6 }),
        (hay, needle) => {
          const classes = bytesToClasses(Uint8Array.from(needle), true) as number[][];
          expect(found(Uint8Array.from(hay), classes)).toEqual(
            naive(Uint8Array.from(hay), classes),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finds needles starting with 0x00 in zero-heavy memory', () => {
    const hay = new Uint8Array(10000);
    hay.set([0, 1, 2, 3], 5000);
    expect(found(hay, [[0], [1], [2], [3]])).toEqual([5000]);
  });

  it('parses hex with ?? wildcards in several spellings', () => {
    expect(parseHexPattern('de ad ?? ef')).toEqual([[0xde], [0xad], null, [0xef]]);
    expect(parseHexPattern('0xde,0xAD??ef')).toEqual([[0xde], [0xad], null, [0xef]]);
    expect(parseHexPattern('abc')).toMatch(/odd/);
    expect(parseHexPattern('zz')).toMatch(/not a hex/);
    expect(parseHexPattern('?? ??')).toMatch(/at least one/);
  });

  it('encodes UTF-16LE and folds ASCII case only', () => {
    expect([...textToBytes('Ab', true)]).toEqual([0x41, 0, 0x62, 0]);
    const cls = bytesToClasses(textToBytes('a-Z'), true);
    expect(cls).toEqual([[0x61, 0x41], [0x2d], [0x7a, 0x5a]]);
  });

  it('decodes bytes to latin1 one code unit per byte, 0x80-0x9f included', () => {
    const s = latin1(Uint8Array.from([0x41, 0x80, 0x9f, 0xff]));
    expect([...s].map((c) => c.charCodeAt(0))).toEqual([0x41, 0x80, 0x9f, 0xff]);
  });
});

describe('required literal of a regex', () => {
  it.each([
    ['password=\\w+', 'password='],
    ['api_key":"sk-[a-z0-9]+', 'api_key":"sk-'],
    ['MEMHOG-NEEDLE-\\d+', 'MEMHOG-NEEDLE-'],
    ['ab?cdef', 'cdef'],
    ['(foo|bar)baz', 'baz'],
    ['x\\.y\\.zz', 'x.y.zz'],
    ['\\x41\\x42C', 'ABC'],
    ['colou?r', 'colo'],
    ['a{0,3}bcd', 'bcd'],
    ['q+uick', 'uick'],
  ])('%s → %s', (src, lit) => {
    expect(requiredLiteral(src)).toBe(lit);
  });

  it.each(['foo|bar', '[a-z]+', '\\d{4}', '(abc)'])('%s has none', (src) => {
    expect(requiredLiteral(src)).toBeUndefined();
  });
});

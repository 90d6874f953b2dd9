/** The helpers that replace spreads into calls: they must take more items than a call can. */
import { describe, expect, it } from 'vitest';
import { appendAll, maxOf, minOf } from '../../../src/lib/append-all.ts';

// More than V8 passes as arguments (a spread of this many throws RangeError).
const MANY = 500_000;
const many = Array.from({ length: MANY }, (_, i) => (i * 7919) % MANY);

describe('appendAll, maxOf, minOf', () => {
  it('handle more items than fit in a call', () => {
    expect(() => Math.min(...many)).toThrow(RangeError);
    const target = [1];
    expect(appendAll(target, many)).toBe(target);
    expect(target.length).toBe(MANY + 1);
    expect(maxOf(many)).toBe(MANY - 1);
    expect(minOf(many)).toBe(0);
  });

  it('give the stated value for no items', () => {
    expect(maxOf([])).toBe(0);
    expect(minOf([], Infinity)).toBe(Infinity);
    expect(minOf([3, -2, 5])).toBe(-2);
  });
});

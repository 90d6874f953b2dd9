import { describe, expect, test } from 'vitest';
import { formatCount } from '../../../src/components/format.ts';

describe('formatCount', () => {
  test('groups thousands exactly like en-US, for numbers and bigints', () => {
    for (const n of [0, 7, 999, 1000, 12_345, 999_999, 1_000_000, -1234, 2 ** 53 - 1])
      expect(formatCount(n)).toBe(n.toLocaleString('en-US'));
    expect(formatCount(2n ** 64n - 1n)).toBe('18,446,744,073,709,551,615');
    expect(formatCount(-5_000n)).toBe('-5,000');
    expect(formatCount(1234.5)).toBe('1,234.5');
  });
});

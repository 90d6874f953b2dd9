import { describe, expect, it } from 'vitest';
import { warningHeadline } from '../../../src/components/warning-headline.ts';
import type { ProblemGroup } from '../../../workers/protocol.ts';

const missing = (image: string) => ({
  code: 'pages-missing' as const,
  severity: 'warning' as const,
  message: `${image} is missing; its pages read as not available`,
  image,
});

describe('warningHeadline', () => {
  it('names every place a group covers, not the first member alone', () => {
    const g: ProblemGroup = {
      code: 'pages-missing',
      severity: 'warning',
      count: 3,
      examples: [missing('pages-1.img'), missing('pages-2.img'), missing('pages-3.img')],
    };
    expect(warningHeadline(g)).toBe(
      '3 problems in 3 places: pages-1.img, pages-2.img, pages-3.img',
    );
  });
  it('keeps the message of a group of one problem, and counts beyond the examples', () => {
    const one: ProblemGroup = {
      ...missing('pages-1.img'),
      count: 1,
      examples: [missing('pages-1.img')],
    };
    expect(warningHeadline(one)).toBe('pages-1.img is missing; its pages read as not available');
    const many: ProblemGroup = {
      ...one,
      count: 50,
      examples: Array(20).fill(missing('pages-1.img')),
    };
    expect(warningHeadline(many)).toBe(
      '50 problems in pages-1.img, e.g. pages-1.img is missing; its pages read as not available',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { PAGE_BYTES, contentPage } from '../../../src/components/content-pages.ts';

describe('contentPage', () => {
  it('pages through the whole content, the last page holding the rest', () => {
    const total = 3 * PAGE_BYTES + 100;
    expect(contentPage(total, 0)).toEqual({ offset: 0, length: PAGE_BYTES, index: 0, pages: 4 });
    expect(contentPage(total, 3)).toEqual({
      offset: 3 * PAGE_BYTES,
      length: 100,
      index: 3,
      pages: 4,
    });
    // Every byte is on exactly one page.
    let seen = 0;
    for (let i = 0; i < 4; i++) seen += contentPage(total, i).length;
    expect(seen).toBe(total);
  });
  it('clamps out-of-range pages and keeps one page for empty content', () => {
    expect(contentPage(10, 7)).toEqual({ offset: 0, length: 10, index: 0, pages: 1 });
    expect(contentPage(0, -1)).toEqual({ offset: 0, length: 0, index: 0, pages: 1 });
  });
});

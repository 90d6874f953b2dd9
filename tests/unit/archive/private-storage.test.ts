import { describe, expect, it } from 'vitest';
import { storageLooksPrivate } from '../../../src/lib/archive/private-storage.ts';

const GiB = 1024 ** 3;

describe('storageLooksPrivate', () => {
  it('a quota below twice the heap limit reads as memory-backed storage', () => {
    expect(storageLooksPrivate({ quota: 1.5 * GiB, heapLimit: 4 * GiB })).toBe(true);
    expect(storageLooksPrivate({ quota: 120 * GiB, heapLimit: 4 * GiB })).toBe(false);
  });
  it('falls back to a 4 GiB heap limit, and says nothing without a quota', () => {
    expect(storageLooksPrivate({ quota: 2 * GiB })).toBe(true);
    expect(storageLooksPrivate({ quota: 10 * GiB })).toBe(false);
    expect(storageLooksPrivate({})).toBe(false);
    expect(storageLooksPrivate({ quota: 0 })).toBe(false);
  });
});

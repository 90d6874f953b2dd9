import { describe, expect, it } from 'vitest';
import { hashAlongsideOpen } from '../../../src/worker-client/hash-schedule.ts';

describe('when the page hashes its input', () => {
  it('waits for the open on two logical cores or fewer', () => {
    expect(hashAlongsideOpen(1)).toBe(false);
    expect(hashAlongsideOpen(2)).toBe(false);
  });

  it('hashes alongside the open with more cores, or when the count is unknown', () => {
    expect(hashAlongsideOpen(3)).toBe(true);
    expect(hashAlongsideOpen(16)).toBe(true);
    expect(hashAlongsideOpen(undefined)).toBe(true);
    expect(hashAlongsideOpen(Number.NaN)).toBe(true);
  });
});

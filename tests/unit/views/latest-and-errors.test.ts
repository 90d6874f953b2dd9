/** The two small helpers every state class and worker API uses. */
import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../../src/lib/error-message.ts';
import { Latest } from '../../../src/lib/latest.ts';

describe('Latest', () => {
  it('keeps only the newest ticket current', () => {
    const latest = new Latest();
    const a = latest.next();
    expect(a.current()).toBe(true);
    const b = latest.next();
    expect(a.current()).toBe(false);
    expect(b.current()).toBe(true);
    expect(b.id).toBeGreaterThan(a.id);
  });

  it('drops a slow reply of a superseded request', async () => {
    const latest = new Latest();
    const shown: string[] = [];
    const request = async (value: string, delay: Promise<void>) => {
      const ticket = latest.next();
      await delay;
      if (ticket.current()) shown.push(value);
    };
    let releaseOld!: () => void;
    const old = request('old', new Promise((r) => (releaseOld = r)));
    await request('new', Promise.resolve());
    releaseOld();
    await old;
    expect(shown).toEqual(['new']);
  });

  it('invalidate makes every outstanding ticket stale', () => {
    const latest = new Latest();
    const a = latest.next();
    latest.invalidate();
    expect(a.current()).toBe(false);
  });
});

describe('errorMessage', () => {
  it('reads Errors, error-like objects and anything else', () => {
    expect(errorMessage(new TypeError('bad'))).toBe('bad');
    expect(errorMessage({ message: 'from a worker' })).toBe('from a worker');
    expect(errorMessage('plain')).toBe('plain');
    expect(errorMessage(42)).toBe('42');
    expect(errorMessage(undefined)).toBe('undefined');
  });
});

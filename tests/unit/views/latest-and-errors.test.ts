/** The two small helpers every state class and worker API uses. */
import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../../src/lib/error-message.ts';
import { Latest, runLatest } from '../../../src/lib/latest.ts';

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

describe('runLatest', () => {
  /** A run whose reports and end the test drives by hand. */
  function manualRun() {
    let send!: (r: number) => void;
    let finish!: (v: string) => void;
    let reject!: (e: unknown) => void;
    const run = (onReport: (r: number) => void) => {
      send = onReport;
      return new Promise<string>((resolve, fail) => {
        finish = resolve;
        reject = fail;
      });
    };
    return {
      run,
      send: (r: number) => send(r),
      finish: (v: string) => finish(v),
      reject: (e: unknown) => reject(e),
    };
  }

  function recorder() {
    const seen: string[] = [];
    return {
      seen,
      on: {
        report: (r: number) => seen.push(`report ${r}`),
        done: (v: string) => seen.push(`done ${v}`),
        fail: (m: string) => seen.push(`fail ${m}`),
        settle: () => seen.push('settle'),
      },
    };
  }

  it('passes reports, the value and the end of the current run', async () => {
    const latest = new Latest();
    const m = manualRun();
    const r = recorder();
    const running = runLatest(latest.next(), m.run, r.on);
    m.send(1);
    m.send(2);
    m.finish('ok');
    await running;
    expect(r.seen).toEqual(['report 1', 'report 2', 'done ok', 'settle']);
  });

  it('turns a rejected call into a message', async () => {
    const m = manualRun();
    const r = recorder();
    const running = runLatest(new Latest().next(), m.run, r.on);
    m.reject(new Error('worker gone'));
    await running;
    expect(r.seen).toEqual(['fail worker gone', 'settle']);
  });

  it('tells nothing of a run superseded while it ran', async () => {
    const latest = new Latest();
    const old = manualRun();
    const r = recorder();
    const running = runLatest(latest.next(), old.run, r.on);
    old.send(1);
    latest.next();
    old.send(2);
    old.finish('late');
    await running;
    expect(r.seen).toEqual(['report 1']);
  });
});

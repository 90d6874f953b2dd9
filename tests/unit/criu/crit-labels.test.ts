/**
 * Where crit is wrong we are right, and say so here. crit 4.2's `gen` dict labels task_state
 * {1: Alive, 3: Zombie, 6: Stopped}; CRIU (compel's TASK_* values) has 2 = Dead (how a zombie
 * is dumped), 3 = Stopped, 6 = Zombie. `critCompat` reproduces crit for the oracle comparison.
 */
import { describe, expect, it } from 'vitest';
import { decodeImage } from '../../../src/lib/criu/decode-image.ts';
import { encodeImage } from '../../../src/lib/criu/encode-image.ts';
import { toCritValue, toCritJson } from '../../../src/lib/criu/crit-json.ts';

function coreWithState(taskState: number): Uint8Array {
  return encodeImage({
    magic: 'CORE',
    entries: [
      {
        mtype: 1,
        tc: {
          task_state: taskState,
          exit_code: 0,
          personality: 0,
          flags: 0x400100,
          blk_sigset: 0n,
          comm: 'zombie',
        },
      },
    ],
    problems: [],
  });
}

function prettyState(bytes: Uint8Array, critCompat: boolean): unknown {
  const value = toCritValue(decodeImage(bytes, 'core-9.img'), { pretty: true, critCompat });
  return (value.entries as Array<{ tc: { task_state: unknown } }>)[0].tc.task_state;
}

describe('task_state labels (pretty mode)', () => {
  it.each([
    [1, 'Alive', 'Alive'],
    [2, 'Dead', 2n],
    [3, 'Stopped', 'Zombie'],
    [6, 'Zombie', 'Stopped'],
    [5, 5n, 5n],
  ])('%i is %s (crit says %s)', (state, ours, crit) => {
    const bytes = coreWithState(state);
    expect(prettyState(bytes, false)).toBe(ours);
    expect(prettyState(bytes, true)).toBe(crit);
  });

  it('plain mode prints the number either way', () => {
    const decoded = decodeImage(coreWithState(6), 'core-9.img');
    expect(toCritJson(decoded)).toContain('"task_state": 6');
  });

  it('encodes each label set back to the same number', () => {
    for (const state of [1, 2, 3, 6]) {
      const bytes = coreWithState(state);
      const decoded = decodeImage(bytes, 'core-9.img');
      expect(encodeImage(toCritJson(decoded, { pretty: true }))).toEqual(bytes);
      const critJson = toCritJson(decoded, { pretty: true, critCompat: true });
      expect(encodeImage(critJson, { critCompat: true })).toEqual(bytes);
    }
  });
});

describe('where crit fails outright', () => {
  it('prints an enum value the schema does not name as its number (crit raises)', () => {
    const bytes = encodeImage({ magic: 'CORE', entries: [{ mtype: 99 }], problems: [] });
    const decoded = decodeImage(bytes, 'core-1.img');
    expect(toCritJson(decoded)).toBe('{"magic": "CORE", "entries": [{"mtype": 99}]}');
    expect(encodeImage(toCritJson(decoded, { pretty: true }))).toEqual(bytes);
  });
});

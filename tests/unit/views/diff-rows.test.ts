import { describe, expect, test } from 'vitest';
import { changesText, signed, visibleRows } from '../../../src/views/compare/diff-rows.ts';

describe('comparison view helpers', () => {
  test('changes read as one line, an absent side as a dash', () => {
    expect(
      changesText([
        { field: 'state', a: 'Alive', b: 'Stopped' },
        { field: 'exe', b: '/bin/sh' },
        { field: 'cwd', a: '/tmp' },
      ]),
    ).toBe('state: Alive → Stopped; exe: — → /bin/sh; cwd: /tmp → —');
    expect(changesText([])).toBe('');
  });

  test('unchanged rows are hidden unless asked for', () => {
    const rows = [
      { status: 'unchanged' as const, id: 1 },
      { status: 'added' as const, id: 2 },
      { status: 'changed' as const, id: 3 },
    ];
    expect(visibleRows(rows, false).map((r) => r.id)).toEqual([2, 3]);
    expect(visibleRows(rows, true).map((r) => r.id)).toEqual([1, 2, 3]);
  });

  test('signed deltas', () => {
    expect(signed(0)).toBe('no change');
    expect(signed(5)).toBe('+5');
    expect(signed(-4096, (n) => `${n / 1024} KiB`)).toBe('−4 KiB');
  });
});

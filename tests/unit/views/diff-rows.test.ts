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

describe('positions on the broken memory axis', () => {
  test('an address maps linearly inside its mapping, clamped to it', async () => {
    const { layoutMap, unitAt } = await import('../../../src/views/memory/map-layout.ts');
    const spans = [
      { start: 0x1000n, end: 0x3000n },
      { start: 0x10000n, end: 0x20000n },
    ];
    const layout = layoutMap(spans, 4096);
    const [a, b] = layout.items;
    expect(unitAt(a!, 0x1000n)).toBe(a!.u0);
    expect(unitAt(a!, 0x2000n)).toBeCloseTo((a!.u0 + a!.u1) / 2);
    expect(unitAt(b!, 0x30000n)).toBe(b!.u1);
    expect(unitAt(b!, 0n)).toBe(b!.u0);
    // The gap between the two mappings is a break, not address-proportional space.
    expect(b!.u0).toBeGreaterThan(a!.u1);
  });
});

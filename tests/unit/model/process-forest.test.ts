/** The safe process forest every view walks (src/lib/model/process-forest.ts). */
import { describe, expect, it } from 'vitest';
import { buildForest, forestLines } from '../../../src/lib/model/process-forest.ts';

const tasks = (...pairs: [number, number][]) => pairs.map(([pid, ppid]) => ({ pid, ppid }));
const order = (list: { pid: number; ppid: number }[]) => {
  const f = buildForest(list);
  return forestLines(f).map((l) => `${list[l.index]!.pid}@${l.depth}`);
};

describe('process forest', () => {
  it('orders a sane tree depth first, children in pstree order', () => {
    const list = tasks([1, 0], [6, 1], [11, 6], [10, 1]);
    expect(order(list)).toEqual(['1@0', '6@1', '11@2', '10@1']);
    expect(buildForest(list).problems).toEqual([]);
  });

  it('keeps tasks whose parent is not in the checkpoint as roots, without a problem', () => {
    const f = buildForest(tasks([100, 50], [200, 60], [201, 200]));
    expect(f.roots).toEqual([0, 1]);
    expect(f.problems).toEqual([]);
  });

  it('walks a 100,000-deep chain without recursion', () => {
    const list = Array.from({ length: 100_000 }, (_, k) => ({ pid: k + 1, ppid: k }));
    const lines = forestLines(buildForest(list));
    expect(lines).toHaveLength(100_000);
    expect(lines.at(-1)).toEqual({ index: 99_999, depth: 99_999 });
  });

  it('cuts a ppid cycle at its lowest pid and says so', () => {
    // 1's parent is 7, 7's is 6, 6's is 1: no task has ppid 0.
    const list = tasks([7, 6], [1, 7], [6, 1], [20, 7]);
    const f = buildForest(list);
    expect(order(list)).toEqual(['1@0', '6@1', '7@2', '20@3']);
    expect(f.problems).toHaveLength(1);
    expect(f.problems[0]).toMatchObject({ code: 'bad-process-tree', severity: 'warning' });
    expect(f.problems[0]!.message).toMatch(
      /cycle \(1 → 7 → 6 → 1, .*\): pid 1 is shown as a root, its ppid 7 ignored/,
    );
  });

  it('cuts two separate cycles and a self-parent, each reported once', () => {
    const list = tasks([2, 3], [3, 2], [5, 4], [4, 5], [9, 9]);
    const f = buildForest(list);
    expect(forestLines(f)).toHaveLength(5);
    expect(f.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/pid 9 names itself as its parent/),
      expect.stringMatching(/cycle \(2 → 3 → 2/),
      expect.stringMatching(/cycle \(4 → 5 → 4/),
    ]);
  });

  it('keeps a pid listed twice apart; children attach to the first', () => {
    const list = tasks([1, 0], [10, 1], [10, 1], [30, 10]);
    const f = buildForest(list);
    expect(order(list)).toEqual(['1@0', '10@1', '30@2', '10@1']);
    expect(f.duplicate).toEqual([false, false, true, false]);
    expect(f.problems[0]!.message).toMatch(/pid 10 is listed 2 times \(entries #1, #2\)/);
  });
});

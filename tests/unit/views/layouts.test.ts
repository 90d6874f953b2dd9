/** Pure layout and export helpers of the model views. */
import { describe, expect, it } from 'vitest';
import { layoutTree } from '../../../src/views/processes/tree-layout.ts';
import { buildFsTree, visibleLines } from '../../../src/views/files/fs-tree.ts';
import { csvField, toCsv, toJsonRows } from '../../../src/lib/table/csv.ts';
import { sortRows, type Column } from '../../../src/components/table/columns.ts';
import type { FsEntryRow, ProcessRow } from '../../../workers/model-protocol.ts';

const proc = (pid: number, ppid: number): ProcessRow => ({
  pid,
  ppid,
  pgid: 1,
  sid: 1,
  comm: `p${pid}`,
  state: 'alive',
  threads: 1,
  children: [],
  cmdline: '',
  exe: '',
  fds: 0,
  vmas: 0,
});

describe('process tree layout', () => {
  it('orders depth first with children indented under their parent', () => {
    const t = layoutTree([proc(1, 0), proc(10, 1), proc(6, 1), proc(11, 6)]);
    expect(t.nodes.map((n) => n.row.pid)).toEqual([1, 6, 11, 10]);
    const x = Object.fromEntries(t.nodes.map((n) => [n.row.pid, n.x]));
    expect(x[6]).toBeGreaterThan(x[1]!);
    expect(x[11]).toBeGreaterThan(x[6]!);
    expect(x[10]).toBe(x[6]);
    expect(t.links).toHaveLength(3);
  });

  it('lays out a forest and processes whose parent is not in the checkpoint', () => {
    const t = layoutTree([proc(100, 50), proc(200, 60), proc(201, 200)]);
    expect(t.nodes.map((n) => n.row.pid)).toEqual([100, 200, 201]);
    expect(t.nodes[0]!.x).toBe(0);
    expect(t.nodes[1]!.x).toBe(0);
  });
});

describe('fs tree', () => {
  const entry = (path: string, type: FsEntryRow['type'] = 'file'): FsEntryRow => ({
    member: 'rootfs-diff.tar',
    path,
    type,
    size: 1,
    mode: 0o644,
  });

  it('makes up folders from paths and hides the contents of closed ones', () => {
    const root = buildFsTree([entry('etc/motd'), entry('srv/a/b.txt'), entry('./', 'directory')]);
    expect(root.children.map((c) => c.name)).toEqual(['etc', 'srv']);
    expect(visibleLines(root, new Set()).map((l) => l.node.path)).toEqual(['etc', 'srv']);
    expect(visibleLines(root, new Set(['srv', 'srv/a'])).map((l) => l.node.path)).toEqual([
      'etc',
      'srv',
      'srv/a',
      'srv/a/b.txt',
    ]);
  });
});

describe('table export', () => {
  it('quotes CSV fields and defuses spreadsheet formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=cmd()')).toBe("'=cmd()");
    // A number we wrote is a number; any text that starts like a formula is neutralised.
    expect(csvField(-1)).toBe('-1');
    expect(csvField(-2n)).toBe('-2');
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(2n ** 64n)).toBe('18446744073709551616');
  });

  it('neutralises every text cell a spreadsheet would run (OWASP: = + - @ tab CR)', () => {
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField("-1+cmd|' /C calc'!A0")).toBe("'-1+cmd|' /C calc'!A0");
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('\rx')).toBe(`"'\rx"`);
    expect(csvField('a-b')).toBe('a-b');
  });

  it('writes pure RFC 4180 CSV: the header is the first line', () => {
    const rows = [{ pid: 1, comm: '-2+3' }];
    const cols = [
      { key: 'pid', value: (r: (typeof rows)[0]) => r.pid },
      { key: 'comm', value: (r: (typeof rows)[0]) => r.comm },
    ];
    expect(toCsv(rows, cols)).toBe("pid,comm\r\n1,'-2+3\r\n");
  });

  it('writes rows as CSV and JSON with exact bigints', () => {
    const rows = [{ a: 1, b: 2n ** 63n }];
    const cols = [
      { key: 'a', value: (r: (typeof rows)[0]) => r.a },
      { key: 'b', value: (r: (typeof rows)[0]) => r.b },
    ];
    expect(toCsv(rows, cols)).toBe('a,b\r\n1,9223372036854775808\r\n');
    expect(toJsonRows(rows, cols)).toContain('"b": 9223372036854775808');
  });

  it('sorts numbers numerically and keeps empty values last', () => {
    type R = { v?: number };
    const col: Column<R> = { key: 'v', label: 'v', value: (r) => r.v };
    const rows: R[] = [{ v: 10 }, {}, { v: 9 }, { v: 100 }];
    expect(sortRows(rows, col, 'asc').map((r) => r.v)).toEqual([9, 10, 100, undefined]);
    expect(sortRows(rows, col, 'desc').map((r) => r.v)).toEqual([100, 10, 9, undefined]);
  });
});

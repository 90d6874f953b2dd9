/** The page's tree helpers over hostile shapes: cycles, duplicates, depth, colliding paths. */
import { describe, expect, it } from 'vitest';
import { findPathCollisions, normalTarPath } from '../../../src/lib/model/path-collisions.ts';
import { allFolders, buildFsTree, visibleLines } from '../../../src/views/files/fs-tree.ts';
import { layoutTree } from '../../../src/views/processes/tree-layout.ts';
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

describe('process tree layout over an edited pstree', () => {
  it('draws every row of a cycle with a duplicate pid, with unique keys', () => {
    const rows = [proc(1, 6), proc(7, 1), proc(6, 7), proc(10, 1), proc(10, 1), proc(12, 12)];
    const t = layoutTree(rows);
    expect(t.nodes.map((n) => n.row.pid)).toEqual([1, 7, 6, 10, 10, 12]);
    expect(new Set(t.nodes.map((n) => n.key)).size).toBe(rows.length);
    expect(new Set(t.links.map((l) => l.key)).size).toBe(t.links.length);
    expect(t.nodes.map((n) => n.note ?? '')).toEqual([
      'ppid 6 ignored: cycle',
      '',
      '',
      '',
      'pid 10 listed again',
      'its own parent',
    ]);
  });

  it('lays out a 30,000-deep chain', () => {
    const rows = Array.from({ length: 30_000 }, (_, k) => proc(k + 1, k));
    const t = layoutTree(rows);
    expect(t.nodes).toHaveLength(30_000);
    expect(t.maxIndent).toBe(t.nodes.at(-1)!.x);
  });
});

const entry = (path: string, type: FsEntryRow['type'] = 'file'): FsEntryRow => ({
  member: 'rootfs-diff.tar',
  path,
  type,
  size: 1,
  mode: 0o644,
  uid: 0,
  gid: 0,
});

describe('rootfs-diff paths that collide', () => {
  const entries = [
    entry('etc/passwd'),
    entry('/etc/passwd'),
    entry('./etc/passwd'),
    entry('etc/shadow'),
    entry('etc/shadow'),
    entry('etc/hosts'),
    entry('etc/hosts/', 'directory'),
    entry('etc/hosts/evil'),
    entry('usr/bin/ok'),
  ];

  it('normalises the spellings of one path', () => {
    for (const p of ['etc/passwd', '/etc/passwd', './etc/passwd', 'etc//passwd/', 'etc/./passwd'])
      expect(normalTarPath(p)).toBe('etc/passwd');
  });

  it('finds each collision once, with the entries involved', () => {
    expect(findPathCollisions(entries)).toEqual([
      { path: 'etc/passwd', entries: [0, 1, 2], kind: 'same-path' },
      { path: 'etc/shadow', entries: [3, 4], kind: 'same-path' },
      { path: 'etc/hosts', entries: [5, 6], kind: 'same-path' },
      { path: 'etc/hosts', entries: [5, 7], kind: 'file-and-folder' },
    ]);
    expect(findPathCollisions([entry('a/b'), entry('a/c'), entry('a', 'directory')])).toEqual([]);
  });

  it('shows every entry with a unique key and marks the colliding ones', () => {
    const tree = buildFsTree(entries);
    const lines = visibleLines(tree, new Set(allFolders(tree)));
    const shown = lines.filter((l) => l.node.entry).map((l) => l.node.entry!.path);
    expect(shown.sort()).toEqual(entries.map((e) => e.path).sort());
    expect(new Set(lines.map((l) => l.node.key)).size).toBe(lines.length);
    const marked = lines.filter((l) => l.node.collision).map((l) => l.node.entry!.path);
    expect(marked.sort()).toEqual(
      entries
        .slice(0, 8)
        .map((e) => e.path)
        .sort(),
    );
    expect(lines.find((l) => l.node.entry?.path === '/etc/passwd')?.node.collision).toBe(
      'collides: 3 entries name etc/passwd; this one is /etc/passwd',
    );
  });

  it('builds a path 20,000 folders deep without recursion', () => {
    const deep = Array.from({ length: 20_000 }, (_, k) => `d${k}`).join('/') + '/file';
    const tree = buildFsTree([entry(deep)]);
    const lines = visibleLines(tree, new Set(allFolders(tree)));
    expect(lines).toHaveLength(20_001);
    expect(lines.at(-1)!.depth).toBe(20_000);
  });
});

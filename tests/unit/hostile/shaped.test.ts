/**
 * Checkpoints an attacker shaped (issue 18, tests/hostile/shaped.ts) through the CLI: a
 * 20,000-deep chain, 50,000 children with 200,000 fds, a ppid cycle with a duplicate pid and a
 * self-parent, colliding rootfs-diff names, bidi and invisible names. Every process, fd and
 * entry must be shown, each anomaly reported, every hidden character escaped.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../cli/run-cli.ts';
import {
  ADDED_PID,
  BIDI,
  COLLIDING,
  bidiNames,
  collidingDiff,
  cyclicTree,
  deepChain,
  wideTree,
} from '../../hostile/shaped.ts';
import { fixtureTar } from './fixture-tar.ts';

let dir = '';
const file = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-shaped-'));
  const kitchen = await fixtureTar('kitchen.tar.zst');
  fs.writeFileSync(file('deep.tar'), deepChain(kitchen));
  fs.writeFileSync(file('wide.tar'), wideTree(kitchen));
  fs.writeFileSync(file('cycle.tar'), cyclicTree(kitchen));
  fs.writeFileSync(file('collide.tar'), collidingDiff(kitchen));
  fs.writeFileSync(file('bidi.tar'), bidiNames(kitchen));
}, 120_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * The pids of the process tree in `inspect` text, in order: labels `[pid]` or `[pid (state)]`
 * whose parent line is `Process tree` or another process (threads and sockets look alike).
 */
function treePids(text: string): number[] {
  const stack: { label: string; process: boolean }[] = [];
  const pids: number[] = [];
  for (const line of text.split('\n')) {
    const m = /^([│ ]*)[├└]── (.*)$/u.exec(line);
    if (!m) continue;
    const depth = [...m[1]!].length / 4;
    stack.length = depth;
    const parent = stack[depth - 1];
    const pid = /^\[(\d+)(?: \([^)]*\))?\] {2}/.exec(m[2]!);
    const process = !!pid && !!parent && (parent.process || parent.label === 'Process tree');
    if (process) pids.push(Number(pid![1]));
    stack.push({ label: m[2]!, process });
  }
  return pids;
}

/** Lines of `inspect` text naming one of the added tasks (pids from ADDED_PID up). */
const addedLines = (text: string) => text.match(/── (?:\(level \d+\) )?\[1\d{5}[\] ]/g) ?? [];

/** `x ps` rows: pid and depth (the indent, or the level a capped indent states). */
const psRows = (text: string) =>
  text
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((l) => {
      const level = /^ *\(level (\d+)\)/.exec(l.slice(24));
      return {
        pid: Number(l.slice(0, 7)),
        depth: level ? Number(level[1]) : l.slice(24).match(/^ */)![0].length / 4,
      };
    });

describe('a 20,000-deep process chain', () => {
  const DEPTH = 20_000;
  it('x ps prints every task, each one level under its parent', async () => {
    const r = await cli('x', file('deep.tar'), 'ps');
    // The added tasks have no core image: one warning each, nothing else.
    for (const line of r.stderr.trimEnd().split('\n'))
      expect(line).toMatch(/^warning: core-1\d{5}\.img is not in the checkpoint/);
    expect(r.code).toBe(0);
    const rows = psRows(r.stdout);
    expect(rows).toHaveLength(4 + DEPTH);
    const last = rows.find((x) => x.pid === ADDED_PID + DEPTH - 1)!;
    // kitchen: 1 → 6 → 11, then the chain starts under 11 (depth 3).
    expect(last.depth).toBe(3 + DEPTH - 1);
  }, 60_000);

  it('x fds and x mems skip the core-less tasks and still print the others', async () => {
    for (const what of ['fds', 'mems']) {
      const r = await cli('x', file('deep.tar'), what);
      expect(r.code).toBe(0);
      expect(r.stdout.match(/^\d+$/gm)?.map(Number)).toEqual([1, 6, 11, 10]);
    }
  }, 60_000);

  it('inspect shows the whole chain under its core-less parents', async () => {
    const r = await cli('inspect', file('deep.tar'), '--no-sha256');
    expect(r.stderr).not.toMatch(/call stack/);
    expect(addedLines(r.stdout)).toHaveLength(DEPTH);
    // Process tree (level 1) → 1 → 6 → 11 → the chain: the last task is at level 4 + DEPTH.
    expect(r.stdout).toContain(`── (level ${4 + DEPTH}) [${ADDED_PID + DEPTH - 1}`);
  }, 60_000);

  it('inspect --json holds every task and show summarises it', async () => {
    const r = await cli('inspect', file('deep.tar'), '--json', '--no-sha256');
    const doc = JSON.parse(r.stdout) as { processes: { pid: number; children: number[] }[] };
    expect(doc.processes).toHaveLength(4 + DEPTH);
    expect(doc.processes.find((p) => p.pid === ADDED_PID)?.children).toEqual([ADDED_PID + 1]);
    const s = await cli('show', file('deep.tar'), '--no-sha256');
    expect(s.code).toBe(0);
    expect(s.stdout).toContain('CONTAINER');
  }, 60_000);
});

describe('50,000 children and 200,000 fds', () => {
  it('inspect text lists every child and every fd', async () => {
    const r = await cli('inspect', file('wide.tar'), '--no-sha256');
    expect(r.stderr).not.toMatch(/call stack/);
    // Children of pid 1 (the last root: `│   └── [1]`), not its sockets' `[fd]` lines.
    expect(r.stdout.match(/^│ {7}[├└]── \[1\d{5}[\] ]/gm)).toHaveLength(50_000);
    expect(r.stdout).toContain(`${1000 + 199_999}]`);
  }, 120_000);

  it('x ps and x fds print them all; inspect --json holds them', async () => {
    const ps = await cli('x', file('wide.tar'), 'ps');
    expect(psRows(ps.stdout)).toHaveLength(4 + 50_000);
    const fds = await cli('x', file('wide.tar'), 'fds');
    const pid1 = fds.stdout.split(/^6$/m)[0]!;
    expect(pid1.match(/^\t +\d+: /gm)).toHaveLength(200_000);
    const mems = await cli('x', file('wide.tar'), 'mems');
    expect(mems.code).toBe(0);
    const json = await cli('inspect', file('wide.tar'), '--json', '--no-sha256');
    const doc = JSON.parse(json.stdout) as { processes: { pid: number; fds: unknown[] }[] };
    expect(doc.processes).toHaveLength(4 + 50_000);
    expect(doc.processes.find((p) => p.pid === 1)?.fds).toHaveLength(200_000);
    const show = await cli('show', file('wide.tar'), '--no-sha256');
    expect(show.code).toBe(0);
  }, 180_000);
});

describe('a ppid cycle, a pid listed twice, a task its own parent', () => {
  it('x ps prints every entry and says where the cycle was cut', async () => {
    const r = await cli('x', file('cycle.tar'), 'ps');
    expect(psRows(r.stdout).map((x) => x.pid)).toEqual([1, 6, 11, 10, 10, 12]);
    expect(r.stderr).toMatch(/cycle \(1 → 11 → 6 → 1.*pid 1 is shown as a root, its ppid 11/);
    expect(r.stderr).toMatch(/pid 10 is listed 2 times/);
    expect(r.stderr).toMatch(/pid 12 names itself as its parent/);
  });

  it('inspect shows every entry and reports the anomalies as problems', async () => {
    const r = await cli('inspect', file('cycle.tar'), '--no-sha256');
    expect(treePids(r.stdout).sort((a, b) => a - b)).toEqual([1, 6, 10, 10, 11, 12]);
    expect(r.stdout).toContain('(pid listed again in pstree.img)');
    expect(r.stdout).toMatch(/warning: ppid links form a cycle/);
    expect(r.code).toBe(1);
    const json = await cli('inspect', file('cycle.tar'), '--json', '--no-sha256');
    const doc = JSON.parse(json.stdout) as { processes: unknown[]; problems: { code: string }[] };
    expect(doc.processes).toHaveLength(6);
    expect(doc.problems.filter((p) => p.code === 'bad-process-tree')).toHaveLength(3);
    const show = await cli('show', file('cycle.tar'), '--no-sha256');
    expect(show.stdout).toContain('CONTAINER');
  });
});

describe('colliding rootfs-diff names', () => {
  it('inspect lists every entry and says that they collide', async () => {
    const r = await cli('inspect', file('collide.tar'), '--no-sha256');
    const diff = r.stdout.split('Root FS diff\n')[1]!.split(/\n[├└]── /)[0]!;
    for (const name of COLLIDING) expect(diff + '\n').toContain(` ${name}\n`);
    expect(r.stdout).toMatch(/warning: 4 path collisions in rootfs-diff\.tar, suspicious/);
    const json = await cli('inspect', file('collide.tar'), '--json', '--no-sha256');
    const doc = JSON.parse(json.stdout) as {
      fsChanges: { rootfsDiff: { entries: { path: string }[] } };
      problems: { code: string }[];
    };
    expect(doc.fsChanges.rootfsDiff.entries.map((e) => e.path)).toEqual(COLLIDING);
    expect(doc.problems.some((p) => p.code === 'path-collision')).toBe(true);
  });
});

describe('bidi, zero-width and control characters in names', () => {
  const raw = /[\u202e\u200b-\u200d\u2060\n]/;
  it('inspect, x ps and show print them as escapes', async () => {
    const r = await cli('inspect', file('bidi.tar'), '--no-sha256');
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => raw.test(l))).toEqual([]);
    expect(r.stdout).toContain('Hostname: png.\\u{202e}exe, domain (none)live');
    expect(r.stdout).toContain('comm: ad\\u{200b}min');
    expect(r.stdout).toContain('\\u{200b}\\u{200c}\\u{200d}\\u{2060}');
    expect(r.stdout).toContain('/tmp/line\\x0abreak');
    const ps = await cli('x', file('bidi.tar'), 'ps');
    expect(ps.stdout).toContain('ad\\u{200b}min');
    expect(raw.test(ps.stdout.replace(/\n/g, ''))).toBe(false);
    const fds = await cli('x', file('bidi.tar'), 'fds');
    expect(fds.stdout).toContain('/tmp/line\\x0abreak');
    const show = await cli('show', file('bidi.tar'), '--no-sha256');
    expect(show.stdout).toContain('ctr-\\u{202e}gnp.exe');
    expect(raw.test(show.stdout.replace(/\n/g, ''))).toBe(false);
  });

  it('inspect --json keeps the raw values', async () => {
    const r = await cli('inspect', file('bidi.tar'), '--json', '--no-sha256');
    const doc = JSON.parse(r.stdout) as {
      namespaces: { uts: { hostname?: string }[] };
      processes: { pid: number; comm: string }[];
    };
    expect(doc.namespaces.uts[0]?.hostname).toBe(BIDI.hostname);
    expect(doc.processes.find((p) => p.pid === 6)?.comm).toBe(BIDI.comm);
    expect(doc.processes.find((p) => p.pid === 11)?.comm).toBe(BIDI.invisibleComm);
  });
});

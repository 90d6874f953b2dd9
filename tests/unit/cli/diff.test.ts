/** `npm run cli -- diff A B`, run through the CLI dispatcher as a user would. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run.ts';
import { fixturePath } from '../archive/helpers.ts';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

const A = fixturePath('kitchen.tar.zst');
const B = fixturePath('kitchen.tar.gz');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-diff-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface Range {
  start: number;
  pages: number;
}
interface JsonDiff {
  container: { sameId: boolean; id: string; a: { checkpointTime: string; label: string } };
  summary: { files: { changed: number; unchanged: number }; memoryPagesDelta: number };
  memory?: {
    processes: { pid: number; changedPages: number; vmas: { changed: Range[] }[] }[];
    truncated: boolean;
  };
}

describe('cli diff, two checkpoints of the kitchen container', () => {
  it('prints the sections, the changed timerfds and a summary line', async () => {
    const r = await cli('diff', A, B);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('Checkpoint diff: kitchen.tar.zst → kitchen.tar.gz');
    for (const section of [
      '├── Container',
      '├── Memory',
      '├── Processes (+0 -0 ~0 =4)',
      '├── Files (+0 -0 ~4 =84)',
      '├── Sockets (+0 -0 ~0 =32)',
      '├── Mounts (+0 -0 ~0 =29)',
      '├── Root FS changes (+0 -0 ~0 =6)',
    ])
      expect(lines).toContain(section);
    expect(r.out).toContain('~ PID 1 fd 12 TIMERFD timerfd CLOCK_MONOTONIC');
    expect(r.out).toContain('next expiry in: 27.602134030s → 26.999237851s');
    expect(r.out).toContain('Taken: 2026-11-28T11:53:01.000Z (archive member time)');
    expect(r.out).toContain('Taken: 2026-11-28T11:53:02.000Z (archive member time)');
    expect(r.out).not.toContain('= [1]');
    expect(lines.filter((l) => l.startsWith('Summary: '))).toEqual([
      'Summary: kitchen: Processes: +0 -0 ~0 / Files: +0 -0 ~4 / Sockets: +0 -0 ~0 / Mounts: +0 -0 ~0 / Root FS: +0 -0 ~0 / Memory: +0 B',
    ]);
  });

  it('--show-unchanged lists every process with its command line', async () => {
    const r = await cli('diff', A, B, '--show-unchanged');
    expect(r.code).toBe(0);
    expect(r.out).toContain('= [1] /bin/kitchen-sink --mode=demo --token=argv-canary-19c2');
    expect(r.out).toContain('= [10] sleep 100000');
    expect(r.out).toContain('= PID 1 fd 7 REG /etc/passwd');
  });

  it('--memory adds the changed pages; --json writes the whole comparison', async () => {
    const text = await cli('diff', A, B, '--memory');
    expect(text.code).toBe(0);
    expect(text.out).toContain('Page contents: 7 of 6521 pages dumped in both changed');
    expect(text.out).toContain('0x7fdf28505000-0x7fdf28506000 1 page, 1 bytes differ');

    const r = await cli('diff', A, B, '--memory', '--json');
    expect(r.code).toBe(0);
    const d = JSON.parse(r.out) as JsonDiff;
    expect(d.container.sameId).toBe(true);
    expect(d.container.a.label).toBe('kitchen.tar.zst');
    expect(d.summary.files).toMatchObject({ changed: 4, unchanged: 84 });
    expect(d.summary.memoryPagesDelta).toBe(0);
    expect(d.memory!.truncated).toBe(false);
    const pages = d.memory!.processes.reduce((n, p) => n + p.changedPages, 0);
    expect(pages).toBe(7);
    const pid1 = d.memory!.processes.find((p) => p.pid === 1)!;
    expect(pid1.vmas.flatMap((v) => v.changed.map((c) => c.start))).toContain(0x7fdf28505000);
  });

  it('--max-bytes bounds the page comparison and says so', async () => {
    const r = await cli('diff', A, B, '--memory', '--max-bytes', '65536');
    expect(r.code).toBe(0);
    expect(r.out).toContain('stopped at the byte limit: 64.0 KiB of 25.5 MiB compared');
    expect(r.out).toContain('Changed pages: ');
    expect(r.out).toContain('(incomplete)');
  });

  it('a checkpoint against itself: nothing changed, zero changed pages', async () => {
    const r = await cli('diff', A, A, '--memory');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Page contents: 0 of 6521 pages dumped in both changed');
    expect(r.out).toContain(
      'Summary: kitchen: Processes: +0 -0 ~0 / Files: +0 -0 ~0 / Sockets: +0 -0 ~0 / Mounts: +0 -0 ~0 / Root FS: +0 -0 ~0 / Memory: +0 B / Changed pages: 0',
    );
  });
});

describe('cli diff, pods and bad input', () => {
  it('matches pod containers by name and names those on one side only', async () => {
    const r = await cli('diff', fixturePath('pod-kitchen-web.tar.zst'), B);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^Containers [0-9a-f]{64}-kitchen\/ and kitchen\.tar\.gz, matched by name$/m,
    );
    expect(r.out).toMatch(/^Only in A: [0-9a-f]{64}-web\/ \(container web\)$/m);
    const j = await cli('diff', fixturePath('pod-kitchen-web.tar.zst'), B, '--json');
    const doc = JSON.parse(j.out) as {
      comparisons: { matchedBy: string }[];
      onlyInA: { name: string }[];
      onlyInB: unknown[];
    };
    expect(doc.comparisons.map((c) => c.matchedBy)).toEqual(['name']);
    expect(doc.onlyInA.map((c) => c.name)).toEqual(['web']);
    expect(doc.onlyInB).toEqual([]);
  });

  it('different containers are compared with a warning, not refused', async () => {
    const r = await cli('diff', fixturePath('web.tar.zst'), B);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /! different container ids: A is aec25c08c18d[0-9a-f]{52}, B is 9a24dbbe2c2b[0-9a-f]{52}/,
    );
    expect(r.out).toContain('Name: web → kitchen');
    expect(r.out).toMatch(/^Summary: web → kitchen: Processes: \+2 -1 ~2 /m);
  });

  it('one side not a checkpoint: one line on stderr, the other side still described', async () => {
    const r = await cli('diff', fixturePath('README.md'), B);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(
      /^cc-analyser diff: A \(.*README\.md\): README\.md is .*not a checkpoint/,
    );
    expect(r.err).not.toContain('    at ');
    expect(r.out).toContain('Checkpoint B: kitchen.tar.gz: container kitchen');
    expect(r.out).toContain('4 processes');
  });

  it('a truncated archive is compared as far as it goes, then named on stderr', async () => {
    const cut = path.join(tmp, 'cut.tar.gz');
    fs.writeFileSync(cut, fs.readFileSync(B).subarray(0, 60_000));
    const r = await cli('diff', A, cut);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('cut.tar.gz: the gzip stream ends early');
    expect(r.out).toContain('! B (cut.tar.gz) could not be read completely');
    // pstree.img was in the lost part: B's processes are listed from their mm images, as its
    // Memory view lists them, without their tree (so those with children or threads differ).
    expect(r.out).toContain('Processes (+0 -0 ~3 =1)');
    expect(r.out).toContain('Name: kitchen');
  });

  it('usage errors exit 2 with one line', async () => {
    for (const argv of [
      ['diff', A],
      ['diff', A, B, '--bogus'],
      ['diff', A, B, '--memory', '--max-bytes', 'lots'],
    ]) {
      const r = await cli(...argv);
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
    const missing = await cli('diff', path.join(tmp, 'none.tar'), B);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('no such file or directory');
  });
});

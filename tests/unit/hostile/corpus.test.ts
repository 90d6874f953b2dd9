/**
 * The hand-made hostile corpus (tests/hostile/make-corpus.ts) through the library pipeline and
 * the CLI: each input gives its expected problem with a clear message, nothing throws or hangs,
 * memory stays bounded, `inspect` fails with one line and no stack trace, and the input files
 * are never modified.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../cli/run-cli.ts';
import { MARKUP, makeCorpus, type CorpusItem } from '../../hostile/make-corpus.ts';
import { badProblems, runPipeline, watchdog } from './pipeline.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
let dir = '';
let items: CorpusItem[] = [];
const digests = new Map<string, string>();

const fileHash = (file: string) =>
  createHash('sha256')
    .update(fs.readFileSync(path.join(dir, file)))
    .digest('hex');
const item = (file: string) => items.find((i) => i.file === file)!;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-hostile-'));
  items = await makeCorpus(dir);
  for (const i of items) digests.set(i.file, fileHash(i.file));
}, 120_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Peak `arrayBuffers` (typed-array memory) while `work` runs, sampled. */
async function peakBuffers<T>(work: () => Promise<T>): Promise<{ result: T; peak: number }> {
  const base = process.memoryUsage().arrayBuffers;
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().arrayBuffers - base);
  }, 20);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().arrayBuffers - base);
    return { result, peak };
  } finally {
    clearInterval(timer);
  }
}

describe('hostile corpus through the library', () => {
  it('has an input for every problem kind of the taxonomy', () => {
    const codes = new Set(items.map((i) => i.code));
    for (const code of [
      'not-an-archive',
      'no-criu-images',
      'truncated-archive',
      'bad-tar-checksum',
      'decompression-error',
      'size-limit',
      'unknown-magic',
      'oversized-entry',
      'malformed-protobuf',
      'pages-missing',
      'pages-short',
      'parent-missing',
    ] as const)
      expect(codes, code).toContain(code);
  });

  it('each input gives its problem with a clear message; no throw, no hang', async () => {
    for (const i of items) {
      const bytes = new Uint8Array(fs.readFileSync(path.join(dir, i.file)));
      const r = await watchdog(runPipeline(bytes, i.file), 30_000, i.file);
      expect(badProblems(r.problems), i.file).toEqual([]);
      if (i.code) {
        const hit = r.problems.find((p) => p.code === i.code && i.message!.test(p.message));
        expect(hit, `${i.file}: ${JSON.stringify(r.problems)}`).toBeDefined();
        // Where it applies (all but "nothing in here"), the problem names the file or image.
        if (i.code !== 'no-criu-images') expect(hit!.file ?? hit!.image, i.file).toBeDefined();
      }
      if (i.partial) {
        // One thing wrong: the rest is still read.
        expect(r.models.length, i.file).toBe(1);
        expect(r.models[0]!.model.processes.length, i.file).toBeGreaterThan(0);
      }
    }
  }, 300_000);

  it('names the byte offset for damage inside an archive or an image', async () => {
    for (const file of [
      'truncated.tar',
      'bad-checksum.tar',
      'unknown-magic.tar',
      'oversized-entry.tar',
      'malformed-protobuf.tar',
    ]) {
      const bytes = new Uint8Array(fs.readFileSync(path.join(dir, file)));
      const r = await runPipeline(bytes, file, { memory: false });
      const hit = r.problems.find((p) => p.code === item(file).code);
      expect(hit?.offset, file).toBeTypeOf('number');
    }
  }, 120_000);

  it('a damaged header loses one member: the images after it are still read', async () => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(dir, 'bad-checksum.tar')));
    const r = await runPipeline(bytes, 'bad-checksum.tar', { memory: false });
    const names = [...r.images.keys()];
    expect(names).not.toContain('core-1.img');
    expect(names).toEqual(expect.arrayContaining(['core-10.img', 'pstree.img', 'files.img']));
    expect(r.models[0]!.model.processes.length).toBeGreaterThan(0);
    expect(r.problems.map((p) => p.code)).toContain('bad-tar-checksum');
  }, 60_000);

  it('bombs stop at a limit with bounded memory', async () => {
    for (const file of ['gzip-bomb.tar.gz', 'zstd-bomb.tar.zst']) {
      const bytes = new Uint8Array(fs.readFileSync(path.join(dir, file)));
      // The default limits, as the page and the CLI use them.
      const { result, peak } = await peakBuffers(() =>
        watchdog(runPipeline(bytes, file, { limits: {} }), 60_000, file),
      );
      expect(result.problems.some((p) => p.code === 'size-limit')).toBe(true);
      expect(peak, file).toBeLessThan(512 * 1024 ** 2);
    }
  }, 180_000);
});

describe('hostile corpus through the CLI', () => {
  it('inspect fails with one clear line on stderr and no stack trace', async () => {
    for (const i of items.filter((x) => x.code)) {
      const r = await watchdog(cli('inspect', path.join(dir, i.file)), 60_000, i.file);
      const lines = r.stderr.split('\n').filter((l) => l.length > 0);
      expect(r.code, `${i.file}: ${r.stderr}`).not.toBe(0);
      expect(lines, i.file).toHaveLength(1);
      expect(lines[0], i.file).toMatch(/^cc-analyser inspect: /);
      expect(lines[0], i.file).not.toMatch(/\bat .*:\d+:\d+|Error:/);
      expect(lines[0], i.file).toContain(i.file);
    }
  }, 300_000);

  it('inspect names the problem of inputs that are no checkpoint at all', async () => {
    const r = await cli('inspect', path.join(dir, 'evidence.zip'));
    expect(r.stderr).toBe(
      'cc-analyser inspect: evidence.zip is a ZIP archive, not a checkpoint archive\n',
    );
    expect((await cli('inspect', path.join(dir, 'empty.tar'))).stderr).toBe(
      'cc-analyser inspect: empty.tar is an empty file, not a checkpoint archive\n',
    );
  });

  it('inspect of damaged evidence prints what it read, then one line', async () => {
    const r = await cli('inspect', path.join(dir, 'unknown-magic.tar'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('localhost/ckdemo');
    expect(r.stderr).toMatch(
      /^cc-analyser inspect: unknown-magic\.tar: core-1\.img: unknown magic 0xdeadbeef .*\(checkpoint\/core-1\.img at byte 4\)/,
    );
  });

  it('markup in checkpoint strings is printed as inert text', async () => {
    const r = await cli('inspect', path.join(dir, 'markup.tar'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(MARKUP.comm);
    expect(r.stdout).toContain(MARKUP.path);
    const json = await cli('inspect', path.join(dir, 'markup.tar'), '--json');
    const doc = JSON.parse(json.stdout) as { container: { name?: string } };
    expect(doc.container.name).toBe(MARKUP.name);
  });

  it('as a real process: exit status and a single stderr line', () => {
    const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
    for (const file of ['evidence.zip', 'zstd-bomb.tar.zst', 'truncated.tar']) {
      const r = spawnSync(tsx, ['src/cli/main.ts', 'inspect', path.join(dir, file)], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(r.status, `${file}: ${r.stderr}`).toBe(1);
      expect(r.stderr.trimEnd().split('\n'), file).toHaveLength(1);
      expect(r.stderr).toContain(file);
    }
  }, 300_000);

  it('never modifies the input files', () => {
    for (const i of items) expect(fileHash(i.file), i.file).toBe(digests.get(i.file));
  });
});

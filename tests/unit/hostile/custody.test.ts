/**
 * Chain of custody: the input's SHA-256 is computed as a stream (compressed inputs in their one
 * decompression pass), reaches the summary, `show`, `inspect --json` and the exports, and
 * nothing in the code stores data in the browser behind the user's back.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemorySource, openArchive } from '../../../src/lib/archive/index.ts';
import { cli } from '../cli/run-cli.ts';
import { summarize } from '../../../src/lib/summary/summarize.ts';
import { toCsv, toJsonRowsWithSource } from '../../../src/lib/table/csv.ts';
import { createAnalyserApi } from '../../../workers/api.ts';
import { tarHeader, zstdBomb } from '../../hostile/make-corpus.ts';
import { FIXTURES, fixtureBytes, fixtureTar } from './fixture-tar.ts';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('SHA-256 of the input', () => {
  it('a compressed input is hashed in its one decompression pass', async () => {
    for (const name of ['kitchen.tar.zst', 'kitchen.tar.gz', 'bare-images.tar.gz']) {
      const bytes = fixtureBytes(name);
      const archive = await openArchive(new MemorySource(bytes), { name });
      expect(archive.sha256, name).toBe(sha(bytes));
      expect((await summarize(archive)).sha256).toBe(sha(bytes));
    }
  });

  it('a pass that stops early (a bomb, a non-tar) still hashes the whole input', async () => {
    const bomb = zstdBomb(tarHeader('checkpoint/pages-1.img', 2 ** 40), 64 * 1024 ** 2);
    const stopped = await openArchive(new MemorySource(bomb), {
      limits: { maxOutputBytes: 1024 * 1024 },
    });
    expect(stopped.problems.map((p) => p.code)).toContain('size-limit');
    expect(stopped.sha256).toBe(sha(bomb));
  });

  it('an uncompressed input is hashed when asked, in blocks', async () => {
    const tar = await fixtureTar('kitchen.tar.zst');
    expect((await openArchive(new MemorySource(tar))).sha256).toBeUndefined();
    const hashed = await openArchive(new MemorySource(tar), { sha256: true });
    expect(hashed.sha256).toBe(sha(tar));
    const junk = new Uint8Array(5000).fill(9);
    expect((await openArchive(new MemorySource(junk), { sha256: true })).sha256).toBe(sha(junk));
  });

  it('show and inspect print it', async () => {
    const file = path.join(FIXTURES, 'kitchen.tar.zst');
    const digest = sha(fs.readFileSync(file));
    const text = await cli('show', file);
    expect(text.stdout.split('\n')[1]).toBe(`SHA-256 ${digest}`);
    const json = JSON.parse((await cli('show', file, '--json')).stdout) as { sha256: string };
    expect(json.sha256).toBe(digest);
    const inspect = JSON.parse((await cli('inspect', file, '--json')).stdout) as {
      archive: string;
      sha256: string;
    };
    expect(inspect).toMatchObject({ archive: 'kitchen.tar.zst', sha256: digest });
    // An uncompressed tar gets its own pass; --no-sha256 skips it.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-custody-'));
    try {
      const tarFile = path.join(dir, 'kitchen.tar');
      const tar = await fixtureTar('kitchen.tar.zst');
      fs.writeFileSync(tarFile, tar);
      const plain = JSON.parse((await cli('show', tarFile, '--json')).stdout) as {
        sha256?: string;
      };
      expect(plain.sha256).toBe(sha(tar));
      const skipped = JSON.parse((await cli('show', tarFile, '--json', '--no-sha256')).stdout) as {
        sha256?: string;
      };
      expect(skipped.sha256).toBeUndefined();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the worker carries it into the whole-model export', async () => {
    const tar = await fixtureTar('kitchen.tar.zst');
    const api = createAnalyserApi();
    await api.open(new File([tar as Uint8Array<ArrayBuffer>], 'kitchen.tar'));
    const digest = await api.sha256();
    expect(digest).toBe(sha(tar));
    const doc = JSON.parse(new TextDecoder().decode(await api.exportModelJson())) as {
      sha256: string;
    };
    expect(doc.sha256).toBe(digest);
    await api.close();
  });

  it('table JSON exports name their source and keep raw values; CSV stays pure RFC 4180', () => {
    const rows = [{ pid: 1, comm: '=cmd|x' }];
    const cols = [
      { key: 'pid', value: (r: (typeof rows)[0]) => r.pid },
      { key: 'comm', value: (r: (typeof rows)[0]) => r.comm },
    ];
    const source = { archive: 'evil\nname.tar', sha256: 'ab'.repeat(32) };
    const csv = toCsv(rows, cols).split('\r\n');
    expect(csv[0]).toBe('pid,comm');
    expect(csv[1]).toBe("1,'=cmd|x");
    const json = JSON.parse(toJsonRowsWithSource(rows, cols, source)) as unknown;
    expect(json).toEqual({ source, rows: [{ pid: 1, comm: '=cmd|x' }] });
  });
});

describe('nothing is stored in the browser unless asked', () => {
  // The analyst's notes are the one exception, in one file: src/state/case-store.ts keeps
  // them in IndexedDB (README, "What stays in the browser"). Evidence never goes there.
  it('no code but the notes store writes localStorage, sessionStorage or IndexedDB', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else if (/\.(ts|svelte|js|mjs)$/.test(e.name)) {
          const text = fs.readFileSync(full, 'utf8');
          if (/\b(localStorage|sessionStorage|indexedDB|document\.cookie)\b/.test(text))
            offenders.push(path.relative(ROOT, full));
        }
      }
    };
    for (const d of ['src', 'workers']) walk(path.join(ROOT, d));
    expect(offenders).toEqual(['src/state/case-store.ts']);
  });
});

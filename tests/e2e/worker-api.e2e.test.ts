/**
 * The worker API called directly in Node, as the page calls it through Comlink: open with
 * progress, summary, members, images, crit JSON, problems, and cancellation.
 */
import { describe, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { createAnalyserApi } from '../../workers/api.ts';
import { Sha256 } from '../../src/lib/hash/sha256.ts';
import type { ProgressReport } from '../../workers/protocol.ts';
import { FIXTURES } from './harness.ts';

async function fixture(name: string): Promise<File> {
  return new File([await readFile(path.join(FIXTURES, name))], name);
}

describe('createAnalyserApi', () => {
  test('opens a zstd checkpoint with staged progress and summarises it', async () => {
    const api = createAnalyserApi();
    const reports: ProgressReport[] = [];
    const outcome = await api.open(await fixture('kitchen.tar.zst'), (r) => reports.push(r));
    expect(outcome).toEqual({
      status: 'opened',
      name: 'kitchen.tar.zst',
      size: 61186,
      storage: 'memory',
    });
    const stages = new Set(reports.map((r) => r.stage));
    expect(stages.has('decompressing')).toBe(true);
    expect(stages.has('summarising')).toBe(true);
    const last = reports.at(-1)!;
    expect(last.bytes).toBe(last.total);

    const summary = await api.summary();
    expect(summary.engine).toBe('podman');
    expect(summary.containers[0]?.name).toBe('kitchen');
    expect(summary).not.toHaveProperty('members');
    const members = await api.members();
    expect(members.map((m) => m.path)).toContain('checkpoint/pstree.img');
  });

  test('lists images and gives crit-identical JSON', async () => {
    const api = createAnalyserApi();
    await api.open(await fixture('kitchen.tar.zst'));
    const images = await api.images();
    const pstree = images.find((i) => i.name === 'pstree.img');
    expect(pstree).toMatchObject({ container: 0, magic: 'PSTREE', entries: 4 });
    expect(images.find((i) => i.name === 'pages-1.img')?.magic).toBe('RAW');

    const window = await api.imageEntries(0, 'pstree.img', { pretty: false, offset: 1, limit: 2 });
    expect(window.total).toBe(4);
    expect(window.entries).toHaveLength(2);

    const expected = await readFile(
      path.join(FIXTURES, 'expected/kitchen.tar.zst/core-1.img.pretty.json'),
      'utf8',
    );
    const bytes = await api.critJson(0, 'core-1.img', true);
    expect(new TextDecoder().decode(bytes)).toBe(expected);

    const raw = await api.imageBytes(0, 'pages-1.img', 0, 16);
    expect(raw).toHaveLength(16);
  });

  test('hashes the opened input as a stream (SHA-256, for the chain of custody)', async () => {
    const api = createAnalyserApi();
    const bytes = await readFile(path.join(FIXTURES, 'kitchen.tar.gz'));
    await api.open(new File([bytes], 'kitchen.tar.gz'));
    const reports: ProgressReport[] = [];
    const digest = await api.sha256((r) => reports.push(r));
    expect(digest).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(reports.at(-1)).toMatchObject({ stage: 'hashing', bytes: bytes.length });
    // Block boundaries and padding on inputs built in code, against Node's own SHA-256.
    for (const size of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000, 8 * 1024 * 1024 + 3]) {
      const data = Buffer.alloc(size, size & 0xff);
      const h = new Sha256();
      h.update(data.subarray(0, size >> 1)).update(data.subarray(size >> 1));
      expect(h.hex()).toBe(createHash('sha256').update(data).digest('hex'));
    }
  });

  test('reports an input that is not an archive as a problem, not a failure', async () => {
    const api = createAnalyserApi();
    const outcome = await api.open(new File([new Uint8Array(600).fill(7)], 'junk.bin'));
    expect(outcome.status).toBe('opened');
    const groups = await api.problems();
    expect(groups.find((g) => g.code === 'not-an-archive')?.count).toBe(1);
  });

  test('cancel stops a running open, and a later open still works', async () => {
    const api = createAnalyserApi();
    const running = api.open(await fixture('memhog-256m.tar.zst'));
    await api.cancel();
    expect(await running).toEqual({ status: 'cancelled' });
    await expect(api.summary()).rejects.toThrow(/no checkpoint/);
    expect((await api.open(await fixture('kitchen.tar.gz'))).status).toBe('opened');
  });

  test('a new open supersedes the running one', async () => {
    const api = createAnalyserApi();
    const [big, small] = await Promise.all([
      fixture('memhog-256m.tar.zst'),
      fixture('kitchen.tar.zst'),
    ]);
    const first = api.open(big);
    const second = api.open(small);
    expect(await first).toEqual({ status: 'cancelled' });
    expect((await second).status).toBe('opened');
    expect((await api.summary()).name).toBe('kitchen.tar.zst');
  });
});

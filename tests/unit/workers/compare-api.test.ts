/**
 * The worker's comparison API as the page calls it: B opened beside A, the structural diff of
 * the two real kitchen checkpoints, the page comparison with progress, and B's lifetime.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { createAnalyserApi } from '../../../workers/api.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');

async function fixture(name: string): Promise<File> {
  return new File([await readFile(path.join(FIXTURES, name))], name);
}

async function openedKitchenPair() {
  const api = createAnalyserApi();
  expect((await api.open(await fixture('kitchen.tar.zst'))).status).toBe('opened');
  const outcome = await api.compareOpen(await fixture('kitchen.tar.gz'));
  expect(outcome).toMatchObject({ status: 'opened', name: 'kitchen.tar.gz' });
  return api;
}

describe('comparing the open checkpoint with a second one', () => {
  test('the two kitchen checkpoints: one pair, only the timerfds differ among the fds', async () => {
    const api = await openedKitchenPair();
    const c = await api.comparison();
    expect(c).toMatchObject({
      a: 'kitchen.tar.zst',
      b: 'kitchen.tar.gz',
      onlyInA: [],
      onlyInB: [],
    });
    expect(c.pairs).toHaveLength(1);
    const { diff, matchedBy } = c.pairs[0]!;
    expect(matchedBy).toBe('only container');
    expect(diff.container.sameId).toBe(true);
    expect(diff.summary.processes).toEqual({ added: 0, removed: 0, changed: 0, unchanged: 4 });
    // Each process's timerfd was re-armed between the two dumps; nothing else changed in fds.
    const changedFds = diff.files.filter((f) => f.status === 'changed');
    expect(changedFds.map((f) => `${f.pid}:${f.fd}:${f.type}`)).toEqual([
      '1:12:TIMERFD',
      '6:12:TIMERFD',
      '11:12:TIMERFD',
      '10:12:TIMERFD',
    ]);
    // Opening B does not hash it (the page's hash worker does, beside the comparison); the
    // digest recorded afterwards is in every later comparison.
    expect(diff.container.b.sha256).toBeUndefined();
    const gz = await readFile(path.join(FIXTURES, 'kitchen.tar.gz'));
    const digest = createHash('sha256').update(gz).digest('hex');
    await api.compareRecordSha256('not a digest');
    await api.compareRecordSha256(digest);
    expect((await api.comparison()).pairs[0]!.diff.container.b.sha256).toBe(digest);
  });

  test('page contents: 7 changed pages over the four processes, with progress', async () => {
    const api = await openedKitchenPair();
    const reports: number[] = [];
    const memory = await api.compareMemory(0, (p) => reports.push(p.comparedBytes));
    expect(memory.truncated).toBe(false);
    expect(memory.cancelled).toBe(false);
    expect(memory.processes.map((p) => [p.pid, p.changedPages])).toEqual([
      [1, 3],
      [6, 2],
      [11, 1],
      [10, 1],
    ]);
    const heap = memory.processes[0]!.vmas.find((v) => v.path === '[heap]' || v.kind === 'heap');
    expect(heap?.changed[0]).toMatchObject({ pages: 1 });
    // Progress is paced, so a small checkpoint may report nothing; never more than compared.
    for (const n of reports) expect(n).toBeLessThanOrEqual(memory.comparedBytes);
  });

  test('a limit stops the comparison and says so', async () => {
    const api = await openedKitchenPair();
    const memory = await api.compareMemory(0, undefined, 64 * 1024);
    expect(memory.truncated).toBe(true);
    expect(memory.comparedBytes).toBeLessThanOrEqual(64 * 1024);
  });

  test('nothing to compare with before a first checkpoint, or with a non-checkpoint', async () => {
    const api = createAnalyserApi();
    expect(await api.compareOpen(await fixture('kitchen.tar.gz'))).toEqual({
      status: 'failed',
      message: 'open a checkpoint first',
    });
    await api.open(await fixture('kitchen.tar.zst'));
    const junk = new File([new TextEncoder().encode('just some text\n')], 'notes.txt');
    const outcome = await api.compareOpen(junk);
    expect(outcome.status).toBe('failed');
    expect(outcome.status === 'failed' && outcome.message).toMatch(
      /^notes\.txt is plain text, not a checkpoint/,
    );
    await expect(api.comparison()).rejects.toThrow(/no second checkpoint/);
  });

  test('a pod against a single container pairs by name and lists the one left over', async () => {
    const api = createAnalyserApi();
    await api.open(await fixture('pod-kitchen-web.tar.zst'));
    await api.compareOpen(await fixture('kitchen.tar.gz'));
    const c = await api.comparison();
    expect(c.pairs.map((p) => [p.a.name, p.b.name, p.matchedBy])).toEqual([
      ['kitchen', 'kitchen', 'name'],
    ]);
    expect(c.onlyInA.map((x) => x.name)).toEqual(['web']);
  });

  test('B belongs to the A it was opened against: a new input drops it', async () => {
    const api = await openedKitchenPair();
    await api.open(await fixture('web.tar.zst'));
    await expect(api.comparison()).rejects.toThrow(/no second checkpoint/);
    await expect(api.compareMemory(0)).rejects.toThrow(/no second checkpoint/);
  });

  test('a damaged B is compared as far as it goes, with the damage named', async () => {
    const api = createAnalyserApi();
    await api.open(await fixture('kitchen.tar.zst'));
    const gz = await readFile(path.join(FIXTURES, 'kitchen.tar.gz'));
    const cut = new File([gz.subarray(0, 60_000)], 'cut.tar.gz');
    expect((await api.compareOpen(cut)).status).toBe('opened');
    const c = await api.comparison();
    expect(c.pairs).toHaveLength(1);
    const { diff } = c.pairs[0]!;
    expect(
      diff.warnings.some((w) => w.startsWith('B (cut.tar.gz) could not be read completely')),
    ).toBe(true);
    // The page comparison reads what B has, says what it lacks, and counts A's pages that B
    // no longer holds apart from changed ones.
    const memory = await api.compareMemory(0);
    expect(memory.cancelled).toBe(false);
    expect(memory.comparedBytes).toBeGreaterThan(0);
    expect(memory.problems.map((p) => p.message)).toContain(
      'B: pages-4.img is shorter than its pagemap says (1494810 bytes)',
    );
    expect(memory.processes.some((p) => p.onlyInA > 0)).toBe(true);
  });

  test('compareClose frees B', async () => {
    const api = await openedKitchenPair();
    await api.compareClose();
    await expect(api.comparison()).rejects.toThrow(/no second checkpoint/);
  });
});

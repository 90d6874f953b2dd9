/**
 * The worker's findings API as the page calls it: lifecycle's findings with counts and the
 * process tree's marks; a pod per container and together; computed once per open archive.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { createAnalyserApi } from '../../../workers/api.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');

async function fixture(name: string): Promise<File> {
  return new File([await readFile(path.join(FIXTURES, name))], name);
}

describe('findings through the worker API', () => {
  test('lifecycle: counts, marks, the same object on a second call', async () => {
    const api = createAnalyserApi();
    expect((await api.open(await fixture('lifecycle.tar.zst'))).status).toBe('opened');
    const v = await api.findings();
    expect(v.counts).toEqual({ high: 4, medium: 2, low: 1, info: 0 });
    expect(v.containers).toHaveLength(1);
    expect(v.marks[0]).toEqual({ 9: 'low', 10: 'high', 11: 'high', 12: 'high' });
    expect(await api.findings()).toBe(v);
    expect(await api.findingsProblems()).toEqual([]);
    // A new open computes the new archive's findings.
    await api.open(await fixture('web.tar.zst'));
    expect((await api.findings()).counts).toEqual({ high: 0, medium: 0, low: 1, info: 0 });
    await api.close();
  });

  test('a pod: per container and together', async () => {
    const api = createAnalyserApi();
    await api.open(await fixture('pod-kitchen-web.tar.zst'));
    const v = await api.findings();
    expect(v.containers.map((c) => c.name)).toEqual(['kitchen', 'web']);
    expect(v.all).toHaveLength(v.containers[0]!.findings.length + v.containers[1]!.findings.length);
    expect(v.containers[1]!.findings.every((f) => f.container === 1)).toBe(true);
    expect(v.marks[1]).toEqual({ 7: 'low' });
    await api.close();
  });
});

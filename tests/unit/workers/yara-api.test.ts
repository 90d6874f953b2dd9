/**
 * The `yara` job through `createAnalyserApi()`, called as the page calls it (minus Comlink), on
 * kitchen.tar.zst: refused rules come back with their line, a scan of one process reports
 * progress in bytes and hits, a new scan replaces the running one, and cancel stops it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyserApi, type AnalyserApi } from '../../../workers/api.ts';
import type { YaraProgress, YaraRequest } from '../../../workers/yara-protocol.ts';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');
const utf8 = (s: string) => new TextEncoder().encode(s);
const ENV = 'rule env { strings: $e = "FORENSIC_MARKER=env-canary-7f3a" condition: $e }';

describe('YARA API on kitchen.tar.zst', () => {
  let api: AnalyserApi;
  beforeAll(async () => {
    api = createAnalyserApi();
    const file = new File(
      [readFileSync(path.join(FIXTURES, 'kitchen.tar.zst'))],
      'kitchen.tar.zst',
    );
    expect((await api.open(file)).status).toBe('opened');
  }, 120_000);

  const scan = async (request: YaraRequest) => {
    const reports: YaraProgress[] = [];
    const outcome = await api.runJob('yara', request, (p) => reports.push(p));
    return { outcome, reports };
  };

  it('refuses rules with a syntax error, naming the line, before reading any memory', async () => {
    const { outcome, reports } = await scan({
      rules: utf8('rule a {\n  condition:\n    true and\n}\n'),
      rulesName: 'bad.yar',
    });
    expect(outcome.completed).toBe(false);
    expect(outcome.error).toMatch(/^bad\.yar, line 4: syntax error/);
    expect(outcome.result?.compileErrors?.[0]?.line).toBe(4);
    expect(reports).toEqual([]);
  }, 120_000);

  it('refuses an unknown pid', async () => {
    const { outcome } = await scan({
      rules: utf8(ENV),
      rulesName: 'env.yar',
      container: 0,
      pid: 999,
    });
    expect(outcome.error).toBe('pid 999 has no memory images in this checkpoint');
  });

  it('scans one process: progress in bytes up to the total, one hit, coverage of its VMAs', async () => {
    const { outcome, reports } = await scan({
      rules: utf8(ENV),
      rulesName: 'env.yar',
      container: 0,
      pid: 10,
    });
    expect(outcome).toMatchObject({ completed: true });
    const last = reports[reports.length - 1];
    expect(last.done).toBe(true);
    expect(last.scannedBytes).toBe(last.totalBytes);
    const hits = reports.flatMap((r) => r.hits);
    expect(hits.map((h) => [h.rule, h.target.kind === 'memory' && h.target.pid])).toEqual([
      ['env', 10],
    ]);
    expect(new Set(reports.flatMap((r) => r.coverage).map((c) => c.pid))).toEqual(new Set([10]));
    for (let i = 1; i < reports.length; i++)
      expect(reports[i].scannedBytes).toBeGreaterThanOrEqual(reports[i - 1].scannedBytes);
  }, 300_000);

  it('a new scan replaces the running one; cancel stops a scan', async () => {
    const first = scan({ rules: utf8(ENV), rulesName: 'env.yar' });
    const second = scan({ rules: utf8(ENV), rulesName: 'env.yar', container: 0, pid: 10 });
    const [a, b] = await Promise.all([first, second]);
    expect(a.outcome.completed).toBe(false);
    expect(a.reports.some((r) => r.done)).toBe(false);
    expect(b.outcome.completed).toBe(true);
    expect(b.outcome.id).toBeGreaterThan(a.outcome.id);

    const third = api.runJob('yara', { rules: utf8(ENV), rulesName: 'env.yar' }, async () => {
      await api.cancelJob('yara');
    });
    expect((await third).completed).toBe(false);
  }, 300_000);
});

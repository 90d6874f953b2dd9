/** The worker's history calls and `secrets` job, in Node, on the shell fixture. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAnalyserApi } from '../../../workers/api.ts';
import type { SecretsProgress } from '../../../workers/history-secrets-protocol.ts';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');
const KEY = 'AKIAFIXTURE000000002';

async function opened(name: string) {
  const api = createAnalyserApi();
  const file = new File([await readFile(path.join(FIXTURES, name))], name);
  expect((await api.open(file)).status).toBe('opened');
  return api;
}

describe('history and secrets worker API', () => {
  it('sends history rows with addresses for the hex view', async () => {
    const api = await opened('shell.tar.zst');
    const h = await api.history();
    const bash = h.rows.filter((r) => r.pid === 10);
    expect(bash.map((r) => r.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(bash[0]).toMatchObject({
      comm: 'bash',
      time: '2026-12-06T03:54:26Z',
      command: 'echo FIXTURE-HIST-01',
      foundBy: 'timestamp',
    });
    expect(typeof bash[0]!.address).toBe('bigint');
    expect(h.processes.find((p) => p.pid === 26)!.notes[0]).toMatch(/dash/);
    // Computed once per archive.
    expect(await api.history()).toBe(h);
    await api.close();
  });

  it('scans for secrets with progress, sends masked rows, reveals one on request', async () => {
    const api = await opened('shell.tar.zst');
    const reports: SecretsProgress[] = [];
    const outcome = await api.runJob('secrets', {}, (p) => reports.push(p));
    expect(outcome.completed).toBe(true);
    const out = outcome.result!;
    expect(reports[reports.length - 1]).toMatchObject({ done: true });
    expect(reports[reports.length - 1]!.scannedBytes).toBeGreaterThan(0);
    const row = out.rows.find((r) => r.rule === 'aws-access-key-id')!;
    expect(row.masked).toBe('AKIA•••••• (20 chars)');
    expect(
      JSON.stringify(out.rows, (_k, v) => (typeof v === 'bigint' ? String(v) : v)),
    ).not.toContain(KEY);
    expect(row.locations[0]!.target).toMatchObject({ to: 'address', pid: 27 });
    expect(await api.secretReveal(row.id)).toBe(KEY);
    await expect(api.secretReveal(999)).rejects.toThrow(/no secret 999/);

    // A scan cancelled at once completes nothing; a later one runs again.
    const first = api.runJob('secrets', {}, () => undefined);
    await api.cancelJob('secrets');
    expect((await first).completed).toBe(false);
    const mine = await api.runJob(
      'secrets',
      {
        builtin: false,
        rulesToml: `[[rules]]\nid = "hist"\nregex = '''FIXTURE-HIST-08'''\nkeywords = ["fixture-hist-08"]\n`,
      },
      () => undefined,
    );
    expect(mine.result?.rules).toEqual(['hist']);
    expect(mine.result?.rows.map((r) => r.rule)).toEqual(['hist']);
    // The value of a row of the earlier scan is replaced by this scan's.
    expect(await api.secretReveal(mine.result!.rows[0]!.id)).toBe('FIXTURE-HIST-08');
    const refused = await api.runJob(
      'secrets',
      { builtin: false, rulesToml: 'nope [' },
      () => undefined,
    );
    expect(refused.error).toBe('no usable rules');
    expect(refused.result?.problems.length).toBeGreaterThan(0);
    await api.close();
  });

  it("keeps the last scan's high-confidence secrets as findings, masked, for the page's report", async () => {
    const api = await opened('shell.tar.zst');
    // No scan yet: the report must be able to say so instead of showing none.
    expect(await api.secretsFindings()).toBeUndefined();
    expect((await api.runJob('secrets', {}, () => undefined)).completed).toBe(true);
    const findings = (await api.secretsFindings())!;
    const aws = findings.find((f) => f.summary.startsWith('AWS access key'));
    expect(aws).toMatchObject({ severity: 'high', pid: 27 });
    expect(aws!.rule.id).toBe('secrets.credential');
    expect(aws!.summary).toContain('AKIA••••••');
    expect(
      JSON.stringify(findings, (_k, v) => (typeof v === 'bigint' ? String(v) : v)),
    ).not.toContain(KEY);
    // A single container: no container numbers, as in the findings view.
    expect(findings.every((f) => f.container === undefined)).toBe(true);
    await api.close();
  });
});

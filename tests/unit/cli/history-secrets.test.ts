/** `npm run cli -- history|secrets ARCHIVE` and `inspect --json`'s history, as a user runs them. */
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

const SHELL = fixturePath('shell.tar.zst');
const KEY = 'AKIAFIXTURE000000002';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-secrets-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('history and secrets commands', () => {
  it('history prints bash entries with UTC times, and --json has exact addresses', async () => {
    const text = await cli('history', SHELL);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/pid 10 bash \(readline, 8 entries in history-list order\)/);
    expect(text.out).toMatch(/2026-12-06T03:54:39Z\s+echo 'FIXTURE-HIST-06 naïve café 日本語 ✓'/);
    const json = JSON.parse((await cli('history', SHELL, '--json')).out) as {
      processes: { pid: number; entries: { command: string; entryAddress: string }[] }[];
    };
    const bash = json.processes.find((p) => p.pid === 10)!;
    expect(bash.entries).toHaveLength(8);
    expect(bash.entries[0]!.entryAddress).toMatch(/^0x[0-9a-f]+$/);
  });

  it('inspect --json carries the history', async () => {
    const doc = JSON.parse((await cli('inspect', SHELL, '--json', '--no-sha256')).out) as {
      processes: unknown[];
      history: { processes: { pid: number; entries: { command: string }[] }[] };
    };
    expect(doc.processes.length).toBeGreaterThan(0);
    expect(doc.history.processes.find((p) => p.pid === 10)!.entries[7]!.command).toBe(
      'uname -a; id  # FIXTURE-HIST-08',
    );
  });

  it('secrets masks values unless --reveal, and takes a gitleaks rules file', async () => {
    const masked = await cli('secrets', SHELL);
    expect(masked.code).toBe(0);
    expect(masked.out).toContain('AKIA•••••• (20 chars)');
    expect(masked.out).not.toContain(KEY);
    const json = JSON.parse((await cli('secrets', SHELL, '--json')).out) as {
      secrets: {
        rule: string;
        value?: string;
        masked: string;
        locations: { pid: number; address: string }[];
      }[];
    };
    const akid = json.secrets.find((s) => s.rule === 'aws-access-key-id')!;
    expect(akid.value).toBeUndefined();
    expect(akid.locations).toEqual([
      {
        kind: 'memory',
        pid: 27,
        address: '0x7f1536fbb9e0',
        label: 'memory of pid 27 at 0x7f1536fbb9e0',
      },
    ]);
    const revealed = JSON.parse(
      (await cli('secrets', SHELL, '--json', '--reveal')).out,
    ) as typeof json;
    expect(revealed.secrets.find((s) => s.rule === 'aws-access-key-id')!.value).toBe(KEY);

    const rules = path.join(tmp, 'rules.toml');
    fs.writeFileSync(
      rules,
      `[[rules]]\nid = "fixture-token"\nregex = '''FIXTURE-HIST-0[0-9]'''\nkeywords = ["fixture-hist-"]\n`,
    );
    const mine = JSON.parse(
      (await cli('secrets', SHELL, '--json', '--rules', rules, '--reveal')).out,
    ) as typeof json;
    expect(
      mine.secrets
        .filter((s) => s.rule === 'fixture-token')
        .map((s) => s.value)
        .sort(),
    ).toContain('FIXTURE-HIST-08');
    const bad = await cli('secrets', SHELL, '--rules', path.join(tmp, 'missing.toml'));
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/cannot read/);
  });
});

/**
 * `npm run cli -- findings` and the findings in `inspect --json`, run through the CLI
 * dispatcher as a user would: text and JSON, --min-severity, --fail-on's exit code 3, damaged
 * input's exit 1, a pod per container and together.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run.ts';
import { EXIT_FINDINGS } from '../../../src/cli/commands/findings.ts';
import { FIXTURES } from '../model/fixtures.ts';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

const fixture = (name: string) => path.join(FIXTURES, name);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-findings-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('cli findings', () => {
  it('lists the planted findings most severe first, with evidence', async () => {
    const r = await cli('findings', fixture('lifecycle.tar.zst'));
    const heads = r.out.split('\n').filter((l) => /^[A-Z]/.test(l));
    expect(heads.map((l) => l.split(' ')[0])).toEqual([
      'HIGH',
      'HIGH',
      'HIGH',
      'HIGH',
      'MEDIUM',
      'MEDIUM',
      'LOW',
    ]);
    expect(r.out).toContain('memory.wx-anonymous [T1055]: pid 11 (fx-memfd-exe)');
    expect(r.out).toContain('- pid 11 VMA 0x7f2399045000-0x7f2399046000 rwx [anon-private]');
  });

  it('--json: the findings with exact addresses as JSON numbers', async () => {
    const r = await cli('findings', fixture('lifecycle.tar.zst'), '--json');
    const doc = JSON.parse(r.out);
    expect(doc.archive).toBe('lifecycle.tar.zst');
    expect(doc.findings).toHaveLength(7);
    const wx = doc.findings.find(
      (f: { rule: { id: string } }) => f.rule.id === 'memory.wx-anonymous',
    );
    expect(wx.rule.attack).toBe('T1055');
    // Addresses are written from the bigint, digit for digit.
    expect(r.out).toContain(`"address": ${0x7f2399045000n}`);
  });

  it('--min-severity hides the rest; a bad severity is a usage error', async () => {
    const r = await cli(
      'findings',
      fixture('lifecycle.tar.zst'),
      '--json',
      '--min-severity',
      'high',
    );
    expect(JSON.parse(r.out).findings.map((f: { severity: string }) => f.severity)).toEqual([
      'high',
      'high',
      'high',
      'high',
    ]);
    const bad = await cli('findings', fixture('lifecycle.tar.zst'), '--min-severity', 'severe');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--min-severity must be one of high, medium, low, info');
  });

  it('--fail-on exits 3 when a finding that severe exists, 0 otherwise', async () => {
    expect(EXIT_FINDINGS).toBe(3);
    expect((await cli('findings', fixture('lifecycle.tar.zst'), '--fail-on', 'high')).code).toBe(3);
    expect((await cli('findings', fixture('web.tar.zst'), '--fail-on', 'medium')).code).toBe(0);
    expect((await cli('findings', fixture('web.tar.zst'), '--fail-on', 'low')).code).toBe(3);
    expect((await cli('findings', fixture('web.tar.zst'))).code).toBe(0);
  });

  it('damaged input keeps exit 1, with one line naming the problem', async () => {
    const whole = fs.readFileSync(fixture('lifecycle.tar.zst'));
    const cut = path.join(tmp, 'cut.tar.zst');
    fs.writeFileSync(cut, whole.subarray(0, Math.floor(whole.length * 0.6)));
    const r = await cli('findings', cut);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    // What was read still holds pid 11's memfd executable: a failing finding wins over damage.
    expect(r.out).toContain('exe.memfd [T1620]: pid 11 (fx-memfd-exe)');
    const failing = await cli('findings', cut, '--fail-on', 'high');
    expect(failing.code).toBe(3);
    expect(failing.err.trim().split('\n')).toHaveLength(1);
  });

  it('a pod: per container and together', async () => {
    const r = await cli('findings', fixture('pod-kitchen-web.tar.zst'), '--json');
    const doc = JSON.parse(r.out);
    expect(doc.containers.map((c: { name: string }) => c.name)).toEqual(['kitchen', 'web']);
    const per = doc.containers.map((c: { findings: unknown[] }) => c.findings.length);
    expect(doc.findings).toHaveLength(per[0] + per[1]);
    expect(new Set(doc.findings.map((f: { container: number }) => f.container))).toEqual(
      new Set([0, 1]),
    );
    const text = await cli('findings', fixture('pod-kitchen-web.tar.zst'));
    expect(text.out).toContain('== container 0: kitchen');
    expect(text.out).toContain('== container 1: web');
  });
});

describe('cli inspect --json', () => {
  it('carries the findings', async () => {
    const r = await cli('inspect', fixture('shell.tar.zst'), '--json', '--no-sha256');
    const doc = JSON.parse(r.out);
    // The same list as `findings`: the planted credentials of pid 27 are findings too.
    expect(doc.findings.map((f: { rule: { id: string } }) => f.rule.id)).toEqual([
      'network.shell-on-socket',
      'secrets.credential',
      'secrets.credential',
      'network.netcat',
      'network.unpublished-listener',
    ]);
    // The model is still all there.
    expect(doc.processes).toHaveLength(6);
  });

  it('in a pod, per container too', async () => {
    const r = await cli('inspect', fixture('pod-kitchen-web.tar.zst'), '--json', '--no-sha256');
    const doc = JSON.parse(r.out);
    expect(doc.containers.every((c: { findings?: unknown[] }) => Array.isArray(c.findings))).toBe(
      true,
    );
    expect(doc.findings.length).toBeGreaterThan(0);
  });
});

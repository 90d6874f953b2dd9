/** `npm run cli -- x` and `inspect`, run through the CLI dispatcher as a user would. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run.ts';
import { expectedText, FIXTURES } from './fixtures.ts';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

const fixture = (name: string) => path.join(FIXTURES, name);

describe('cli x', () => {
  it('prints exactly what crit x prints', async () => {
    for (const what of ['ps', 'fds', 'mems']) {
      const r = await cli('x', fixture('web.tar.zst'), what);
      expect(r).toEqual({ code: 0, out: expectedText('web.tar.zst', `x-${what}.txt`), err: '' });
    }
  });

  it('fails with one line and a non-zero code', async () => {
    const bad = await cli('x', fixture('web.tar.zst'), 'rss');
    expect(bad.code).toBe(2);
    expect(bad.err).toBe("cc-analyser x: unknown explorer 'rss' (use ps, fds or mems)\n");
    const missing = await cli('x', fixture('nope.tar'), 'ps');
    expect(missing.code).not.toBe(0);
    expect(missing.err.trim().split('\n')).toHaveLength(1);
    expect(missing.err).not.toMatch(/\n\s+at /);
    expect((await cli('x')).code).toBe(2);
  });
});

describe('cli inspect', () => {
  it('--json prints the whole model as one document', async () => {
    const r = await cli('inspect', fixture('kitchen.tar.zst'), '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(Object.keys(doc)).toEqual(
      expect.arrayContaining([
        'archive',
        'container',
        'processes',
        'files',
        'sockets',
        'pipes',
        'ipc',
        'mounts',
        'fsChanges',
        'problems',
      ]),
    );
    expect(doc.archive).toBe('kitchen.tar.zst');
    expect(doc.processes[0].cmdline).toContain('--token=argv-canary-19c2');
  });

  it('without --json prints a tree with the process tree and queued data', async () => {
    const r = await cli('inspect', fixture('kitchen.tar.zst'));
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('kitchen');
    expect(lines).toContain('├── Engine: Podman');
    expect(r.out).toContain('[1]  /bin/kitchen-sink --mode=demo --token=argv-canary-19c2');
    expect(r.out).toContain('FORENSIC_MARKER=env-canary-7f3a');
    expect(r.out).toContain('[7]  ks-thread-a');
    expect(r.out).toContain('receive queue 21 bytes: "tcp-payload-in-flight"');
    expect(r.out).toContain('queued #1 20 bytes: "queued-in-socketpair"');
    expect(r.out).toContain(
      '/tmp/deleted.txt: 49 bytes: "ghost-content: this file was unlinked while open⏎"',
    );
  });

  it('prints both containers of a pod', async () => {
    const r = await cli('inspect', fixture('pod-kitchen-web.tar.zst'), '--json');
    const doc = JSON.parse(r.out);
    expect(
      doc.containers.map((c: { container: { name: string } }) => c.container.name).sort(),
    ).toEqual(['kitchen', 'web']);
  });

  it('rejects a wrong option in one line', async () => {
    const r = await cli('inspect', fixture('kitchen.tar.zst'), '--yaml');
    expect(r).toMatchObject({ code: 2, err: 'cc-analyser inspect: unknown option --yaml\n' });
  });
});

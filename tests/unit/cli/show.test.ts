import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../../src/cli/run.ts';
import type { CliCommand } from '../../../src/cli/command.ts';
import { fixturePath } from '../archive/helpers.ts';
import { cli } from './run-cli.ts';

type Json = Record<string, unknown> & { containers: Record<string, unknown>[] };

const EXPECTED: Record<
  string,
  { engine: string; names: string[]; pod?: string; namespace?: string }
> = {
  'kitchen.tar.zst': { engine: 'podman', names: ['kitchen'] },
  'kitchen.tar.gz': { engine: 'podman', names: ['kitchen'] },
  'web.tar.zst': { engine: 'podman', names: ['web'] },
  'many.tar.zst': { engine: 'podman', names: ['many'] },
  'memhog-256m.tar.zst': { engine: 'podman', names: ['memhog'] },
  'crio-kitchen.tar.zst': {
    engine: 'cri-o',
    names: ['kitchen'],
    pod: 'kitchen-pod',
    namespace: 'forensics',
  },
  'containerd-kitchen.tar.zst': {
    engine: 'containerd',
    names: ['kitchen'],
    pod: 'kitchen-pod',
    namespace: 'forensics',
  },
  'pod-kitchen-web.tar.zst': {
    engine: 'podman',
    names: ['kitchen', 'web'],
    pod: 'kitchen-pod',
    namespace: 'forensics',
  },
  'bare-images.tar.gz': { engine: 'bare-criu', names: ['img'] },
};

describe('cli show --json', () => {
  for (const [name, e] of Object.entries(EXPECTED)) {
    it(name, async () => {
      const { code, stdout, stderr } = await cli('show', fixturePath(name), '--json');
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const summary = JSON.parse(stdout) as Json;
      expect(summary.name).toBe(name);
      expect(summary.engine).toBe(e.engine);
      expect(summary.containers.map((c) => c.name)).toEqual(e.names);
      for (const c of summary.containers) {
        expect(c.engine).toBe(e.engine);
        if (e.pod) expect(c.pod).toBe(e.pod);
        if (e.namespace) expect(c.namespace).toBe(e.namespace);
        // 64-bit counters are printed as plain JSON numbers.
        expect(typeof (c.stats as { dump: { pages_written: unknown } }).dump.pages_written).toBe(
          'number',
        );
      }
      expect(summary.problems).toEqual([]);
    });
  }

  it('prints an array for several archives', async () => {
    const { code, stdout } = await cli(
      'show',
      '--json',
      fixturePath('web.tar.zst'),
      fixturePath('kitchen.tar.zst'),
    );
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as Json[]).map((s) => s.name)).toEqual([
      'web.tar.zst',
      'kitchen.tar.zst',
    ]);
  });
});

describe('cli show table', () => {
  it('prints checkpointctl-style columns, pod columns and statistics', async () => {
    const { code, stdout } = await cli('show', fixturePath('crio-kitchen.tar.zst'));
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Displaying container checkpoint data from crio-kitchen.tar.zst');
    const header = lines.find((l) => l.startsWith('CONTAINER'))!;
    expect(header.split(/\s{2,}/)).toEqual([
      'CONTAINER',
      'IMAGE',
      'ID',
      'RUNTIME',
      'CREATED',
      'ENGINE',
      'CHKPT SIZE',
      'ROOT FS DIFF SIZE',
      'POD',
      'NAMESPACE',
    ]);
    const row = lines[lines.indexOf(header) + 2].split(/\s{2,}/);
    expect(row).toEqual([
      'kitchen',
      'localhost/ckdemo:1',
      '9a24dbbe2c2b',
      'runc',
      '2026-11-28T11:52:59.106509253Z',
      'CRI-O',
      '25.4 MiB',
      '4.5 KiB',
      'kitchen-pod',
      'forensics',
    ]);
    expect(stdout).toContain('CRIU dump statistics:');
    expect(stdout).toMatch(/Pages written:\s+6473/);
    expect(stdout).toMatch(/CRIU version:\s+4\.2/);
  });

  it('opens an unpacked folder like a dropped folder', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-cli-'));
    try {
      const img = path.join(dir, 'img');
      fs.mkdirSync(img);
      const inv = Buffer.alloc(8);
      inv.writeUInt32LE(0x58313116, 0);
      fs.writeFileSync(path.join(img, 'inventory.img'), inv);
      const { code, stdout } = await cli('show', img, '--json');
      expect(code).toBe(0);
      const s = JSON.parse(stdout) as Json;
      expect(s.inputKind).toBe('folder');
      expect(s.containers[0]).toMatchObject({
        engine: 'bare-criu',
        imagesDir: 'img/',
        imageCount: 1,
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cli errors', () => {
  it('a missing file: one line on stderr, exit 1', async () => {
    const { code, stdout, stderr } = await cli('show', '/no/such/checkpoint.tar');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'cc-analyser show: cannot open /no/such/checkpoint.tar: no such file or directory\n',
    );
  });

  it('a file that is not a checkpoint says what it is', async () => {
    const { code, stderr } = await cli('show', fixturePath('README.md'));
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('plain text, not a checkpoint archive');
  });

  it('usage errors exit 2', async () => {
    expect((await cli()).code).toBe(2);
    expect((await cli('frobnicate')).stderr).toContain("unknown command 'frobnicate'");
    expect((await cli('show')).code).toBe(2);
    expect((await cli('show', 'x', '--nope')).stderr).toContain('unknown option --nope');
  });

  it('help lists the registered commands', async () => {
    const { code, stdout } = await cli('help');
    expect(code).toBe(0);
    expect(stdout).toContain('show');
  });

  it('an unexpected exception becomes one line without a stack trace', async () => {
    const boom: CliCommand = {
      name: 'boom',
      summary: 'fails',
      usage: 'boom',
      run: async () => {
        throw new TypeError('something broke\n    at somewhere (file.ts:1:1)');
      },
    };
    let stderr = '';
    const code = await runCli(['boom'], { stdout: () => undefined, stderr: (t) => (stderr += t) }, [
      boom,
    ]);
    expect(code).toBe(1);
    expect(stderr).toBe('cc-analyser boom: something broke\n');
  });

  it('npm run cli entry: exit code and stderr of the real process', () => {
    const root = path.resolve(fixturePath('..'), '..');
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'show', '/no/such/file'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'cc-analyser show: cannot open /no/such/file: no such file or directory',
    );
  });
});

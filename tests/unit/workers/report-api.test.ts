/**
 * The worker's part of the page's report, through `createAnalyserApi()` as the page calls it
 * (minus Comlink), on shell.tar.zst: the input's digest once hashed, the container's identity,
 * the process tree and sockets in brief; the timeline the page adds has config.dump's created
 * time.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyserApi } from '../../../workers/api.ts';
import { FIXTURES } from '../model/fixtures.ts';

const SHELL = path.join(FIXTURES, 'shell.tar.zst');

describe('reportData', () => {
  it('gives the containers in brief and the input digest', async () => {
    const api = createAnalyserApi();
    await expect(api.reportData()).rejects.toThrow('no checkpoint is open');
    const file = new File([readFileSync(SHELL)], 'shell.tar.zst');
    expect((await api.open(file)).status).toBe('opened');
    const digest = await api.sha256();
    const data = await api.reportData();
    expect(data.input).toEqual({ name: 'shell.tar.zst', bytes: file.size, sha256: digest });
    expect(digest).toBe(execFileSync('sha256sum', [SHELL], { encoding: 'utf8' }).split(' ')[0]);
    const config = JSON.parse(
      execFileSync('tar', ['--zstd', '-xOf', SHELL, 'config.dump'], { encoding: 'utf8' }),
    ) as { name: string; createdTime: string };
    expect(data.containers).toHaveLength(1);
    const c = data.containers[0]!;
    expect(c.identity.name).toBe(config.name);
    expect(c.processes.total).toBeGreaterThan(3);
    expect(c.processes.shown[0]).toMatchObject({ pid: 1, depth: 0 });
    // The reverse shell's connection to nc on 127.0.0.1:5555 (facts: workloads/shell-entrypoint.sh).
    expect(c.established.shown.some((s) => s.remote === '127.0.0.1:5555')).toBe(true);
    expect(c.listening.shown.some((s) => s.local === '127.0.0.1:5555')).toBe(true);
    // The page takes the timeline from the worker's timeline(), as the Timeline view does.
    const created = (await api.timeline()).events.find(
      (e) => e.timestampDesc === 'Container created',
    );
    expect(created?.datetime).toBe(config.createdTime);
    await api.close();
  });
});

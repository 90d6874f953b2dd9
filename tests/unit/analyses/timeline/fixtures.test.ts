/**
 * The timeline of the real checkpoints against what was planted and what other tools say:
 * config.dump's created time and facts.json's, the checkpoint's second, bash's own history
 * timestamps, the container log lines, and rootfs-diff.tar's header times as GNU tar lists them.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTimeline, type TimelineResult } from '../../../../src/lib/analyses/timeline/index.ts';
import { fixtureArchive, fixtureModels, FIXTURES } from '../../model/fixtures.ts';

interface Facts {
  container_created: string;
  checkpoint_started: string;
  bash?: { pid: number; history: { stored: string; timestamp: number; timestamp_utc: string }[] };
  container_log?: string[];
}

const facts = (name: string) =>
  JSON.parse(fs.readFileSync(path.join(FIXTURES, 'expected', name, 'facts.json'), 'utf8')) as Facts;

const timelines = new Map<string, Promise<TimelineResult>>();
function timeline(name: string): Promise<TimelineResult> {
  let t = timelines.get(name);
  if (!t) {
    t = Promise.all([fixtureArchive(name), fixtureModels(name)]).then(([a, m]) =>
      buildTimeline(a, m),
    );
    timelines.set(name, t);
  }
  return t;
}

/** `tar tvf --full-time` of the archive's rootfs-diff.tar, in UTC: [path, 'YYYY-MM-DD HH:MM:SS']. */
async function tarListing(name: string): Promise<[string, string][]> {
  const archive = await fixtureArchive(name);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'timeline-'));
  try {
    const file = path.join(dir, 'rootfs-diff.tar');
    fs.writeFileSync(file, await archive.read('rootfs-diff.tar'));
    const out = spawnSync('tar', ['tvf', file, '--full-time'], {
      encoding: 'utf8',
      env: { ...process.env, TZ: 'UTC' },
    });
    expect(out.status).toBe(0);
    return out.stdout
      .trim()
      .split('\n')
      .map((line) => {
        const m = /^\S+ \S+\s+\d+ (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) (.*?)$/.exec(line)!;
        return [m[2]!, m[1]!];
      });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('timeline of shell.tar.zst', () => {
  const name = 'shell.tar.zst';

  it('is sorted by time, every event with an exact time that agrees with its datetime', async () => {
    const { events } = await timeline(name);
    expect(events.length).toBeGreaterThan(10);
    for (let i = 1; i < events.length; i++)
      expect(events[i]!.timestampUs >= events[i - 1]!.timestampUs).toBe(true);
    for (const e of events) {
      const ms = BigInt(Date.parse(e.datetime));
      expect(e.timestampUs / 1000n).toBe(ms);
      expect(e.datetime.endsWith('Z')).toBe(true);
    }
  });

  it('has the container created at config.dump createdTime, to the nanosecond', async () => {
    const { events } = await timeline(name);
    const created = events.filter((e) => e.timestampDesc === 'Container created');
    expect(created).toHaveLength(1);
    expect(created[0]!.datetime).toBe(facts(name).container_created);
    expect(created[0]!.timestampUs).toBe(1796529262309632n);
    expect(created[0]!.source).toBe('engine');
    expect(created[0]!.evidence.target).toEqual({ to: 'image', name: 'config.dump' });
  });

  it('has the checkpoint at the second it was started (Podman writes no checkpointedTime)', async () => {
    const { events } = await timeline(name);
    const taken = events.filter((e) => e.source === 'checkpoint');
    expect(taken.map((e) => e.timestampDesc)).toEqual(['Checkpoint images written']);
    const started = facts(name).checkpoint_started;
    expect(taken[0]!.datetime).toBe(`${started.slice(0, 19)}Z`);
    expect(taken[0]!.precision).toBe('recorded');
  });

  it("has bash's 8 history entries at bash's own timestamps", async () => {
    const { events } = await timeline(name);
    const f = facts(name).bash!;
    const history = events.filter((e) => e.source === 'history');
    expect(history.map((e) => [e.pid, e.datetime, e.timestampUs])).toEqual(
      f.history.map((h) => [f.pid, h.timestamp_utc, BigInt(h.timestamp) * 1_000_000n]),
    );
    for (const [i, e] of history.entries()) {
      const first = f.history[i]!.stored.split('\n')[0]!;
      expect(e.message).toContain(first);
      expect(e.evidence.target).toMatchObject({ to: 'address', pid: f.pid });
    }
  });

  it("has rootfs-diff.tar's files at the times tar lists", async () => {
    const { events } = await timeline(name);
    const rootfs = events
      .filter((e) => e.source === 'rootfs' && !e.path!.startsWith('/dev/shm'))
      .map((e) => [e.path!.replace(/\/$/, ''), e.datetime.replace('T', ' ').replace('Z', '')]);
    const listed = (await tarListing(name)).map(([p, t]) => [p.replace(/\/$/, ''), t]);
    expect(rootfs.sort()).toEqual(listed.sort());
    expect(listed.length).toBe(4);
  });

  it('says why process start times are absent', async () => {
    const { problems } = await timeline(name);
    expect(problems.some((p) => p.message.startsWith('Process start times are not'))).toBe(true);
  });
});

describe('timeline of lifecycle.tar.zst', () => {
  const name = 'lifecycle.tar.zst';

  it('has the container created and the checkpoint as planted', async () => {
    const { events } = await timeline(name);
    const f = facts(name);
    const created = events.find((e) => e.timestampDesc === 'Container created')!;
    expect(created.datetime).toBe(f.container_created);
    const written = events.find((e) => e.timestampDesc === 'Checkpoint images written')!;
    expect(written.datetime).toBe(`${f.checkpoint_started.slice(0, 19)}Z`);
  });

  it("has every line of ctr.log at its own time, converted to UTC's Z", async () => {
    const { events } = await timeline(name);
    const log = events.filter((e) => e.source === 'log');
    expect(log.map((e) => [e.datetime, e.message])).toEqual(
      facts(name).container_log!.map((line) => {
        const [time, stream, , ...text] = line.split(' ');
        return [time!.replace('+00:00', 'Z'), `${stream}: ${text.join(' ')}`];
      }),
    );
  });

  it("has rootfs-diff.tar's files at the times tar lists", async () => {
    const { events } = await timeline(name);
    const rootfs = events
      .filter((e) => e.source === 'rootfs' && !e.path!.startsWith('/dev/shm'))
      .map((e) => [e.path!.replace(/\/$/, ''), e.datetime.replace('T', ' ').replace('Z', '')]);
    const listed = (await tarListing(name)).map(([p, t]) => [p.replace(/\/$/, ''), t]);
    expect(rootfs.sort()).toEqual(listed.sort());
  });

  it("has the deleted executable's ghost-file times to the microsecond", async () => {
    const { events } = await timeline(name);
    const ghost = events.filter((e) => e.source === 'ghost');
    expect(ghost.map((e) => [e.timestampDesc, e.path])).toEqual([
      ['File accessed', '/tmp/fx-deleted-exe'],
      ['File modified', '/tmp/fx-deleted-exe'],
    ]);
    const [models] = [await fixtureModels(name)];
    const g = models[0]!.model.ghostFiles[0]!;
    expect(ghost[1]!.timestampUs).toBe(g.mtimeUs);
    expect(ghost[1]!.datetime).toMatch(/^2026-12-06T03:54:19\.\d{6}Z$/);
  });
});

describe('timeline of the CRI-O and containerd layouts', () => {
  it("CRI-O: the engine's checkpointedTime, and deleted files at it, marked derived", async () => {
    const { events } = await timeline('crio-kitchen.tar.zst');
    const taken = events.find((e) => e.timestampDesc === 'Checkpoint taken')!;
    expect(taken.datetime).toBe('2026-11-28T11:53:02Z');
    const deleted = events.filter((e) => e.source === 'deleted');
    expect(deleted.map((e) => [e.path, e.datetime, e.precision])).toEqual([
      ['/srv/index.html', '2026-11-28T11:53:02Z', 'derived'],
    ]);
    expect(deleted[0]!.note).toContain('config.dump checkpointedTime');
    // The created time in config.dump, spec.dump's annotation and status.dump is one event.
    expect(events.filter((e) => e.timestampDesc === 'Container created')).toHaveLength(1);
    expect(events.filter((e) => e.source === 'log')).toHaveLength(1);
  });

  it("containerd: status's nanosecond times, exact", async () => {
    const { events } = await timeline('containerd-kitchen.tar.zst');
    const started = events.find((e) => e.timestampDesc === 'Container started')!;
    expect(started.datetime).toBe('2026-11-28T12:12:50.500000000Z');
    expect(started.timestampUs).toBe(1795867970500000n);
  });

  it('pod: every event names its container', async () => {
    const { events } = await timeline('pod-kitchen-web.tar.zst');
    const created = events.filter((e) => e.timestampDesc === 'Container created');
    expect(created.map((e) => e.container).sort()).toEqual([0, 1]);
  });
});

/**
 * diffCheckpoints on models altered in code (a copy of the real kitchen model with one thing
 * changed at a time): each change lands in its section, with the right key and field, and
 * nothing else moves.
 */
import { describe, expect, it } from 'vitest';
import {
  diffCheckpoints,
  pairContainers,
  renderDiffReport,
  type CheckpointDiff,
  type DiffSide,
} from '../../../src/lib/analyses/diff/index.ts';
import type { ContainerModel } from '../../../src/lib/model/from-archive.ts';
import type { CheckpointModel, ProcessInfo } from '../../../src/lib/model/types.ts';
import { fixtureModels } from '../model/fixtures.ts';

async function kitchen(): Promise<CheckpointModel> {
  const [c] = await fixtureModels('kitchen.tar.zst');
  return structuredClone(c!.model);
}

async function compare(change: (b: CheckpointModel) => void): Promise<CheckpointDiff> {
  const a = await kitchen();
  const b = await kitchen();
  change(b);
  const side = (label: string, model: CheckpointModel): DiffSide => ({ label, model });
  return diffCheckpoints(side('A', a), side('B', b));
}

const proc = (m: CheckpointModel, pid: number): ProcessInfo =>
  m.processes.find((p) => p.pid === pid)!;

const changedOnly = <T extends { status: string }>(xs: T[]) =>
  xs.filter((x) => x.status !== 'unchanged');

describe('processes', () => {
  it('a process removed in B is removed, with its fds and sockets', async () => {
    const d = await compare((b) => {
      b.processes = b.processes.filter((p) => p.pid !== 10);
      for (const s of b.sockets) s.holders = s.holders.filter((h) => h.pid !== 10);
    });
    expect(changedOnly(d.processes).map((p) => [p.pid, p.status, p.comm])).toEqual([
      [10, 'removed', 'sleep'],
    ]);
    expect(d.summary.processes).toEqual({ added: 0, removed: 1, changed: 0, unchanged: 3 });
    expect(changedOnly(d.files).every((f) => f.pid === 10 && f.status === 'removed')).toBe(true);
    expect(d.summary.files.removed).toBe(22);
    expect(changedOnly(d.sockets).map((s) => [s.pid, s.status])).toEqual(
      Array.from({ length: 8 }, () => [10, 'removed']),
    );
    expect(changedOnly(d.memoryMaps).map((p) => [p.pid, p.status])).toEqual([[10, 'removed']]);
  });

  it('a process added in B is added, with its command line', async () => {
    const d = await compare((b) => {
      const p = structuredClone(proc(b, 10));
      p.pid = 42;
      p.comm = 'intruder';
      p.cmdline = ['/tmp/intruder', '--listen'];
      b.processes.push(p);
    });
    const added = changedOnly(d.processes);
    expect(added.map((p) => [p.pid, p.status, p.comm, p.cmdline])).toEqual([
      [42, 'added', 'intruder', ['/tmp/intruder', '--listen']],
    ]);
    expect(added[0]!.changes).toEqual([]);
    expect(d.summary.files.added).toBe(22);
  });

  it('an environment variable changed, added and removed, read from memory', async () => {
    const d = await compare((b) => {
      const p = proc(b, 1);
      p.environ = p
        .environ!.filter((e) => !e.startsWith('TERM='))
        .map((e) => (e.startsWith('FORENSIC_MARKER=') ? 'FORENSIC_MARKER=changed-value' : e));
      p.environ.push('LD_PRELOAD=/tmp/evil.so');
    });
    const p1 = d.processes.find((p) => p.pid === 1)!;
    expect(p1.status).toBe('changed');
    expect(p1.env).toEqual({
      added: ['LD_PRELOAD=/tmp/evil.so'],
      removed: ['TERM=xterm'],
      changed: [{ name: 'FORENSIC_MARKER', a: 'env-canary-7f3a', b: 'changed-value' }],
    });
    expect(p1.changes).toEqual([]);
    expect(changedOnly(d.processes).map((p) => p.pid)).toEqual([1]);
  });

  it('state, credentials, cmdline, cwd and a new thread are per-field changes', async () => {
    const d = await compare((b) => {
      const p = proc(b, 6);
      p.state = 'stopped';
      p.creds!.euid = 1000;
      p.creds!.capEffective = p.creds!.capEffective.filter((c) => c !== 'CAP_KILL');
      p.cwd = '/tmp';
      p.cmdline = ['ks-worker', '--evil'];
      p.threads.push({ ...structuredClone(p.threads[1]!), tid: 99, comm: 'new-thread' });
    });
    const p6 = d.processes.find((p) => p.pid === 6)!;
    expect(p6.status).toBe('changed');
    const fields = new Map(p6.changes.map((c) => [c.field, c]));
    expect(fields.get('state')).toEqual({ field: 'state', a: 'alive', b: 'stopped' });
    expect(fields.get('uid')).toEqual({ field: 'uid', a: '0/0/0/0', b: '0/1000/0/0' });
    expect(fields.get('capabilities effective')?.a).toContain('CAP_KILL');
    expect(fields.get('capabilities effective')?.b).not.toContain('CAP_KILL');
    expect(fields.get('cwd')).toEqual({ field: 'cwd', a: '/srv', b: '/tmp' });
    expect(fields.get('cmdline')?.b).toBe('ks-worker --evil');
    expect(p6.threads).toEqual({ added: [{ tid: 99, comm: 'new-thread' }], removed: [] });
  });

  it('memory that could not be read on one side is not an emptied environment', async () => {
    const d = await compare((b) => {
      delete proc(b, 1).environ;
    });
    const p1 = d.processes.find((p) => p.pid === 1)!;
    expect(p1.env).toEqual({ added: [], removed: [], changed: [] });
    expect(p1.changes).toEqual([{ field: 'environment', a: '6 variables', b: 'not readable' }]);
  });
});

describe('files, sockets, mounts, file system, memory layout', () => {
  it('an fd reopened on another file is one changed fd, not removed + added', async () => {
    const d = await compare((b) => {
      const f = b.files.find((x) => x.kind === 'regular' && x.path === '/etc/passwd')!;
      if (f.kind === 'regular') f.path = '/etc/shadow';
    });
    const changed = changedOnly(d.files);
    expect(changed.map((f) => [f.pid, f.fd, f.status, f.target])).toEqual([
      [1, 7, 'changed', '/etc/shadow'],
      [6, 7, 'changed', '/etc/shadow'],
      [11, 7, 'changed', '/etc/shadow'],
      [10, 7, 'changed', '/etc/shadow'],
    ]);
    expect(changed[0]!.changes).toEqual([{ field: 'target', a: '/etc/passwd', b: '/etc/shadow' }]);
  });

  it('a socket state change is a changed socket under the same key', async () => {
    const d = await compare((b) => {
      const s = b.sockets.find((x) => x.local?.port === 59038)!;
      s.state = 'CLOSE_WAIT';
    });
    const changed = changedOnly(d.sockets);
    expect(changed.map((s) => [s.key, s.state])).toEqual([
      ['1:TCP:STREAM:127.0.0.1:59038:127.0.0.1:8080', 'CLOSE_WAIT'],
      ['6:TCP:STREAM:127.0.0.1:59038:127.0.0.1:8080', 'CLOSE_WAIT'],
      ['10:TCP:STREAM:127.0.0.1:59038:127.0.0.1:8080', 'CLOSE_WAIT'],
      ['11:TCP:STREAM:127.0.0.1:59038:127.0.0.1:8080', 'CLOSE_WAIT'],
    ]);
    expect(changed[0]!.changes).toEqual([{ field: 'state', a: 'ESTABLISHED', b: 'CLOSE_WAIT' }]);
    expect(d.summary.sockets).toEqual({ added: 0, removed: 0, changed: 4, unchanged: 28 });
  });

  it('queued data that grew and in-flight TCP data that was read are reported by size', async () => {
    const d = await compare((b) => {
      const dgram = b.sockets.find((x) => x.queued.length === 1)!;
      dgram.queued.push(new TextEncoder().encode('second'));
      const tcp = b.sockets.find((x) => x.tcp?.inQueue?.length === 21)!;
      tcp.tcp!.inQueue = new Uint8Array();
    });
    const fields = changedOnly(d.sockets)
      .filter((s) => s.pid === 1)
      .map((s) => s.changes);
    expect(fields).toContainEqual([
      {
        field: 'queued data',
        a: '20 bytes: "queued-in-socketpair"',
        b: '26 bytes in 2 messages: "queued-in-socketpair"',
      },
    ]);
    expect(fields).toContainEqual([
      { field: 'TCP receive queue', a: '21 bytes: "tcp-payload-in-flight"', b: 'none' },
    ]);
  });

  it('mounts, root fs entries, deleted files and VMA permissions', async () => {
    const d = await compare((b) => {
      b.mounts = b.mounts.filter((m) => m.mountpoint !== '/sys/firmware');
      b.fsChanges.rootfsDiff!.entries[0]!.size = 99;
      b.fsChanges.rootfsDiff!.entries.push({
        path: 'usr/bin/backdoor',
        type: 'file',
        size: 1234,
        mode: 0o100755,
      });
      b.fsChanges.deletedFiles.push('/etc/hosts');
      const heap = proc(b, 1).maps.find((v) => v.kind === 'heap')!;
      heap.prot = 'rwx';
    });
    expect(changedOnly(d.mounts).map((m) => [m.mountpoint, m.status])).toEqual([
      ['/sys/firmware', 'removed'],
    ]);
    expect(changedOnly(d.rootFs.entries).map((e) => [e.path, e.status, e.changes])).toEqual([
      ['etc/motd', 'changed', [{ field: 'size', a: '16', b: '99' }]],
      ['usr/bin/backdoor', 'added', []],
    ]);
    expect(d.rootFs.deleted.added).toEqual(['/etc/hosts']);
    const p1 = d.memoryMaps.find((p) => p.pid === 1)!;
    expect(p1.status).toBe('changed');
    expect(changedOnly(p1.vmas).map((v) => [v.kind, v.changes])).toEqual([
      ['heap', [{ field: 'prot', a: 'rw-', b: 'rwx' }]],
    ]);
  });
});

describe('container identity', () => {
  it('different ids give a warning, and the comparison still runs', async () => {
    const d = await compare((b) => {
      b.container.id = 'f'.repeat(64);
    });
    expect(d.container.sameId).toBe(false);
    // kitchen holds memfds: across containers they are paired by name, which is said too.
    expect(d.warnings).toHaveLength(2);
    expect(d.warnings[1]).toContain('memfds are paired by name');
    expect(d.warnings[0]).toContain('different container ids');
    expect(d.warnings[0]).toContain('f'.repeat(64));
    expect(d.summary.processes.unchanged).toBe(4);
    expect(renderDiffReport(d).join('\n')).toContain('! different container ids');
  });

  it('an unreadable part of a side is a warning', async () => {
    const d = await compare((b) => {
      b.problems.push({
        code: 'truncated-entry',
        severity: 'error',
        message: 'core-6.img ends inside entry 1',
      });
    });
    expect(d.warnings).toEqual([
      'B (B) could not be read completely: core-6.img ends inside entry 1; what is missing there shows as removed/added',
    ]);
  });

  it('pairs pod containers by name, then id, and lists the rest', async () => {
    const [k] = await fixtureModels('kitchen.tar.zst');
    const pod = await fixtureModels('pod-kitchen-web.tar.zst');
    const p = pairContainers(pod, [k!]);
    expect(p.pairs.map((x) => [x.a.model.container.name, x.matchedBy])).toEqual([
      ['kitchen', 'name'],
    ]);
    expect(p.onlyInA.map((c) => c.model.container.name)).toEqual(['web']);
    expect(p.onlyInB).toEqual([]);
    const renamed: ContainerModel = structuredClone(k!);
    renamed.model.container.name = 'kitchen-restored';
    const byId = pairContainers(pod, [renamed]);
    expect(byId.pairs.map((x) => x.matchedBy)).toEqual(['id']);
  });
});

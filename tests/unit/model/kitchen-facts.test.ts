/**
 * The facts of workloads/kitchen-sink.c and tests/fixtures/README.md, looked up in the JSON
 * document `inspect --json` prints (the JSON export of the model), not in the model objects:
 * a person reading that document must find every one of them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { toJson } from '../../../src/lib/model/json.ts';
import { fixtureModels } from './fixtures.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- walking parsed JSON */
let doc: any;
let raw: string;

const proc = (pid: number) => doc.processes.find((p: any) => p.pid === pid);
const fd = (pid: number, n: number) => proc(pid).fds.find((f: any) => f.fd === n);
const file = (id: number) => doc.files.find((f: any) => f.id === id);

beforeAll(async () => {
  const [c] = await fixtureModels('kitchen.tar.zst');
  raw = toJson(c!.model);
  doc = JSON.parse(raw);
});

describe('kitchen checkpoint: inspect JSON', () => {
  it('has the container', () => {
    expect(doc.container).toMatchObject({
      engine: 'Podman',
      name: 'kitchen',
      image: 'localhost/ckdemo:1',
      runtime: 'runc',
    });
    expect(doc.container.id).toMatch(/^9a24dbbe2c2b/);
    expect(doc.container.ociMounts.map((m: any) => m.destination)).toContain('/proc');
    expect(doc.namespaces.uts[0].hostname).toBe('9a24dbbe2c2b');
    expect(doc.criu.stats.pagesWritten).toBeGreaterThan(0);
    expect(doc.problems).toEqual([]);
  });

  it('has the four processes, their tree and names', () => {
    expect(doc.processes.map((p: any) => [p.pid, p.ppid, p.comm])).toEqual([
      [1, 0, 'kitchen-sink'],
      [6, 1, 'ks-worker'],
      [11, 6, 'ks-grandchild'],
      [10, 1, 'sleep'],
    ]);
    expect(proc(1).children).toEqual([6, 10]);
    expect(doc.processes.every((p: any) => p.state === 'alive')).toBe(true);
  });

  it('names the three threads of ks-worker', () => {
    expect(proc(6).threads.map((t: any) => [t.tid, t.comm])).toEqual([
      [6, 'ks-worker'],
      [7, 'ks-thread-a'],
      [8, 'ks-thread-b'],
      [9, 'ks-thread-c'],
    ]);
  });

  it('reads argv and the environment from memory', () => {
    expect(proc(1).cmdline).toEqual([
      '/bin/kitchen-sink',
      '--mode=demo',
      '--token=argv-canary-19c2',
    ]);
    expect(proc(1).environ).toContain('FORENSIC_MARKER=env-canary-7f3a');
    expect(proc(10).cmdline).toEqual(['sleep', '100000']);
    expect(proc(1).memoryNotes).toEqual([]);
  });

  it('has exe, cwd, root, credentials, seccomp and signals', () => {
    expect(proc(1)).toMatchObject({ exe: '/bin/kitchen-sink', cwd: '/srv', root: '/' });
    expect(proc(10).exe).toBe('/bin/busybox');
    expect(proc(1).creds.capEffective).toContain('CAP_NET_BIND_SERVICE');
    expect(proc(1).creds.capEffective).not.toContain('CAP_SYS_ADMIN');
    expect(proc(1).seccomp.mode).toBe('filter');
    expect(proc(1).blockedSignals).toEqual(['SIGUSR1']);
    expect(proc(1).rlimits.find((r: any) => r.name === 'RLIMIT_NOFILE')).toMatchObject({
      soft: 1024,
      hard: 1024,
    });
    expect(proc(1).namespaces).toHaveProperty('net');
    // RLIM_INFINITY survives as an exact 64-bit number or as `unlimited`, never rounded.
    expect(raw).not.toContain('18446744073709552000');
  });

  it('resolves regular files with flags, positions and modes', () => {
    expect(fd(1, 7)).toMatchObject({ type: 'REG', description: '/etc/passwd' });
    expect(file(fd(1, 7).fileId)).toMatchObject({
      path: '/etc/passwd',
      pos: 7,
      flags: ['O_RDONLY', 'O_LARGEFILE'],
    });
    expect(file(fd(1, 8).fileId).flags).toEqual(['O_WRONLY', 'O_APPEND', 'O_LARGEFILE']);
    expect(file(fd(1, 8).fileId).modeString).toBe('-rw-r--r--');
  });

  it('has the ghost file with its contents', () => {
    const f = file(fd(1, 6).fileId);
    expect(f).toMatchObject({ kind: 'regular', path: '/tmp/deleted.txt', deleted: true });
    const g = doc.ghostFiles.find((x: any) => x.fileIds.includes(f.id));
    expect(g.content.text).toBe('ghost-content: this file was unlinked while open\n');
    expect(g.modeString).toBe('-rw-------');
  });

  it('has the memfd and the shared anonymous memory with contents', () => {
    const m = doc.memfds.find((x: any) => x.name === 'ks-memfd');
    expect(m).toMatchObject({ size: 13, seals: ['F_SEAL_SEAL'] });
    expect(m.content.text).toBe('memfd-content');
    expect(file(fd(1, 9).fileId)).toMatchObject({ kind: 'memfd', name: 'ks-memfd', size: 13 });
    const shared = doc.memfds.find((x: any) => x.sharedAnonymous);
    expect(shared.content.text.startsWith('SHARED-ANON-CANARY ')).toBe(true);
    const vma = proc(1).maps.find((v: any) => v.path === 'shared anonymous memory (/dev/zero)');
    expect(vma).toMatchObject({ shared: true, prot: 'rw-' });
  });

  it('has the pipe and FIFO data with both ends', () => {
    const pipe = doc.pipes.find((p: any) => p.kind === 'pipe' && p.buffered);
    expect(pipe.buffered.text).toBe('data-in-pipe-buffer');
    expect(pipe.readers).toContainEqual({ pid: 1, fd: 3 });
    expect(pipe.writers).toContainEqual({ pid: 1, fd: 4 });
    const fifo = doc.pipes.find((p: any) => p.kind === 'fifo');
    expect(fifo).toMatchObject({ path: '/tmp/ff' });
    // Opened O_RDWR: the process is at both ends.
    expect(fifo.readers).toContainEqual({ pid: 1, fd: 5 });
    expect(fifo.writers).toContainEqual({ pid: 1, fd: 5 });
    expect(fd(1, 5).description).toBe('fifo /tmp/ff [1572931] (read-write end), 9 bytes buffered');
    expect(fifo.buffered.text).toBe('fifo-data');
  });

  it('has eventfd, signalfd, timerfd and epoll settings', () => {
    expect(file(fd(1, 10).fileId)).toMatchObject({ kind: 'eventfd', counter: 5 });
    expect(file(fd(1, 11).fileId)).toMatchObject({ kind: 'signalfd', signals: ['SIGUSR1'] });
    expect(file(fd(1, 12).fileId)).toMatchObject({
      kind: 'timerfd',
      clock: 'CLOCK_MONOTONIC',
      interval: { sec: 30, nsec: 0 },
    });
    const ep = file(fd(1, 13).fileId);
    expect(ep.targets).toEqual([
      expect.objectContaining({
        fd: 10,
        fileId: fd(1, 10).fileId,
        events: ['EPOLLIN', 'EPOLLERR', 'EPOLLHUP'],
      }),
    ]);
  });

  it('has every socket and its queued data', () => {
    const s = doc.sockets;
    const find = (pred: (x: any) => boolean) => s.filter(pred);
    expect(
      find((x: any) => x.protocol === 'TCP' && x.state === 'LISTEN' && x.local.port === 8080)[0]
        .local.address,
    ).toBe('127.0.0.1');
    const est = find((x: any) => x.protocol === 'TCP' && x.state === 'ESTABLISHED');
    expect(est).toHaveLength(2);
    const server = est.find((x: any) => x.local.port === 8080);
    expect(server.tcp.inQueue.text).toBe('tcp-payload-in-flight');
    expect(server.remote).toEqual({
      address: '127.0.0.1',
      port: est.find((x: any) => x !== server).local.port,
    });
    expect(find((x: any) => x.protocol === 'UDP')[0].local).toEqual({
      address: '0.0.0.0',
      port: 5353,
    });
    expect(find((x: any) => x.family === 'INET6')[0]).toMatchObject({
      state: 'LISTEN',
      local: { address: '::', port: 9090 },
    });
    expect(find((x: any) => x.unixPath === '/tmp/app.sock')[0]).toMatchObject({
      type: 'STREAM',
      state: 'LISTEN',
      abstract: false,
    });
    const pair = find((x: any) => x.family === 'UNIX' && x.type === 'DGRAM');
    expect(pair).toHaveLength(2);
    const receiver = pair.find((x: any) => x.queued.length > 0);
    expect(receiver.queued.map((q: any) => q.text)).toEqual(['queued-in-socketpair']);
    expect(pair.find((x: any) => x !== receiver).id).toBe(receiver.peerId);
    expect(receiver.holders).toContainEqual({ pid: 1, fd: 21 });
  });

  it('has the root fs diff, deleted files and /dev/shm', () => {
    const diff = doc.fsChanges.rootfsDiff.entries;
    expect(diff.map((e: any) => e.path)).toEqual([
      'etc/motd',
      'srv/newfile.txt',
      'tmp/app.log',
      'tmp/ff',
    ]);
    expect(diff[0]).toMatchObject({ type: 'file', size: 16, modeString: '-rw-r--r--' });
    expect(diff[3]).toMatchObject({ path: 'tmp/ff', type: 'fifo', modeString: 'prw-------' });
    expect(doc.fsChanges.deletedFiles).toEqual(['/srv/index.html']);
    expect(doc.fsChanges.devShm.entries[0].type).toBe('directory');
  });

  it('has memory maps with what was dumped', () => {
    const maps = proc(1).maps;
    expect(maps.find((v: any) => v.kind === 'heap').pagesInImage).toBeGreaterThan(0);
    expect(maps.some((v: any) => v.kind === 'vdso')).toBe(true);
    expect(maps[0]).toMatchObject({ path: '/bin/kitchen-sink', prot: 'r--', offset: 0 });
    // The 8 MiB heap buffer is a separate anonymous mapping, dumped whole.
    expect(maps.some((v: any) => v.kind === 'anon-private' && v.pagesInImage >= 2048)).toBe(true);
  });

  it('has mounts, cgroups and the IPC namespace', () => {
    expect(doc.mounts.find((m: any) => m.mountpoint === '/proc')?.fstype).toBe('proc');
    expect(doc.cgroups[0].controllers.length).toBeGreaterThan(0);
    expect(doc.ipc[0].namespaceId).toBe(proc(1).namespaces.ipc);
  });
});

/**
 * The two real checkpoints of the kitchen container (kitchen.tar.zst first, kitchen.tar.gz
 * about a second later, the container left running) compared structurally and page by page,
 * and each against itself. What must differ follows from workloads/kitchen-sink.c: the main
 * loop flips the first byte of its 8 MiB heap buffer every second (`heap[0] ^= 1`), the
 * timerfd counts down, the clocks advance; nothing is created, closed or sent in between.
 */
import { describe, expect, it } from 'vitest';
import {
  diffCheckpoints,
  diffMemory,
  type DiffSide,
} from '../../../src/lib/analyses/diff/index.ts';
import { fixtureMemory } from '../memory/fixture-memory.ts';
import { fixtureModels } from '../model/fixtures.ts';

async function side(name: string): Promise<DiffSide> {
  const [c] = await fixtureModels(name);
  return { label: name, model: c!.model };
}

const A = 'kitchen.tar.zst';
const B = 'kitchen.tar.gz';

describe('kitchen.tar.zst → kitchen.tar.gz, structure', () => {
  it('is the same container, with no warning, and names what changed in the dump', async () => {
    const d = diffCheckpoints(await side(A), await side(B));
    expect(d.container.sameId).toBe(true);
    expect(d.container.id).toBe('9a24dbbe2c2b0f2fccdd9c1ba77baa8ba40bd9d9d3e52ffe5ae663d6627cf1c6');
    expect(d.container.name).toBe('kitchen');
    expect(d.container.image).toBe('localhost/ckdemo:1');
    expect(d.warnings).toEqual([]);
    const fields = d.container.changes.map((c) => c.field);
    expect(fields).toContain('dump run id');
    expect(fields).not.toContain('id');
    expect(fields).not.toContain('image');
    // Same pages written, byte for byte the same size: checkpointctl would report no memory change.
    expect(d.memoryPages).toEqual({ a: 26583040, b: 26583040, delta: 0 });
  });

  it('has the same four processes, env and threads unchanged', async () => {
    const d = diffCheckpoints(await side(A), await side(B));
    expect(d.processes.map((p) => [p.pid, p.comm, p.status])).toEqual([
      [1, 'kitchen-sink', 'unchanged'],
      [6, 'ks-worker', 'unchanged'],
      [11, 'ks-grandchild', 'unchanged'],
      [10, 'sleep', 'unchanged'],
    ]);
    expect(d.processes.find((p) => p.pid === 10)!.cmdline).toEqual(['sleep', '100000']);
    expect(d.summary.processes).toEqual({ added: 0, removed: 0, changed: 0, unchanged: 4 });
  });

  it('finds only the timerfd changed among the fds: its next expiry came closer', async () => {
    const d = diffCheckpoints(await side(A), await side(B));
    const changed = d.files.filter((f) => f.status !== 'unchanged');
    // fd 12 is inherited by every process of the tree (fork, then exec for sleep).
    expect(changed.map((f) => [f.pid, f.fd, f.type])).toEqual([
      [1, 12, 'TIMERFD'],
      [6, 12, 'TIMERFD'],
      [11, 12, 'TIMERFD'],
      [10, 12, 'TIMERFD'],
    ]);
    for (const f of changed) {
      expect(f.target).toBe('timerfd CLOCK_MONOTONIC');
      expect(f.changes).toEqual([
        { field: 'next expiry in', a: '27.602134030s', b: '26.999237851s' },
      ]);
    }
    expect(d.summary.files.unchanged).toBe(84);
  });

  it('keeps every socket, with the same queued data, state and sequence numbers', async () => {
    const d = diffCheckpoints(await side(A), await side(B));
    expect(d.sockets.length).toBe(32);
    expect(d.sockets.every((s) => s.status === 'unchanged')).toBe(true);
    // The socketpair's two unnamed ends share checkpointctl's key; both are kept, by fd.
    const pair = d.sockets.filter((s) => s.key === '1:UNIX:DGRAM::::');
    expect(pair.map((s) => s.fd)).toEqual([20, 21]);
    expect(d.mounts.every((m) => m.status === 'unchanged')).toBe(true);
    expect(d.rootFs.entries.map((e) => [e.path, e.status])).toEqual([
      ['etc/motd', 'unchanged'],
      ['srv/newfile.txt', 'unchanged'],
      ['tmp/app.log', 'unchanged'],
      ['tmp/ff', 'unchanged'],
    ]);
    expect(d.rootFs.deleted.unchanged).toEqual(['/srv/index.html']);
  });

  it('shows the time between the dumps in the clocks and the ghost file atime', async () => {
    const d = diffCheckpoints(await side(A), await side(B));
    const byField = new Map(d.other.map((c) => [c.field, c]));
    expect(byField.get('time namespace 0: monotonic clock')).toEqual({
      field: 'time namespace 0: monotonic clock',
      a: '388.728746628s',
      b: '389.317336069s',
    });
    // The monotonic clock advanced by as much as the timer's expiry came closer (~0.59-0.60 s).
    const elapsed = 389.317336069 - 388.728746628;
    expect(elapsed).toBeGreaterThan(0.58);
    expect(elapsed).toBeLessThan(0.61);
    // Dumping A read the deleted file to save it: that read is B's atime.
    expect(byField.get('deleted file /tmp/deleted.txt: atime')).toEqual({
      field: 'deleted file /tmp/deleted.txt: atime',
      a: '2026-11-28T11:52:59.245Z',
      b: '2026-11-28T11:53:01.645Z',
    });
    expect(d.memoryMaps.every((p) => p.status === 'unchanged')).toBe(true);
  });
});

describe('kitchen.tar.zst → kitchen.tar.gz, page contents', () => {
  it('finds heap[0] ^= 1 at its exact address, and seven changed pages in all', async () => {
    const a = (await fixtureMemory(A)).mem;
    const b = (await fixtureMemory(B)).mem;
    const d = await diffMemory(a, b);
    expect(d.truncated).toBe(false);
    expect(d.cancelled).toBe(false);
    expect(d.problems).toEqual([]);
    expect(d.comparedBytes).toBe(d.totalBytes);
    const changed = d.processes.flatMap((p) =>
      p.vmas.flatMap((v) =>
        v.changed.map((r) => [p.pid, v.kind, r.start, r.pages, r.bytesDiffering]),
      ),
    );
    expect(changed).toEqual([
      [1, 'heap', 0x311c7000n, 1, 1],
      [1, 'anon-private', 0x7fdf28505000n, 1, 1],
      [1, 'stack', 0x7ffe07214000n, 1, 4],
      [6, 'anon-private', 0x7fdf274f2000n, 1, 3],
      [6, 'anon-private', 0x7fdf284f4000n, 1, 3],
      [11, 'heap', 0x311c7000n, 1, 2],
      [10, 'stack', 0x7ffebfd2e000n, 1, 4],
    ]);
    // The 8 MiB malloc'd buffer is its own mapping; its data starts after the 16-byte chunk header.
    const ra = await a.read(1, 0x7fdf28505000n, 4096);
    const rb = await b.read(1, 0x7fdf28505000n, 4096);
    const at = ra.bytes.findIndex((x, i) => x !== rb.bytes[i]);
    expect(at).toBe(16);
    expect(ra.bytes[at]! ^ rb.bytes[at]!).toBe(1);
    const text = (bytes: Uint8Array) =>
      new TextDecoder('latin1').decode(bytes.subarray(at, at + 12));
    expect([text(ra.bytes), text(rb.bytes)].sort()).toEqual(['HEAP-CANARY-', 'IEAP-CANARY-']);
    // Every page dumped in one was dumped in the other.
    expect(d.processes.every((p) => p.onlyInA === 0 && p.onlyInB === 0)).toBe(true);
    expect(d.onlyInA).toEqual([]);
    expect(d.onlyInB).toEqual([]);
  });
});

describe('a checkpoint against itself', () => {
  it('is unchanged in every section', async () => {
    const d = diffCheckpoints(await side(A), await side(A));
    const counts = Object.values(d.summary).filter((v) => typeof v === 'object');
    for (const c of counts)
      expect({ ...c, unchanged: 0 }).toEqual({ added: 0, removed: 0, changed: 0, unchanged: 0 });
    expect(d.summary.processes.unchanged).toBe(4);
    expect(d.container.changes).toEqual([]);
    expect(d.other).toEqual([]);
    expect(d.warnings).toEqual([]);
    expect(d.memoryPages.delta).toBe(0);
  });

  it('has zero changed pages over every page dumped', async () => {
    const { mem } = await fixtureMemory(A);
    const d = await diffMemory(mem, mem);
    const compared = d.processes.reduce((n, p) => n + p.comparedPages, 0);
    expect(compared).toBe(6521);
    expect(d.comparedBytes).toBe(6521 * 4096);
    expect(d.changedBytes).toBe(0);
    expect(d.processes.every((p) => p.changedPages === 0)).toBe(true);
  });
});

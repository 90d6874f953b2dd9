/**
 * The comparison on lifecycle.tar.zst and copies of it changed in code: file locks with their
 * kind, type (flock in flock(2)'s words) and range; wait statuses decoded.
 */
import { describe, expect, it } from 'vitest';
import { diffCheckpoints } from '../../../src/lib/analyses/diff/index.ts';
import { decodeWaitStatus } from '../../../src/lib/model/names/wait-status.ts';
import { fixtureModels } from '../model/fixtures.ts';

describe('diff: file locks', () => {
  it('names the lock that was released and the one that changed', async () => {
    const [c] = await fixtureModels('lifecycle.tar.zst');
    const a = structuredClone(c!.model);
    const b = structuredClone(c!.model);
    b.fileLocks = b.fileLocks.filter((l) => l.kind !== 'OFD');
    b.fileLocks[0] = { ...b.fileLocks[0]!, type: 'LOCK_SH' };
    const d = diffCheckpoints({ label: 'A', model: a }, { label: 'B', model: b });
    const change = d.other.find((x) => x.field === 'file locks')!;
    expect(change.a).toContain('FLOCK LOCK_EX whole file pid 9 fd 3 /srv/fx-locks/flock-ex.dat');
    expect(change.a).toContain('OFD F_WRLCK bytes 0–63 pid 9 fd 8 /srv/fx-locks/ofd.dat');
    expect(change.b).toContain('FLOCK LOCK_SH whole file pid 9 fd 3 /srv/fx-locks/flock-ex.dat');
    expect(change.b).not.toContain('OFD');
  });
});

describe('diff: wait statuses', () => {
  it('says how a process that became a zombie died, not its raw wait status', async () => {
    const [c] = await fixtureModels('lifecycle.tar.zst');
    const a = structuredClone(c!.model);
    const b = structuredClone(c!.model);
    const p = b.processes.find((x) => x.pid === 8)!;
    Object.assign(p, {
      state: 'zombie',
      stateCode: 2,
      exitCode: 0x8b,
      waitStatus: decodeWaitStatus(0x8b),
    });
    const d = diffCheckpoints({ label: 'A', model: a }, { label: 'B', model: b });
    const change = d.processes.find((x) => x.pid === 8)!.changes.find((x) => x.field === 'state');
    expect(change).toEqual({
      field: 'state',
      a: 'alive',
      b: 'zombie (killed by signal SIGSEGV (11), core dumped)',
    });
    const zombie = d.processes.find((x) => x.pid === 6)!;
    expect(zombie.status).toBe('unchanged');
  });
});

describe('diff: memfds of two different containers', () => {
  it('pairs them by name, not by inode, and says so', async () => {
    const [life] = await fixtureModels('lifecycle.tar.zst');
    const [kitchen] = await fixtureModels('kitchen.tar.zst');
    // Both hold a memfd with inode 1: lifecycle's fx-memfd-exe, kitchen's /dev/zero.
    expect(life!.model.memfds.map((m) => [m.inodeId, m.name])).toContainEqual([1, 'fx-memfd-exe']);
    expect(kitchen!.model.memfds.map((m) => [m.inodeId, m.name])).toContainEqual([1, '/dev/zero']);
    const d = diffCheckpoints(
      { label: 'A', model: life!.model },
      { label: 'B', model: kitchen!.model },
    );
    expect(d.container.sameId).toBe(false);
    expect(d.other.filter((x) => x.field.includes('content'))).toEqual([]);
    expect(d.other.filter((x) => x.field.startsWith('memfd'))).toEqual([
      { field: 'memfd fx-memfd-exe: size', a: '26568' },
      { field: 'memfd /dev/zero: size', b: '65536' },
      { field: 'memfd ks-memfd: size', b: '13' },
    ]);
    expect(d.warnings).toContain(
      'memfds are paired by name, not by inode: inode numbers of different containers do not identify the same memfd',
    );
  });

  it('still pairs by inode within one container, and reports changed contents', async () => {
    const [kitchen] = await fixtureModels('kitchen.tar.zst');
    const a = structuredClone(kitchen!.model);
    const b = structuredClone(kitchen!.model);
    const mf = b.memfds.find((m) => m.name === 'ks-memfd')!;
    mf.content = new Uint8Array(mf.content!.length).fill(0x41);
    const d = diffCheckpoints({ label: 'A', model: a }, { label: 'B', model: b });
    expect(d.other).toContainEqual({
      field: `memfd ks-memfd (inode ${mf.inodeId}): content`,
      a: 'as in A',
      b: 'differs',
    });
    expect(d.warnings.some((w) => w.includes('paired by name'))).toBe(false);
  });
});

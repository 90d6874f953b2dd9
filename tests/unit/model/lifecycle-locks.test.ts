/**
 * File locks of lifecycle.tar.zst (dumped with --file-locks): one of each kind CRIU records,
 * checked against what facts.json says was planted. CRIU names the image `filelocks.img` and
 * numbers the kinds 1 POSIX, 2 FLOCK, 4 OFD, 8 LEASE; a flock's type 1 (F_WRLCK) is LOCK_EX.
 */
import { describe, expect, it } from 'vitest';
import { lockRange } from '../../../src/lib/model/locks.ts';
import { expectedText, fixtureModels } from './fixtures.ts';

interface PlantedLock {
  kind: string;
  type: 'read' | 'write';
  pid: number;
  fd: number;
  path: string;
  start: number;
  len: number;
}
const facts = JSON.parse(expectedText('lifecycle.tar.zst', 'facts.json')) as {
  file_locks: PlantedLock[];
};

/** What each planted lock must read as: flock in flock(2)'s words, the others in fcntl's. */
function expectedType(l: PlantedLock): string {
  if (l.kind === 'flock') return l.type === 'write' ? 'LOCK_EX' : 'LOCK_SH';
  return l.type === 'write' ? 'F_WRLCK' : 'F_RDLCK';
}

describe('file locks (lifecycle.tar.zst)', () => {
  it('reads every planted lock from filelocks.img with its kind, type, range and file', async () => {
    const m = (await fixtureModels('lifecycle.tar.zst'))[0]!.model;
    expect(facts.file_locks).toHaveLength(6);
    expect(
      m.fileLocks.map((l) => ({ ...l, start: Number(l.start), length: Number(l.length) })),
    ).toEqual(
      facts.file_locks.map((l) => ({
        kind: l.kind.toUpperCase(),
        type: expectedType(l),
        pid: l.pid,
        fd: l.fd,
        start: l.start,
        length: l.len,
        range: lockRange(BigInt(l.start), BigInt(l.len)),
        path: l.path,
      })),
    );
    expect(m.fileLocks.map((l) => l.range)).toEqual([
      'whole file',
      'whole file',
      'bytes 100–199',
      'whole file',
      'bytes 0–63',
      'whole file',
    ]);
    expect(m.problems.filter((p) => p.message.includes('lock'))).toEqual([]);
  });

  it('puts each lock on the descriptor and the process that hold it', async () => {
    const m = (await fixtureModels('lifecycle.tar.zst'))[0]!.model;
    const locker = m.processes.find((p) => p.pid === 9)!;
    expect(locker.fileLocks).toHaveLength(6);
    const byFd = Object.fromEntries(locker.fds.map((f) => [f.fd, f.locks]));
    expect(byFd).toMatchObject({
      3: ['FLOCK LOCK_EX whole file'],
      5: ['FLOCK LOCK_SH whole file'],
      6: ['POSIX F_WRLCK bytes 100–199'],
      7: ['POSIX F_RDLCK whole file'],
      8: ['OFD F_WRLCK bytes 0–63'],
      9: ['LEASE F_RDLCK whole file'],
    });
    expect(byFd[0]).toBeUndefined();
    expect(m.processes.filter((p) => p.pid !== 9).every((p) => !p.fileLocks)).toBe(true);
  });
});

/**
 * `inspect` on lifecycle.tar.zst, as a user runs it: the text tree must carry what the JSON
 * carries for the chain of custody and the kernel objects (the input's SHA-256, SysV IPC, the
 * file locks on the descriptors that hold them), and both must say what a process is.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run.ts';
import { FIXTURES } from '../model/fixtures.ts';
import { sha256Hex } from '../../../src/lib/hash/sha256.ts';
import fs from 'node:fs';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

const LIFECYCLE = path.join(FIXTURES, 'lifecycle.tar.zst');
const text = cli('inspect', LIFECYCLE);
const json = cli('inspect', LIFECYCLE, '--json').then((r) => JSON.parse(r.out));

describe('inspect lifecycle.tar.zst (text)', () => {
  it("prints the input's SHA-256", async () => {
    const r = await text;
    expect(r.code).toBe(0);
    const digest = sha256Hex(new Uint8Array(fs.readFileSync(LIFECYCLE)));
    expect(r.out).toContain(`Input SHA-256: ${digest}`);
    expect((await json).sha256).toBe(digest);
  });

  it('prints SysV IPC: the segment with its contents, the queue with its messages, the semaphores', async () => {
    const { out } = await text;
    expect(out).toMatch(/SysV IPC\n.*IPC namespace 11/);
    expect(out).toMatch(
      /shared memory key 0x46580011 id 0 mode 0600, 65536 bytes: .*SHM-CONTENT-FIXTURE-11/,
    );
    expect(out).toMatch(/message queue key 0x46580012 id 0 mode 0\d+, 2 messages/);
    expect(out).toMatch(/type 1: 24 bytes: "MSGQ-FIXTURE-MSG-1 first"/);
    expect(out).toMatch(/type 2: 25 bytes: "MSGQ-FIXTURE-MSG-2 second"/);
    expect(out).toMatch(/semaphore set key 0x46580013 id 0 mode 0\d+: \[7 0 42\]/);
  });

  it('prints the file locks, on their descriptors and in their own section', async () => {
    const { out } = await text;
    expect(out).toContain(
      '[REG 3]  /srv/fx-locks/flock-ex.dat  (locked: FLOCK LOCK_EX whole file)',
    );
    expect(out).toContain(
      '[REG 6]  /srv/fx-locks/posix-wr.dat  (locked: POSIX F_WRLCK bytes 100–199)',
    );
    const section = out.slice(out.indexOf('File locks\n'));
    for (const line of [
      'FLOCK LOCK_EX whole file: pid 9 fd 3 /srv/fx-locks/flock-ex.dat',
      'FLOCK LOCK_SH whole file: pid 9 fd 5 /srv/fx-locks/flock-sh.dat',
      'POSIX F_WRLCK bytes 100–199: pid 9 fd 6 /srv/fx-locks/posix-wr.dat',
      'POSIX F_RDLCK whole file: pid 9 fd 7 /srv/fx-locks/posix-rd.dat',
      'OFD F_WRLCK bytes 0–63: pid 9 fd 8 /srv/fx-locks/ofd.dat',
      'LEASE F_RDLCK whole file: pid 9 fd 9 /srv/fx-locks/lease.dat',
    ])
      expect(section).toContain(line);
  });
});

describe('inspect lifecycle.tar.zst (--json)', () => {
  it('carries the file locks with kind, type and range', async () => {
    const doc = await json;
    expect(doc.fileLocks).toHaveLength(6);
    expect(doc.fileLocks[0]).toMatchObject({ kind: 'FLOCK', type: 'LOCK_EX', range: 'whole file' });
  });
});

/**
 * Executables that exist as no file (lifecycle.tar.zst, facts.json): pid 11 was started from a
 * memfd (`memfd_create` + `fexecve`), pid 10 from a file deleted while it ran, whose bytes CRIU
 * kept in ghost-file-1.img. Both must say so and point at the bytes, whose SHA-256 facts.json
 * records.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run.ts';
import { expectedText, FIXTURES, fixtureModels } from './fixtures.ts';

const facts = JSON.parse(expectedText('lifecycle.tar.zst', 'facts.json')) as {
  deleted_executable: { pid: number; path: string; ghost_image: string; sha256: string };
  memfd_executable: { pid: number; exe: string; memfd_name: string; sha256: string };
};
const sha256 = (b: Uint8Array | undefined) =>
  createHash('sha256')
    .update(b ?? new Uint8Array())
    .digest('hex');

describe('executables that are not files (lifecycle.tar.zst)', () => {
  it('a memfd executable reads memfd:NAME and points at the memfd holding the program', async () => {
    const m = (await fixtureModels('lifecycle.tar.zst'))[0]!.model;
    const f = facts.memfd_executable;
    const p = m.processes.find((x) => x.pid === f.pid)!;
    expect(p.exe).toBe(f.exe);
    expect(p.exeMemfd).toEqual({ inodeId: expect.any(Number), name: f.memfd_name });
    expect(p.exeDeleted).toBeUndefined();
    const memfd = m.memfds.find((x) => x.inodeId === p.exeMemfd!.inodeId)!;
    expect(sha256(memfd.content)).toBe(f.sha256);
    expect(m.files.find((x) => x.id === p.exeFileId)!.kind).toBe('memfd');
  });

  it('a deleted executable says deleted and points at the ghost file CRIU kept', async () => {
    const m = (await fixtureModels('lifecycle.tar.zst'))[0]!.model;
    const f = facts.deleted_executable;
    const p = m.processes.find((x) => x.pid === f.pid)!;
    expect(p.exe).toBe(f.path);
    expect(p.exeDeleted).toBe(true);
    const ghost = m.ghostFiles.find((g) => g.ghostId === p.exeGhostId)!;
    expect(`ghost-file-${ghost.ghostId}.img`).toBe(f.ghost_image);
    expect(sha256(ghost.content)).toBe(f.sha256);
  });

  it('ordinary executables are neither', async () => {
    const m = (await fixtureModels('lifecycle.tar.zst'))[0]!.model;
    const sleep = m.processes.find((x) => x.pid === 8)!;
    expect(sleep).toMatchObject({ exe: '/usr/bin/sleep' });
    expect(sleep.exeDeleted).toBeUndefined();
    expect(sleep.exeMemfd).toBeUndefined();
  });

  it('inspect --json carries them; the text says what they are', async () => {
    let out = '';
    const archive = path.join(FIXTURES, 'lifecycle.tar.zst');
    const io = { stdout: (t: string) => (out += t), stderr: () => {} };
    expect(await runCli(['inspect', archive, '--json', '--no-sha256'], io)).toBe(0);
    const doc = JSON.parse(out);
    const byPid = (pid: number) => doc.processes.find((x: { pid: number }) => x.pid === pid);
    expect(byPid(11)).toMatchObject({
      exe: 'memfd:fx-memfd-exe',
      exeMemfd: { name: 'fx-memfd-exe' },
    });
    expect(byPid(10)).toMatchObject({
      exe: '/tmp/fx-deleted-exe',
      exeDeleted: true,
      exeGhostId: 1,
    });
    out = '';
    expect(await runCli(['inspect', archive, '--no-sha256'], io)).toBe(0);
    expect(out).toContain(
      'exe: memfd:fx-memfd-exe (run from a memfd, no file on disk; its 26568 bytes are in the checkpoint)',
    );
    expect(out).toContain('exe: /tmp/fx-deleted-exe (deleted; contents in ghost file 1)');
  });
});

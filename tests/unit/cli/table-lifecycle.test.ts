/**
 * `table` on lifecycle.tar.zst: the columns issue 11 added to the shared table definitions
 * (the fd's file lock, the zombie's decoded wait status) reach the CLI as well as the page.
 */
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.ts';
import { fixturePath } from '../archive/helpers.ts';

describe('table on lifecycle.tar.zst', () => {
  const lifecycle = fixturePath('lifecycle.tar.zst');

  it('gives each locked descriptor its lock', async () => {
    const run = await cli('table', lifecycle, 'fds', '--pid', '9', '--json');
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as { fd: number; description: string; lock: string }[];
    const lockOf = (name: string) => rows.find((r) => r.description.endsWith(name))?.lock;
    expect(lockOf('/flock-ex.dat')).toBe('FLOCK LOCK_EX whole file');
    expect(lockOf('/posix-wr.dat')).toBe('POSIX F_WRLCK bytes 100–199');
    expect(lockOf('/ofd.dat')).toBe('OFD F_WRLCK bytes 0–63');
    expect(rows.find((r) => r.fd === 0)?.lock).toBe('');
  });

  it("prints a zombie's state with its decoded wait status", async () => {
    const run = await cli('table', lifecycle, 'processes');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/fx-zombie-exit3\s+zombie · exited with status 3/);
    expect(run.stdout).toMatch(/fx-zombie-kill9\s+zombie · killed by signal SIGKILL \(9\)/);
  });
});

/**
 * The two zombies of lifecycle.tar.zst (facts.json): `fx-zombie-exit3` called _exit(3), CRIU
 * recorded wait status 768; `fx-zombie-kill9` was killed by SIGKILL, recorded as 9. Both are
 * dumped with task_state 2 (TASK_DEAD), which is how CRIU writes every zombie: crit labels it
 * "dead", we read it as a zombie. Nothing else is recorded for them, and the model says so
 * instead of inventing a seccomp mode or a thread 0.
 */
import { describe, expect, it } from 'vitest';
import { critExplore } from '../../../src/lib/analyses/crit-x.ts';
import { inspectTree } from '../../../src/lib/analyses/inspect-tree.ts';
import { renderTree } from '../../../src/lib/analyses/tree.ts';
import { decodeImage } from '../../../src/lib/criu/decode-image.ts';
import { taskState } from '../../../src/lib/model/names/task-state.ts';
import { decodeWaitStatus } from '../../../src/lib/model/names/wait-status.ts';
import { expectedText, fixtureArchive, fixtureModels } from './fixtures.ts';

interface PlantedProcess {
  pid: number;
  task_state: number;
  zombie?: boolean;
  exit_code?: number;
  wait_status?: {
    raw: number;
    exited: boolean;
    exit_status?: number;
    killed_by_signal?: number;
    signal_name?: string;
    core_dumped?: boolean;
  };
}
const facts = JSON.parse(expectedText('lifecycle.tar.zst', 'facts.json')) as {
  processes: PlantedProcess[];
};
const zombies = facts.processes.filter((p) => p.zombie);

describe('wait statuses', () => {
  it('decodes exit, signal and core-dump statuses', () => {
    expect(decodeWaitStatus(768).description).toBe('exited with status 3');
    expect(decodeWaitStatus(0).description).toBe('exited with status 0');
    expect(decodeWaitStatus(9).description).toBe('killed by signal SIGKILL (9)');
    expect(decodeWaitStatus(0x8b)).toMatchObject({
      signal: 11,
      coreDumped: true,
      description: 'killed by signal SIGSEGV (11), core dumped',
    });
  });

  it("reads each of lifecycle's zombies as facts.json says they died", async () => {
    const m = (await fixtureModels('lifecycle.tar.zst'))[0]!.model;
    expect(zombies.map((z) => z.pid)).toEqual([6, 7]);
    for (const z of zombies) {
      const p = m.processes.find((x) => x.pid === z.pid)!;
      const w = z.wait_status!;
      expect(p.state).toBe('zombie');
      expect(p.stateCode).toBe(z.task_state);
      expect(p.exitCode).toBe(z.exit_code);
      expect(p.waitStatus).toMatchObject({
        raw: w.raw,
        exited: w.exited,
        ...(w.exited ? { exitStatus: w.exit_status } : {}),
        ...(w.killed_by_signal !== undefined
          ? { signal: w.killed_by_signal, signalName: w.signal_name, coreDumped: w.core_dumped }
          : {}),
      });
    }
    expect(m.processes.find((x) => x.pid === 6)!.waitStatus!.description).toBe(
      'exited with status 3',
    );
    expect(m.processes.find((x) => x.pid === 7)!.waitStatus!.description).toBe(
      'killed by signal SIGKILL (9)',
    );
  });

  it('crit gets the label wrong: 2 stays a bare number, 3 would read "Zombie"; we are right', () => {
    const crit = JSON.parse(expectedText('lifecycle.tar.zst', 'core-6.img.pretty.json'));
    // crit's table is {1: Alive, 3: Zombie, 6: Stopped}: no name for 2, and 3/6 swapped.
    expect(crit.entries[0].tc.task_state).toBe(2);
    expect(taskState(2)).toBe('zombie');
    expect(taskState(3)).toBe('stopped');
    expect(taskState(6)).toBe('zombie');
  });

  it('claims nothing CRIU did not record for a zombie: no thread 0, no seccomp mode', async () => {
    const m = (await fixtureModels('lifecycle.tar.zst'))[0]!.model;
    for (const z of zombies) {
      const p = m.processes.find((x) => x.pid === z.pid)!;
      expect(p.threads).toEqual([]);
      expect(p.seccomp.mode).toBe('not recorded');
      expect(p.signalHandlers).toEqual([]);
      expect(p.creds).toBeUndefined();
    }
    expect(m.problems).toEqual([]);
  });

  it('inspect prints the decoded status', async () => {
    const m = (await fixtureModels('lifecycle.tar.zst'))[0]!.model;
    const text = renderTree(inspectTree(m, 'lifecycle')).join('\n');
    expect(text).toContain('[6 (zombie, exited with status 3)]  fx-zombie-exit3');
    expect(text).toContain('[7 (zombie, killed by signal SIGKILL (9))]  fx-zombie-kill9');
    expect(text).not.toMatch(/exit code 768/);
  });
});

describe('crit x on a checkpoint with zombies', () => {
  it('ps lists them; fds and mems go past the first zombie where crit stops', async () => {
    const a = await fixtureArchive('lifecycle.tar.zst');
    const images = a.layout.containers[0]!.images;
    expect((await critExplore(images, decodeImage, 'ps')).text).toBe(
      expectedText('lifecycle.tar.zst', 'x-ps.txt'),
    );
    for (const what of ['fds', 'mems'] as const) {
      const r = await critExplore(images, decodeImage, what);
      // crit 4.2 printed pid 1 and then failed (FileNotFoundError on ids-6.img): what it printed
      // is our output's beginning, and we go on to every live process after the zombies.
      const crit = expectedText('lifecycle.tar.zst', `x-${what}.txt`);
      expect(r.text.startsWith(crit)).toBe(true);
      for (const pid of [8, 9, 10, 11, 12]) expect(r.text).toMatch(new RegExp(`^${pid}$`, 'm'));
      expect(r.text).not.toMatch(/^[67]$/m);
      expect(r.problems.map((p) => p.message)).toEqual([
        expect.stringContaining('pid 6'),
        expect.stringContaining('pid 7'),
      ]);
    }
  });
});

/**
 * Zombies. CRIU dumps a zombie with task_state 2 (Dead) and only a core image: no ids, fs,
 * mm or pagemap. No fixture holds one, so this test turns kitchen's `sleep` (pid 10) into a
 * zombie the way CRIU writes it: its other images removed, its core's state set to 2.
 * crit gets these labels wrong (it calls 3 Zombie and 6 Stopped) and `crit x fds` crashes on
 * such a task; we are right and skip it.
 */
import { describe, expect, it } from 'vitest';
import { critExplore } from '../../../src/lib/analyses/crit-x.ts';
import { MapMemberStore } from '../../../src/lib/archive/member-store.ts';
import { decodeImage } from '../../../src/lib/criu/decode-image.ts';
import type { DecodedImage } from '../../../src/lib/criu/types.ts';
import { buildModel } from '../../../src/lib/model/build.ts';
import { taskState } from '../../../src/lib/model/names/task-state.ts';
import { expectedText, fixtureArchive } from './fixtures.ts';

async function kitchenWithZombie(state: number, drop: boolean) {
  const a = await fixtureArchive('kitchen.tar.zst');
  const c = a.layout.containers[0]!;
  const files = new Map<string, Uint8Array>();
  for (const m of c.images.list()) {
    if (drop && /^(mm|fs|ids|pagemap)-10\.img$/.test(m.name)) continue;
    files.set(m.name, await c.images.read(m.name));
  }
  const decode = (bytes: Uint8Array, name: string): DecodedImage => {
    const d = decodeImage(bytes, name);
    if (name === 'core-10.img') {
      const tc = d.entries[0]!['tc'] as Record<string, unknown>;
      tc['task_state'] = state;
      tc['exit_code'] = 3;
    }
    return d;
  };
  return { images: new MapMemberStore(files), root: a.store(c.root), decode };
}

describe('task states', () => {
  it('uses compel numbering, not crit labels', () => {
    // 2 (TASK_DEAD) is how CRIU dumps a zombie, and restores one: it reads as a zombie.
    expect([1, 2, 3, 6].map(taskState)).toEqual(['alive', 'zombie', 'stopped', 'zombie']);
    // crit's table says {1: Alive, 3: Zombie, 6: Stopped}: wrong for 3 and 6.
    expect(taskState(3)).not.toBe('zombie');
  });

  it('shows a zombie (dumped as Dead, read as zombie) with its exit code and no resources, without problems', async () => {
    const input = await kitchenWithZombie(2, true);
    const model = await buildModel(input);
    const z = model.processes.find((p) => p.pid === 10)!;
    expect(z).toMatchObject({
      state: 'zombie',
      stateCode: 2,
      exitCode: 3,
      comm: 'sleep',
      fds: [],
      maps: [],
    });
    expect(z.cmdline).toBeUndefined();
    expect(model.problems).toEqual([]);
    // The others are untouched and still hold every file.
    expect(model.processes.find((p) => p.pid === 1)!.fds).toHaveLength(22);
    expect(model.pipes.find((p) => p.buffered)!.readers.map((h) => h.pid)).not.toContain(10);
  });

  it('names state 6 zombie and keeps a stopped task (3) with its files', async () => {
    const zombie = await buildModel(await kitchenWithZombie(6, true));
    expect(zombie.processes.find((p) => p.pid === 10)).toMatchObject({
      state: 'zombie',
      exitCode: 3,
    });
    const stopped = await buildModel(await kitchenWithZombie(3, false));
    const s = stopped.processes.find((p) => p.pid === 10)!;
    expect(s.state).toBe('stopped');
    expect(s.exitCode).toBeUndefined();
    expect(s.fds).toHaveLength(22);
  });

  it('crit x: ps lists the zombie; fds and mems skip it where crit crashes', async () => {
    const { images, decode } = await kitchenWithZombie(2, true);
    expect((await critExplore(images, decode, 'ps')).text).toBe(
      expectedText('kitchen.tar.zst', 'x-ps.txt'),
    );
    for (const what of ['fds', 'mems'] as const) {
      const r = await critExplore(images, decode, what);
      const oracle = expectedText('kitchen.tar.zst', `x-${what}.txt`);
      // crit prints pid 10 last; everything before it is unchanged.
      expect(r.text).toBe(oracle.slice(0, oracle.indexOf('\n10\n') + 1));
      expect(r.problems).toEqual([
        expect.objectContaining({ severity: 'info', message: expect.stringContaining('pid 10') }),
      ]);
    }
  });
});

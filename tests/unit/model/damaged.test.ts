/**
 * Bad input never throws out of the model: an empty directory, a missing image, or any image
 * cut short still gives a model plus problems naming what could not be read.
 */
import { describe, expect, it } from 'vitest';
import { critExplore } from '../../../src/lib/analyses/crit-x.ts';
import { MapMemberStore } from '../../../src/lib/archive/member-store.ts';
import { buildModel } from '../../../src/lib/model/build.ts';
import { toJson } from '../../../src/lib/model/json.ts';
import { fixtureArchive } from './fixtures.ts';

/** Images the model always reads (others, like seccomp.img, are only listed). */
const READ_BY_MODEL =
  /^(pstree|files|inventory|core-\d+|mm-\d+|ids-\d+|fs-\d+|fdinfo-\d+|pagemap-\d+|memfd|pipes-data|fifo-data|sk-queues|remap-fpath|ghost-file-\w+|tcp-stream-\w+|mountpoints-\d+|utsns-\d+|cgroup)\.img$/;

async function kitchenImages(): Promise<Map<string, Uint8Array>> {
  const c = (await fixtureArchive('kitchen.tar.zst')).layout.containers[0]!;
  const files = new Map<string, Uint8Array>();
  for (const m of c.images.list()) files.set(m.name, await c.images.read(m.name));
  return files;
}

describe('damaged checkpoints', () => {
  it('an empty images directory gives an empty model and problems', async () => {
    const m = await buildModel({ images: new MapMemberStore({}) });
    expect(m.processes).toEqual([]);
    expect(m.container.engine).toBe('bare CRIU');
    expect(m.problems.map((p) => p.image)).toEqual(
      expect.arrayContaining(['pstree.img', 'files.img', 'inventory.img']),
    );
    expect((await critExplore(new MapMemberStore({}), undefined, 'ps')).text).toBe(
      '    PID   PGID    SID   COMM\n',
    );
  });

  it('a missing files.img leaves fds unresolved but the tree intact', async () => {
    const files = await kitchenImages();
    files.delete('files.img');
    const m = await buildModel({ images: new MapMemberStore(files) });
    expect(m.processes.map((p) => p.comm)).toEqual([
      'kitchen-sink',
      'ks-worker',
      'ks-grandchild',
      'sleep',
    ]);
    expect(m.processes[0]!.fds[6]?.description).toBe('REG.10 (not in files.img)');
    expect(m.problems).toContainEqual(
      expect.objectContaining({ code: 'missing-image', image: 'files.img' }),
    );
  });

  it('every image cut in half: no exception, problems recorded', async () => {
    const files = await kitchenImages();
    for (const [name, bytes] of files) {
      if (name.startsWith('pages-')) continue;
      const cut = new Map(files);
      cut.set(name, bytes.subarray(0, Math.floor(bytes.length / 2)));
      const m = await buildModel({ images: new MapMemberStore(cut) });
      expect(m.processes.length, name).toBeLessThanOrEqual(4);
      if (READ_BY_MODEL.test(name)) expect(m.problems.length, name).toBeGreaterThan(0);
      for (const what of ['ps', 'fds', 'mems'] as const)
        await critExplore(new MapMemberStore(cut), undefined, what);
    }
  });

  it('random byte changes in any image (seeded): no exception, the JSON export still works', async () => {
    const files = await kitchenImages();
    const names = [...files.keys()].filter((n) => n.endsWith('.img') && !n.startsWith('pages-'));
    let seed = 12345;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let i = 0; i < 80; i++) {
      const name = names[Math.floor(rnd() * names.length)]!;
      const bytes = new Uint8Array(files.get(name)!);
      for (let k = 0; k < 3; k++)
        bytes[8 + Math.floor(rnd() * Math.max(1, bytes.length - 8))] = Math.floor(rnd() * 256);
      const changed = new MapMemberStore(new Map(files).set(name, bytes));
      const m = await buildModel({ images: changed });
      expect(() => toJson(m), name).not.toThrow();
      for (const what of ['ps', 'fds', 'mems'] as const)
        await critExplore(changed, undefined, what);
    }
  });
});

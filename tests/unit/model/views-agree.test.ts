/**
 * One reader per fact (issue 11 item 4): the process page's "Memory maps" figures (the model)
 * and the Memory view's (the memory layer, `dumpedOf` as the worker serves it) agree for
 * every VMA; a truncated tar lists the same processes in both; SysV shared memory pages that
 * were not dumped are named as absent, never given as zero bytes.
 */
import { describe, expect, it } from 'vitest';
import { MemorySource } from '../../../src/lib/archive/byte-source.ts';
import { openArchive } from '../../../src/lib/archive/open-archive.ts';
import type { Archive } from '../../../src/lib/archive/types.ts';
import { openArchiveMemory } from '../../../src/lib/memory/archive-memory.ts';
import { buildArchiveModels } from '../../../src/lib/model/from-archive.ts';
import { dumpedOf } from '../../../workers/memory-bins.ts';
import { fixtureBlob } from '../archive/helpers.ts';
import { fixtureTar } from '../hostile/fixture-tar.ts';

async function agree(archive: Archive): Promise<number> {
  const models = await buildArchiveModels(archive);
  const memories = await openArchiveMemory(archive);
  let compared = 0;
  for (const [i, { model }] of models.entries()) {
    const mem = memories.find((m) => m.root === models[i]!.root)?.mem;
    const memPids = mem?.pids() ?? [];
    // Every process the Memory view lists is a process of the Processes view.
    expect(memPids.filter((pid) => !model.processes.some((p) => p.pid === pid))).toEqual([]);
    for (const pid of memPids) {
      const info = mem!.process(pid)!;
      const maps = model.processes.find((p) => p.pid === pid)!.maps;
      for (const v of info.vmas) {
        const m = maps.find((x) => x.start === v.start && x.end === v.end);
        expect(m, `pid ${pid} VMA ${v.start.toString(16)}`).toBeDefined();
        expect(m!.kind).toBe(v.kind);
        // In whole pages: a pages file cut mid-page leaves that page unreadable in both.
        const dumped = dumpedOf(mem!, pid, v, info.pageSize).dumpedBytes;
        expect(m!.pagesInImage + m!.pagesInParent, `pid ${pid} ${v.start.toString(16)}`).toBe(
          Math.floor(dumped / info.pageSize),
        );
        compared++;
      }
    }
  }
  return compared;
}

describe('the Processes and Memory views read one reader', () => {
  it.each(['kitchen.tar.zst', 'lifecycle.tar.zst', 'pod-kitchen-web.tar.zst'])(
    '%s: dumped pages of every VMA agree',
    async (name) => {
      const archive = await openArchive(await fixtureBlob(name), { name });
      expect(await agree(archive)).toBeGreaterThan(10);
    },
  );

  it('a tar cut before pstree.img: the same processes in both views', async () => {
    const tar = await fixtureTar('kitchen.tar.zst');
    const archive = await openArchive(new MemorySource(tar.subarray(0, 12_000_000)), {
      name: 'cut.tar',
    });
    expect(archive.members.some((m) => m.path === 'checkpoint/pstree.img')).toBe(false);
    const [{ model }] = await buildArchiveModels(archive);
    const [{ mem }] = await openArchiveMemory(archive);
    expect(mem.pids().length).toBe(4);
    expect(model.processes.map((p) => p.pid).sort()).toEqual([...mem.pids()].sort());
    expect(model.problems).toContainEqual(
      expect.objectContaining({ code: 'missing-image', image: 'pstree.img' }),
    );
    await agree(archive);
  });

  it('SysV shm pages that were not dumped are absent, not zeros', async () => {
    const archive = await openArchive(await fixtureBlob('lifecycle.tar.zst'), { name: 'l' });
    const [{ model }] = await buildArchiveModels(archive);
    const shm = model.ipc[0]!.sharedMemory[0]!;
    // facts.json: a 64 KiB segment whose first page holds the marker; only that page was touched.
    expect(shm.size).toBe(65536n);
    expect(new TextDecoder().decode(shm.content!.subarray(0, 22))).toBe('SHM-CONTENT-FIXTURE-11');
    expect(shm.notDumped).toEqual([{ offset: 4096, length: 61440 }]);
    const vma = model.processes[0]!.maps.find((v) => v.kind === 'sysv-shm')!;
    expect([vma.pagesDumped, vma.pagesInImage]).toEqual([1, 1]);
  });
});

/**
 * A program run from a memfd (lifecycle.tar.zst pid 11, `fexecve`) maps the memfd MAP_PRIVATE.
 * Its pagemap holds the pages it wrote (relocations, copied on write); the memfd's contents
 * (pagemap-shmem-<id>.img) show through everywhere else. The two overlap by design: that is
 * not a damaged pagemap, and the process's own copy wins where both have a page.
 */
import { describe, expect, it } from 'vitest';
import { fixtureModels } from '../model/fixtures.ts';
import { fixtureMemory } from './fixture-memory.ts';

describe('memfd mapped private (lifecycle.tar.zst pid 11)', () => {
  it('reads the memfd where the process has no page of its own, without an overlap warning', async () => {
    const { mem } = await fixtureMemory('lifecycle.tar.zst');
    expect(mem.problems.filter((p) => p.message.includes('overlap'))).toEqual([]);
    const model = (await fixtureModels('lifecycle.tar.zst'))[0]!.model;
    const memfd = model.memfds.find((m) => m.name === 'fx-memfd-exe')!;
    // 0x55786ca0d000 maps the memfd at offset 8192, r-x: the program's text, never written.
    const text = await mem.read(11, 0x55786ca0d000n, 8192);
    expect(text.bytes).toEqual(memfd.content!.subarray(8192, 16384));
    // The ELF header at the start of the first mapping comes from the process's own pagemap.
    const head = await mem.read(11, 0x55786ca0b000n, 4);
    expect(Array.from(head.bytes)).toEqual([0x7f, 0x45, 0x4c, 0x46]);
  });
});

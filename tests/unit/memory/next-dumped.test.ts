import { describe, expect, it } from 'vitest';
import { openMemory } from '../../../src/lib/memory/open-memory.ts';
import { PE_PRESENT } from '../../../src/lib/memory/pagemap-index.ts';
import { nextDumpedAddress } from '../../../src/lib/memory/next-dumped.ts';
import { FakeCheckpoint, PAGE, decodeFake, pe, vma } from './fake-checkpoint.ts';

describe('nextDumpedAddress', () => {
  it('jumps over pages that are not in the checkpoint, within and across VMAs, stretch by stretch', async () => {
    // A sparse "heap": 16 pages of which page 8 was dumped; then a second VMA, page 2 dumped.
    const ck = new FakeCheckpoint([
      {
        pid: 1,
        vmas: [vma(0x100000n, 0x110000n), vma(0x200000n, 0x204000n)],
        pagemap: [pe(0x108000n, 1, PE_PRESENT), pe(0x202000n, 1, PE_PRESENT)],
      },
    ]).raw('pages-1.img', new Uint8Array(2 * PAGE).fill(0x41));
    const mem = await openMemory(ck.store(), { decode: decodeFake });
    const space = mem.space(1)!;
    expect(nextDumpedAddress(space, 0x100000n)).toBe(0x108000n);
    // Inside dumped bytes: the next stretch after the gap that follows.
    expect(nextDumpedAddress(space, 0x108000n)).toBe(0x202000n);
    expect(nextDumpedAddress(space, 0x108800n)).toBe(0x202000n);
    expect(nextDumpedAddress(space, 0x109000n)).toBe(0x202000n);
    expect(nextDumpedAddress(space, 0x203000n)).toBeUndefined();
    expect(nextDumpedAddress(space, 0x300000n)).toBeUndefined();
  });
});

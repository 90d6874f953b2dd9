import { describe, expect, it } from 'vitest';
import { MemorySession } from '../../../src/lib/memory/memory-session.ts';
import { openMemory } from '../../../src/lib/memory/open-memory.ts';
import { PE_PRESENT } from '../../../src/lib/memory/pagemap-index.ts';
import type { SearchBatch } from '../../../src/lib/memory/search.ts';
import { FakeCheckpoint, decodeFake, pagesData, pe, vma } from './fake-checkpoint.ts';

async function session(): Promise<MemorySession> {
  const ck = new FakeCheckpoint([
    { pid: 1, vmas: [vma(0x10000n, 0x20000n)], pagemap: [pe(0x10000n, 16, PE_PRESENT)] },
  ]).raw('pages-1.img', pagesData(16));
  return new MemorySession(await openMemory(ck.store(), { decode: decodeFake }));
}

describe('MemorySession (the worker-facing API)', () => {
  it('streams a search to a callback with progress up to the total', async () => {
    const s = await session();
    const batches: SearchBatch[] = [];
    const end = await s.search({ kind: 'hex', hex: '00 01 02' }, { windowSize: 4096 }, (b) =>
      batches.push(b),
    );
    expect(end.completed).toBe(true);
    const last = batches.at(-1)!;
    expect(last).toMatchObject({ done: true, scannedBytes: 65536, totalBytes: 65536 });
    expect(batches.flatMap((b) => b.matches).length).toBeGreaterThan(0);
  });

  it('lets a new search supersede the running one, and cancel stop it', async () => {
    const s = await session();
    const first: SearchBatch[] = [];
    const a = s.search({ kind: 'text', text: 'x' }, { windowSize: 4096 }, (b) => first.push(b));
    const b = s.search({ kind: 'text', text: 'y' }, { windowSize: 4096 }, () => {});
    expect(await a).toEqual({ completed: false });
    expect(await b).toEqual({ completed: true });
    expect(first.some((x) => x.done)).toBe(false);

    let seen = 0;
    const c = s.search({ kind: 'text', text: 'z' }, { windowSize: 4096 }, () => {
      if (++seen === 2) s.cancel('search');
    });
    expect(await c).toEqual({ completed: false });
    expect(seen).toBe(2);
  });

  it('reads, describes, lists strings and exports', async () => {
    const s = await session();
    expect(s.processes().map((p) => p.pid)).toEqual([1]);
    expect((await s.read(1, 0x10000n, 16)).bytes).toEqual(pagesData(16).subarray(0, 16));
    expect(s.describe(1, 0x1f000n, 0x2000n).map((x) => x.kind)).toEqual(['dumped', 'unmapped']);
    let total = 0;
    expect(await s.export(1, 0x10000n, 0x20000n, (c) => (total += c.bytes.length))).toEqual({
      completed: true,
    });
    expect(total).toBe(65536);
    expect(await s.strings({ minLength: 4 }, () => {})).toEqual({ completed: true });
  });
});

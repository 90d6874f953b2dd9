import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Entry } from '../../../src/lib/criu/types.ts';
import { openMemory } from '../../../src/lib/memory/open-memory.ts';
import { searchMemory } from '../../../src/lib/memory/search.ts';
import { extractStrings } from '../../../src/lib/memory/strings.ts';
import { READABLE_KINDS } from '../../../src/lib/memory/types.ts';
import { FakeCheckpoint, decodeFake, pagesData } from './fake-checkpoint.ts';

const u64 = fc.oneof(
  fc.bigInt({ min: 0n, max: 0x40000n }),
  fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }),
  fc.constant((1n << 64n) - 4096n),
);
const anyValue = fc.oneof(
  u64,
  fc.integer(),
  fc.string({ maxLength: 4 }),
  fc.constant(undefined),
  fc.boolean(),
);

const entry = fc.record(
  {
    vaddr: fc.oneof(u64, anyValue),
    compat_nr_pages: fc.oneof(fc.integer({ min: 0, max: 40 }), anyValue),
    nr_pages: fc.oneof(fc.bigInt({ min: 0n, max: 40n }), u64, anyValue),
    flags: fc.oneof(fc.integer({ min: 0, max: 7 }), anyValue),
    in_parent: fc.boolean(),
  },
  { requiredKeys: [] },
);
const vmaEntry = fc.record(
  {
    start: fc.oneof(u64, anyValue),
    end: fc.oneof(u64, anyValue),
    status: fc.oneof(fc.integer({ min: 0, max: 0x7fff }), anyValue),
    flags: fc.oneof(fc.integer({ min: 0, max: 0x200 }), anyValue),
    shmid: fc.oneof(fc.bigInt({ min: 0n, max: 3n }), anyValue),
    pgoff: fc.oneof(u64, anyValue),
  },
  { requiredKeys: [] },
);

/**
 * Damaged or hostile images (any values in any field, huge page counts, overlapping and
 * unsorted entries, VMAs past the end of the address space, missing or short pages files)
 * never make the memory layer throw, and what it returns stays self-consistent.
 */
describe('memory layer on arbitrary pagemaps and VMAs', () => {
  it('never throws; reads cover the range exactly; searches and strings finish', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(entry, { maxLength: 12 }),
        fc.array(vmaEntry, { maxLength: 8 }),
        fc.array(entry, { maxLength: 4 }),
        fc.integer({ min: 0, max: 6 }),
        u64,
        fc.integer({ min: -5, max: 70000 }),
        async (pagemap, vmas, shmem, nPages, addr, len) => {
          const ck = new FakeCheckpoint([
            { pid: 1, vmas: vmas as Entry[], pagemap: pagemap as Entry[] },
          ])
            .image('pagemap-shmem-1.img', [{ pages_id: 1 }, ...(shmem as Entry[])])
            .raw('pages-1.img', pagesData(nPages).subarray(0, nPages * 4096 - (nPages ? 100 : 0)));
          const mem = await openMemory(ck.store(), { decode: decodeFake });
          const r = await mem.read(1, addr, len);
          const total = r.segments.reduce((n, s) => n + s.length, 0);
          expect(total).toBe(r.bytes.length);
          let at = 0;
          for (const s of r.segments) {
            expect(s.offset).toBe(at);
            expect(s.address).toBe(addr + BigInt(at));
            at += s.length;
          }
          for (const s of r.segments) {
            if (!READABLE_KINDS.has(s.kind)) {
              expect(r.bytes.subarray(s.offset, s.offset + s.length).every((b) => b === 0)).toBe(
                true,
              );
            }
          }
          for await (const b of searchMemory(
            mem,
            { kind: 'hex', hex: '00 ?? 02' },
            { maxMatches: 50 },
          )) {
            expect(b.scannedBytes).toBeLessThanOrEqual(b.totalBytes);
          }
          for await (const b of extractStrings(mem, { minLength: 2 }))
            expect(b.strings).toBeDefined();
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);
});

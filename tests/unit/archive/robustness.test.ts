import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { MemorySource } from '../../../src/lib/archive/byte-source.ts';
import { openArchive } from '../../../src/lib/archive/open-archive.ts';
import { summarize } from '../../../src/lib/summary/summarize.ts';
import { fixturePath } from './helpers.ts';
import { paxRecords, pattern, tar } from './tar-builder.ts';

/** A small checkpoint-shaped tar exercising every header form. */
const base = tar([
  { name: 'config.dump', data: JSON.stringify({ id: 'abc', name: 'n' }) },
  {
    name: 'spec.dump',
    data: JSON.stringify({ annotations: { 'io.container.manager': 'libpod' } }),
  },
  { name: '././@LongLink', type: 'L', data: `checkpoint/${'l'.repeat(120)}.img\0`, magic: 'gnu' },
  { name: 'checkpoint/long', data: pattern(700, 1), magic: 'gnu' },
  { name: 'PaxHeaders/p', type: 'x', data: paxRecords({ path: 'checkpoint/pages-1.img' }) },
  { name: 'p', data: pattern(3000, 2) },
  { name: 'checkpoint/inventory.img', data: new Uint8Array([0x16, 0x31, 0x31, 0x58]) },
  { name: 'stats-dump', data: pattern(50, 3) },
]);

const damage = fc.record({
  cut: fc.nat({ max: base.length }),
  flips: fc.array(fc.tuple(fc.nat({ max: base.length - 1 }), fc.integer({ min: 1, max: 255 })), {
    maxLength: 8,
  }),
});

function damaged({ cut, flips }: { cut: number; flips: [number, number][] }): Uint8Array {
  const out = base.slice(0, Math.max(cut, 1));
  for (const [at, x] of flips) if (at < out.length) out[at] ^= x;
  return out;
}

describe('damaged input never throws', () => {
  it('uncompressed tars: open and summarise whatever is left', async () => {
    await fc.assert(
      fc.asyncProperty(damage, async (d) => {
        const archive = await openArchive(new MemorySource(damaged(d)));
        const summary = await summarize(archive);
        expect(Array.isArray(summary.problems)).toBe(true);
      }),
      { numRuns: 150, seed: 20261128 },
    );
  });

  it('gzip tars: damaged compressed bytes end as problems', async () => {
    const gz = zlib.gzipSync(base);
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: gz.length }),
        fc.array(fc.tuple(fc.nat({ max: gz.length - 1 }), fc.integer({ min: 1, max: 255 })), {
          maxLength: 4,
        }),
        async (cut, flips) => {
          const bytes = gz.slice(0, Math.max(cut, 1));
          for (const [at, x] of flips) if (at < bytes.length) bytes[at] ^= x;
          const archive = await openArchive(new MemorySource(bytes));
          await summarize(archive);
        },
      ),
      { numRuns: 100, seed: 7 },
    );
  });

  it('zstd archives: damaged compressed bytes end as problems, never a hang', async () => {
    const zst = fs.readFileSync(fixturePath('web.tar.zst'));
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: zst.length }),
        fc.array(fc.tuple(fc.nat({ max: zst.length - 1 }), fc.integer({ min: 1, max: 255 })), {
          maxLength: 4,
        }),
        async (cut, flips) => {
          runs++;
          const bytes = Uint8Array.from(zst.subarray(0, Math.max(cut, 1)));
          for (const [at, x] of flips) if (at < bytes.length) bytes[at] ^= x;
          const archive = await openArchive(new MemorySource(bytes));
          await summarize(archive);
        },
      ),
      { numRuns: 40, seed: 11 },
    );
    expect(runs).toBe(40);
  });
});

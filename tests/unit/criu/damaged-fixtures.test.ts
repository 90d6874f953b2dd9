/**
 * Random damage to real images of every kind in the kitchen fixture (payload images, pagemaps,
 * ghost files, nested core/mm messages): decoding never throws, every problem names the image
 * and an offset inside it, and a truncated image still gives the entries before the cut.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeImage } from '../../../src/lib/criu/decode-image.ts';
import { fixtureImages, type FixtureImage } from './fixture-images.ts';

describe('randomly damaged fixture images', () => {
  let images: FixtureImage[] = [];
  beforeAll(async () => {
    const all = await fixtureImages('kitchen.tar.zst');
    // One image per kind: core, mm, files, pagemap, ghost file, payload images...
    const seen = new Set<string>();
    images = all.filter((i) => {
      const d = decodeImage(i.bytes, i.name);
      if (d.magic === 'RAW' || d.problems.length || seen.has(d.magic)) return false;
      seen.add(d.magic);
      return true;
    });
  });

  it('covers the payload kinds', () => {
    const magics = images.map((i) => decodeImage(i.bytes, i.name).magic);
    for (const m of ['CORE', 'MM', 'PAGEMAP', 'GHOST_FILE', 'TCP_STREAM', 'SK_QUEUES']) {
      expect(magics).toContain(m);
    }
  });

  it('never throws on byte changes and truncation', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }),
        fc.nat(),
        (which, edits, cut) => {
          const image = images[which % images.length];
          const bytes = image.bytes.slice(0, image.bytes.length - (cut % 16));
          for (const [at, v] of edits) if (bytes.length) bytes[at % bytes.length] = v;
          const d = decodeImage(bytes, image.name);
          for (const p of d.problems) {
            expect(p.image).toBe(image.name);
            expect(p.offset).toBeGreaterThanOrEqual(0);
            expect(p.offset).toBeLessThanOrEqual(bytes.length);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('keeps the entries before a cut', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (which, cut) => {
        const image = images[which % images.length];
        const good = decodeImage(image.bytes, image.name).entries;
        const bytes = image.bytes.subarray(0, cut % (image.bytes.length + 1));
        const d = decodeImage(bytes, image.name);
        expect(d.entries.length).toBeLessThanOrEqual(good.length);
        // The last entry may differ: a ghost file's contents simply run to the end of the file.
        expect(d.entries.slice(0, -1)).toEqual(good.slice(0, Math.max(0, d.entries.length - 1)));
      }),
      { numRuns: 300 },
    );
  });
});

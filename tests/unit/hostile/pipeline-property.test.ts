/**
 * Property tests over the REAL fixtures: the kitchen checkpoint is decompressed here, damaged
 * (bit flips in its metadata, truncation, spliced tar and CRIU entry sizes, inflated pagemap
 * page counts) and run through the whole pipeline: open → summarise → decode every image →
 * model → memory reads, search and strings. Every run must finish (a 30 s watchdog catches
 * hangs), throw nothing, report typed problems only, allocate nothing an input size asks for
 * beyond what the input holds, and still decode what was not damaged.
 */
import fc from 'fast-check';
import zlib from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeImage } from '../../../src/lib/criu/decode-image.ts';
import { encodeImage } from '../../../src/lib/criu/encode-image.ts';
import { tarMembers, replaceMember, setSizeField, type TarMember } from '../../hostile/tar-edit.ts';
import { fixtureBytes, fixtureTar } from './fixture-tar.ts';
import { badProblems, runPipeline, watchdog, type PipelineResult } from './pipeline.ts';

const HANG_MS = 30_000;
/** Typed-array memory a run may hold beyond the input: the fixture unpacks to ~26 MiB. */
const MEMORY_BOUND = 512 * 1024 ** 2;

let tar: Uint8Array;
let members: TarMember[];
/** The CRIU images with entries (not raw pages, not JSON/logs). */
let images: TarMember[];
let baseline: PipelineResult;

beforeAll(async () => {
  tar = await fixtureTar('kitchen.tar.zst');
  members = tarMembers(tar);
  images = members.filter(
    (m) => /^checkpoint\/.*\.img$/.test(m.path) && !/pages-|tmpfs-/.test(m.path) && m.size > 8,
  );
  baseline = await runPipeline(tar, 'kitchen.tar', { memory: false });
}, 60_000);

const nameOf = (m: TarMember) => m.path.slice('checkpoint/'.length);

async function check(bytes: Uint8Array, name: string): Promise<PipelineResult> {
  const before = process.memoryUsage().arrayBuffers;
  const r = await watchdog(runPipeline(bytes, name), HANG_MS, name);
  expect(badProblems(r.problems)).toEqual([]);
  expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(MEMORY_BOUND + bytes.length);
  return r;
}

/** Entries decoded per image of the undamaged checkpoint. */
function entryCounts(r: PipelineResult): Map<string, number> {
  return new Map([...r.images].map(([k, v]) => [k, v.entries.length]));
}

const u32 = fc.oneof(
  fc.constant(0xffffffff),
  fc.constant(0x7fffffff),
  fc.integer({ min: 0, max: 0xffffffff }),
);

describe('whole pipeline on damaged real checkpoints', () => {
  it('bit flips in the metadata of the tar and its images', async () => {
    // Flips aimed at headers and CRIU images: flips in page data are harmless and too common.
    const targets = () => members.filter((m) => !/pages-/.test(m.path));
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            member: fc.nat(),
            at: fc.nat(),
            header: fc.boolean(),
            bit: fc.integer({ min: 0, max: 7 }),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        async (flips) => {
          const bad = tar.slice();
          const t = targets();
          for (const f of flips) {
            const m = t[f.member % t.length]!;
            const at = f.header
              ? m.headerOffset + (f.at % 512)
              : m.dataOffset + (f.at % Math.max(1, m.size));
            bad[at] ^= 1 << f.bit;
          }
          await check(bad, 'flipped.tar');
        },
      ),
      { numRuns: 10 },
    );
  }, 300_000);

  it('truncation anywhere, compressed or not', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        async (where, gzip) => {
          const cut = tar.subarray(0, Math.floor(where * tar.length));
          const bytes = gzip ? new Uint8Array(zlib.gzipSync(cut, { level: 1 })) : cut;
          const r = await check(bytes, gzip ? 'cut.tar.gz' : 'cut.tar');
          if (cut.length < tar.length - 1024)
            expect(r.problems.length, `cut at ${cut.length}`).toBeGreaterThan(0);
        },
      ),
      { numRuns: 8 },
    );
  }, 300_000);

  it('spliced sizes in tar headers: huge, past the end, or off by some', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.oneof(
          fc.constant(2 ** 40),
          fc.constant(8 ** 11 - 1),
          fc.integer({ min: 0, max: 2 ** 31 }),
          fc.integer({ min: -4096, max: 4096 }),
        ),
        fc.boolean(),
        fc.boolean(),
        async (which, size, fixSum, gzip) => {
          const bad = tar.slice();
          const m = members[which % members.length]!;
          const value = size < 0 || size < 4096 ? Math.max(0, m.size + size) : size;
          setSizeField(bad, m.headerOffset, value, { checksum: fixSum });
          const bytes = gzip ? new Uint8Array(zlib.gzipSync(bad, { level: 1 })) : bad;
          await check(bytes, gzip ? 'spliced.tar.gz' : 'spliced.tar');
        },
      ),
      { numRuns: 10 },
    );
  }, 300_000);

  it('one image with a spliced entry size: the others still decode, the tree is still built', async () => {
    const counts = entryCounts(baseline);
    await fc.assert(
      fc.asyncProperty(fc.nat(), u32, async (which, size) => {
        const m = images[which % images.length]!;
        const bad = tar.slice();
        const view = new DataView(bad.buffer);
        const magic = view.getUint32(m.dataOffset, true);
        const first = magic === 0x54564319 || magic === 0x55105940 ? 8 : 4;
        if (m.size < first + 4) return;
        view.setUint32(m.dataOffset + first, size, true);
        const r = await check(bad, 'entry-size.tar');
        for (const [name, n] of counts)
          if (name !== nameOf(m)) expect(r.images.get(name)?.entries.length, name).toBe(n);
        if (!/^(pstree|core-1|inventory)\.img$/.test(nameOf(m)))
          expect(r.models[0]!.model.processes.length).toBe(
            baseline.models[0]!.model.processes.length,
          );
        const own = r.images.get(nameOf(m))!;
        if (size > m.size) expect(own.problems.map((p) => p.code)).toContain('oversized-entry');
      }),
      { numRuns: 12 },
    );
  }, 300_000);

  it('one image damaged at random: the others still decode and the tree is still built', async () => {
    const counts = entryCounts(baseline);
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
        async (which, flips, cut) => {
          const m = images[which % images.length]!;
          let data = tar.slice(m.dataOffset, m.dataOffset + m.size);
          for (const [at, x] of flips) data[at % data.length] ^= x;
          if (cut !== undefined) data = data.subarray(0, Math.floor(cut * data.length));
          const r = await check(replaceMember(tar, m, data), 'one-image.tar');
          for (const [name, n] of counts)
            if (name !== nameOf(m)) expect(r.images.get(name)?.entries.length, name).toBe(n);
          if (!/^(pstree|core-\d+|inventory|mm-\d+|ids-\d+)\.img$/.test(nameOf(m)))
            expect(r.models[0]!.model.processes.length).toBe(
              baseline.models[0]!.model.processes.length,
            );
        },
      ),
      { numRuns: 10 },
    );
  }, 300_000);

  it('pagemap page counts inflated up to 2^40: reads and scans stay bounded', async () => {
    const pagemaps = members.filter((m) => /checkpoint\/pagemap-\d+\.img$/.test(m.path));
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.nat(),
        fc.oneof(
          fc.constant(2 ** 40),
          fc.constant(0xffffffff),
          fc.integer({ min: 1, max: 2 ** 20 }),
        ),
        async (which, entry, pages) => {
          const m = pagemaps[which % pagemaps.length]!;
          const decoded = decodeImage(tar.slice(m.dataOffset, m.dataOffset + m.size), nameOf(m));
          const e = decoded.entries[1 + (entry % (decoded.entries.length - 1))]!;
          // nr_pages is a uint32 on the wire; 2^40 goes as a wider varint, as a forger would.
          e.nr_pages = pages >= 2 ** 32 ? 0xffffffff : pages;
          let bytes = encodeImage(decoded);
          if (pages >= 2 ** 32) bytes = widenVarint(bytes, 0xffffffff, pages);
          const r = await check(replaceMember(tar, m, bytes), 'pagemap.tar');
          expect(r.models[0]!.model.processes.length).toBe(
            baseline.models[0]!.model.processes.length,
          );
        },
      ),
      { numRuns: 6 },
    );
  }, 300_000);

  it('bit flips in the compressed fixtures themselves (zstd and gzip)', async () => {
    const inputs = [
      { name: 'kitchen.tar.zst', bytes: fixtureBytes('kitchen.tar.zst') },
      { name: 'kitchen.tar.gz', bytes: fixtureBytes('kitchen.tar.gz') },
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })), {
          minLength: 1,
          maxLength: 4,
        }),
        async (which, flips) => {
          const input = inputs[which % inputs.length]!;
          const bad = input.bytes.slice();
          for (const [at, bit] of flips) bad[at % bad.length] ^= 1 << bit;
          await check(bad, input.name);
        },
      ),
      { numRuns: 8 },
    );
  }, 300_000);
});

/**
 * Replace the 5-byte varint of `from` (the first one found after a field-2 tag, nr_pages)
 * with the varint of `to`, fixing the entry's length prefix. Test-only surgery on one entry.
 */
function widenVarint(image: Uint8Array, from: number, to: number): Uint8Array {
  const varint = (n: number) => {
    const out: number[] = [];
    let v = BigInt(n);
    while (v >= 0x80n) {
      out.push(Number(v & 0x7fn) | 0x80);
      v >>= 7n;
    }
    out.push(Number(v));
    return out;
  };
  const old = [0x10, ...varint(from)];
  const wide = [0x10, ...varint(to)];
  const view = new DataView(image.buffer, image.byteOffset, image.byteLength);
  const magic = view.getUint32(0, true);
  let pos = magic === 0x54564319 || magic === 0x55105940 ? 8 : 4;
  while (pos + 4 <= image.length) {
    const len = view.getUint32(pos, true);
    const body = image.subarray(pos + 4, pos + 4 + len);
    for (let i = 0; i + old.length <= body.length; i++) {
      if (old.every((b, j) => body[i + j] === b)) {
        const out = new Uint8Array(image.length + wide.length - old.length);
        out.set(image.subarray(0, pos));
        new DataView(out.buffer).setUint32(pos, len + wide.length - old.length, true);
        out.set(body.subarray(0, i), pos + 4);
        out.set(wide, pos + 4 + i);
        out.set(image.subarray(pos + 4 + i + old.length), pos + 4 + i + wide.length);
        return out;
      }
    }
    pos += 4 + len;
  }
  return image;
}

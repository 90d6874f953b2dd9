import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readExact } from '../../../src/lib/archive/byte-source.ts';
import { SizeLimitError } from '../../../src/lib/archive/large-member-sink.ts';
import { openPath } from '../../../src/cli/open-path.ts';
import { TempFileSink } from '../../../src/cli/temp-file-sink.ts';
import { openMemory } from '../../../src/lib/memory/open-memory.ts';
import { fixturePath } from '../archive/helpers.ts';
import { allMatches, ascii, text } from '../memory/fixture-memory.ts';

/** Deterministic bytes that differ at every offset of a member, so a misplaced read shows. */
function pattern(size: number, seed: number): Uint8Array {
  const out = new Uint8Array(size);
  for (let i = 0; i < size; i++) out[i] = (i * 31 + seed * 7 + (i >>> 8)) & 0xff;
  return out;
}

let root: string;
beforeEach(async () => {
  root = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'cc-sink-test-'));
});
afterEach(async () => {
  await fs.promises.rm(root, { recursive: true, force: true });
});

const entries = (dir: string) => fs.readdirSync(dir);
/** Byte equality without an element-by-element deep compare of large arrays. */
const same = (got: Uint8Array, want: Uint8Array) =>
  expect(Buffer.compare(Buffer.from(got), Buffer.from(want))).toBe(0);

describe('TempFileSink', () => {
  it('writes members in uneven chunks and reads them back at any offset', async () => {
    const sink = new TempFileSink({ tmpRoot: root });
    const a = pattern(300_001, 1);
    const b = pattern(70_000, 2);
    const wa = await sink.create('pages-1.img', a.length);
    const wb = await sink.create('pages-2.img', b.length);
    // Interleaved writes in chunk sizes that never line up with the reads below.
    for (
      let pos = 0, step = 1;
      pos < Math.max(a.length, b.length);
      pos += step, step = step * 3 + 1
    ) {
      if (pos < a.length) await wa.write(a.subarray(pos, Math.min(a.length, pos + step)));
      if (pos < b.length) await wb.write(b.subarray(pos, Math.min(b.length, pos + step)));
    }
    const sa = await wa.close();
    const sb = await wb.close();
    expect([sa.size, sb.size]).toEqual([a.length, b.length]);
    same(await readExact(sa, 0, a.length), a);
    same(await readExact(sb, 0, b.length), b);
    for (const [offset, length] of [
      [0, 1],
      [4095, 2],
      [65_535, 70_000],
      [299_990, 100],
    ] as const) {
      const got = await readExact(sa, offset, length);
      same(got, a.subarray(offset, Math.min(a.length, offset + length)));
    }
    // Past the end: nothing; a reused buffer is read into, not replaced.
    expect((await sa.read(a.length, 10)).length).toBe(0);
    const into = new Uint8Array(64);
    const view = await sb.read(1000, 32, into);
    expect(view.buffer).toBe(into.buffer);
    expect(view).toEqual(b.subarray(1000, 1032));

    // One private directory, one 0600 file.
    const dir = sink.directory!;
    expect(path.dirname(dir)).toBe(root);
    const files = entries(dir);
    expect(files).toHaveLength(1);
    expect(fs.statSync(path.join(dir, files[0])).mode & 0o777).toBe(0o600);

    await sink.dispose();
    expect(fs.existsSync(dir)).toBe(false);
    expect(entries(root)).toEqual([]);
  });

  it('keeps only what arrived of a truncated member', async () => {
    const sink = new TempFileSink({ tmpRoot: root });
    const w = await sink.create('pages-1.img', 1000);
    await w.write(pattern(600, 3));
    const s = await w.close();
    expect(s.size).toBe(600);
    expect(await readExact(s, 0, 600)).toEqual(pattern(600, 3));
    await sink.dispose();
  });

  it('refuses members over the cap before writing, and more bytes than announced', async () => {
    const sink = new TempFileSink({ tmpRoot: root, maxBytes: 1000 });
    const w = await sink.create('pages-1.img', 600);
    await expect(sink.create('pages-2.img', 500)).rejects.toThrow(SizeLimitError);
    await expect(sink.create('pages-2.img', 500)).rejects.toThrow(
      'pages-2.img (500 bytes) does not fit in the 1000-byte temporary-file cap for large members',
    );
    expect(sink.used).toBe(600);
    await expect(w.write(new Uint8Array(601))).rejects.toThrow(
      'pages-1.img: more data than its header announced',
    );
    // Aborting gives the reservation (and the file's tail) back.
    await w.abort();
    expect(sink.used).toBe(0);
    const w2 = await sink.create('pages-2.img', 1000);
    await w2.write(pattern(1000, 4));
    expect(await readExact(await w2.close(), 0, 1000)).toEqual(pattern(1000, 4));
    await sink.dispose();
    expect(entries(root)).toEqual([]);
  });

  it('creates nothing on disk until a large member arrives; dispose twice is harmless', async () => {
    const sink = new TempFileSink({ tmpRoot: root });
    await sink.dispose();
    await sink.dispose();
    expect(entries(root)).toEqual([]);
    await expect(sink.create('pages-1.img', 1)).rejects.toThrow(/after dispose/);
  });
});

describe('openPath with a temporary file for large members', () => {
  let savedTmp: string | undefined;
  beforeEach(() => {
    savedTmp = process.env.TMPDIR;
    process.env.TMPDIR = root;
  });
  afterEach(() => {
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
  });

  it('opens memhog-256m.tar.zst, finds MEMHOG-NEEDLE-3 in its pages, and cleans up', async () => {
    const input = fixturePath('memhog-256m.tar.zst');
    const before = fs.statSync(input);
    const archive = await openPath(input);
    try {
      expect(archive.largeMemberStorage).toBe('temp file');
      const [dir] = entries(root);
      expect(dir).toMatch(/^cc-analyser-/);
      const [file] = entries(path.join(root, dir));
      // The 256 MiB of pages are on disk, not in memory.
      expect(fs.statSync(path.join(root, dir, file)).size).toBeGreaterThanOrEqual(256 * 2 ** 20);

      const mem = await openMemory(archive.layout.containers[0].images);
      const matches = await allMatches(mem, text('MEMHOG-NEEDLE-3'), { context: 1 });
      // Needles 0..15 sit once each in the 256 MiB buffer; the stack copy holds only the last.
      expect(matches.map((m) => ascii(m.bytes))).toEqual(['MEMHOG-NEEDLE-3']);
      expect(ascii(matches[0].after)).not.toMatch(/^\d/);
      const r = await mem.read(1, matches[0].address, 15);
      expect(ascii(r.bytes)).toBe('MEMHOG-NEEDLE-3');
    } finally {
      await archive.dispose();
    }
    expect(entries(root)).toEqual([]);
    const after = fs.statSync(input);
    expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);
  }, 120_000);
});

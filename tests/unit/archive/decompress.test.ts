import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { MemorySource, sequentialStream } from '../../../src/lib/archive/byte-source.ts';
import { decompress } from '../../../src/lib/archive/decompress.ts';
import { openArchive } from '../../../src/lib/archive/open-archive.ts';
import { ZSTD_OUTPUT_SLICE } from '../../../src/lib/archive/zstd.ts';
import { maxOf } from '../../../src/lib/append-all.ts';
import { collect, fixturePath, sameBytes } from './helpers.ts';
import { pattern, tar } from './tar-builder.ts';

const sha256 = (b: Uint8Array) => crypto.createHash('sha256').update(b).digest('hex');

function streamOf(bytes: Uint8Array, blockSize = 4096) {
  return sequentialStream(new MemorySource(bytes), { blockSize });
}

describe('gzip', () => {
  it('round-trips through DecompressionStream', async () => {
    const original = pattern(300_000, 7);
    const out = await collect(decompress('gzip', streamOf(zlib.gzipSync(original))));
    expect(sameBytes(out, original)).toBe('same');
  });

  it('opens a gzip tar built in code', async () => {
    const files = [
      { name: 'a.txt', data: 'alpha' },
      { name: 'checkpoint/pages-1.img', data: pattern(40_000, 2) },
    ];
    const archive = await openArchive(new MemorySource(zlib.gzipSync(tar(files))));
    expect(archive.compression).toBe('gzip');
    expect(archive.problems).toEqual([]);
    expect(new TextDecoder().decode(await archive.read('a.txt'))).toBe('alpha');
    expect(
      sameBytes(await archive.read('checkpoint/pages-1.img'), files[1].data as Uint8Array),
    ).toBe('same');
  });

  it('reports a truncated gzip stream and keeps the members before the cut', async () => {
    const gz = zlib.gzipSync(
      tar([
        { name: 'first', data: 'x' },
        { name: 'second', data: pattern(200_000, 3) },
      ]),
    );
    const archive = await openArchive(new MemorySource(gz.subarray(0, gz.length - 5000)));
    expect(archive.member('first')?.available).toBe(true);
    expect(archive.problems.length).toBeGreaterThan(0);
    expect(['truncated-archive', 'decompression-error']).toContain(archive.problems[0].code);
  });

  it('says where a damaged stream failed: output so far, input read, and the member', async () => {
    const gz = zlib.gzipSync(
      tar([
        { name: 'first', data: 'x' },
        { name: 'second', data: pattern(2_000_000, 7) },
      ]),
    );
    const cut = gz.subarray(0, gz.length - 5000);
    const truncated = (await openArchive(new MemorySource(cut))).problems[0]!;
    // The output before the fault is intact; the fault is inside `second`.
    expect(truncated.message).toMatch(/after [\d,]+ decompressed bytes/);
    expect(truncated.message).toContain('in member second');
    if (truncated.code === 'truncated-archive') expect(truncated.offset).toBe(cut.length);

    const damaged = Buffer.from(gz);
    for (let i = gz.length >> 1; i < (gz.length >> 1) + 64; i++) damaged[i] ^= 0x5a;
    const problem = (await openArchive(new MemorySource(damaged))).problems.find(
      (p) => p.code === 'decompression-error',
    )!;
    const out = Number(/after ([\d,]+) decompressed/.exec(problem.message)![1]!.replace(/,/g, ''));
    const read = Number(/first ([\d,]+) compressed/.exec(problem.message)![1]!.replace(/,/g, ''));
    // Damage at the middle of the compressed bytes: some output came first, and the
    // decompressor had read past the damage when it noticed.
    expect(out).toBeGreaterThan(0);
    expect(read).toBeGreaterThan(gz.length >> 1);
    expect(problem.message).toContain('in member second');
  });
});

describe('zstd', () => {
  it('decompresses a Podman archive (8 MiB window, no content size) exactly', async () => {
    const out = await collect(
      decompress('zstd', streamOf(fs.readFileSync(fixturePath('web.tar.zst')))),
    );
    // `zstd -dc web.tar.zst | sha256sum` on the fixture.
    expect(out.length).toBe(WEB_TAR_SIZE);
    expect(sha256(out)).toBe(WEB_TAR_SHA256);
  });

  it('gives the same output for any input chunk size', async () => {
    const input = fs.readFileSync(fixturePath('web.tar.zst'));
    for (const block of [1000, 65_536, input.length]) {
      const out = await collect(decompress('zstd', streamOf(input, block)));
      expect(sha256(out)).toBe(WEB_TAR_SHA256);
    }
  });

  it('reports a truncated zstd stream without hanging', async () => {
    const input = fs.readFileSync(fixturePath('kitchen.tar.zst'));
    const archive = await openArchive(new MemorySource(input.subarray(0, 30_000)));
    expect(archive.problems.map((p) => p.code)).toContain('truncated-archive');
    expect(archive.members.length).toBeGreaterThan(0);
  });

  it('reports corrupt zstd data without hanging', async () => {
    const input = Buffer.from(fs.readFileSync(fixturePath('web.tar.zst')));
    for (let i = 2000; i < 2100; i++) input[i] ^= 0x5a;
    const archive = await openArchive(new MemorySource(input));
    const failure = archive.problems.find((p) => p.code === 'decompression-error');
    // zstd's own reason is given, not only "corrupt".
    expect(failure?.message).toMatch(/corrupt zstd data: (corrupted block|checksum mismatch)/);
  });

  it('decodes a valid stream right after a corrupt one (no state shared between streams)', async () => {
    const corrupt = Buffer.from(fs.readFileSync(fixturePath('web.tar.zst')));
    for (let i = 2000; i < 2100; i++) corrupt[i] ^= 0x5a;
    await expect(collect(decompress('zstd', streamOf(corrupt)))).rejects.toThrow(/corrupt/);
    const out = await collect(
      decompress('zstd', streamOf(fs.readFileSync(fixturePath('web.tar.zst')))),
    );
    expect(sha256(out)).toBe(WEB_TAR_SHA256);
  });

  it('hands out everything decoded before a damaged block (all but that block)', async () => {
    const whole = fs.readFileSync(fixturePath('memhog-256m.tar.zst'));
    const at = Math.floor(whole.length / 2);
    const prefixBefore = async (input: Uint8Array) => {
      const reader = decompress('zstd', streamOf(input, 1 << 20)).getReader();
      let length = 0;
      const hash = crypto.createHash('sha256');
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          length += value.length;
          hash.update(value);
        }
      } catch (e) {
        return { length, digest: hash.digest('hex'), error: String(e) };
      }
      return { length, digest: hash.digest('hex'), error: '' };
    };
    // The input cut at `at`: every block that ends before the cut is decoded.
    const cut = await prefixBefore(whole.subarray(0, at));
    expect(cut.error).toMatch(/incomplete/);
    const damaged = Buffer.from(whole);
    for (let i = at; i < at + 64; i++) damaged[i] ^= 0x5a;
    const got = await prefixBefore(damaged);
    expect(got.error).toMatch(/corrupt zstd data/);
    // At most the damaged block (128 KiB of output) is lost, and what came out is right.
    expect(got.length).toBeGreaterThanOrEqual(cut.length - 128 * 1024);
    const good = await prefixBefore(whole);
    expect(good.error).toBe('');
    const truth = await collect(decompress('zstd', streamOf(whole)));
    expect(sha256(truth.subarray(0, got.length))).toBe(got.digest);
  });

  it('hands out output in large slices (few calls, few writes), each a copy', async () => {
    const input = fs.readFileSync(fixturePath('memhog-256m.tar.zst'));
    const reader = decompress('zstd', streamOf(input, 1 << 20)).getReader();
    const sizes: number[] = [];
    let first: Uint8Array | undefined;
    let firstCopy: Uint8Array | undefined;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!first) [first, firstCopy] = [value, value.slice()];
      sizes.push(value.length);
    }
    expect(sizes.reduce((a, b) => a + b, 0)).toBeGreaterThan(256 * 1024 * 1024);
    expect(maxOf(sizes, 0)).toBe(ZSTD_OUTPUT_SLICE);
    expect(sizes.length).toBeLessThan(100);
    // Later calls reuse the decoder's buffer; a slice already handed out must not change.
    expect(sameBytes(first!, firstCopy!)).toBe('same');
  });
});

// Facts of the fixture file, measured with the zstd CLI.
const WEB_TAR_SIZE = 337_920;
const WEB_TAR_SHA256 = '30118020a981806cb3262e43e2d45ad893115b4102cf8f24b7b13a1a145ad053';

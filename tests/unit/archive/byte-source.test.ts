import { describe, expect, it } from 'vitest';
import {
  BlobSource,
  ChunkedSource,
  MAX_SINGLE_READ,
  MemorySource,
  SliceSource,
  readExact,
  sequentialStream,
  type ByteSource,
} from '../../../src/lib/archive/byte-source.ts';
import { CachedSource } from '../../../src/lib/archive/cached-source.ts';
import { ShortReadSource, collect, sameBytes } from './helpers.ts';
import { pattern } from './tar-builder.ts';

const data = pattern(10_000, 5);

describe('byte sources', () => {
  const sources: [string, () => ByteSource][] = [
    ['memory', () => new MemorySource(data)],
    ['blob', () => new BlobSource(new Blob([data]))],
    [
      'chunked',
      () => new ChunkedSource([data.subarray(0, 1), data.subarray(1, 4096), data.subarray(4096)]),
    ],
    ['slice', () => new SliceSource(new MemorySource(concatPad()), 100, 10_000)],
    ['short reads', () => new ShortReadSource(data, 13)],
    ['cached', () => new CachedSource(new ShortReadSource(data, 1000), 4096, 2)],
  ];
  function concatPad(): Uint8Array {
    const out = new Uint8Array(20_000);
    out.set(data, 100);
    return out;
  }
  for (const [name, make] of sources) {
    it(`${name}: readExact returns exact ranges and stops at the end`, async () => {
      const s = make();
      expect(s.size).toBe(10_000);
      expect(sameBytes(await readExact(s, 0, 10_000), data)).toBe('same');
      expect(await readExact(s, 4090, 20)).toEqual(data.subarray(4090, 4110));
      expect(await readExact(s, 9_990, 100)).toEqual(data.subarray(9_990));
      expect((await s.read(10_000, 10)).length).toBe(0);
      expect((await s.read(20_000, 10)).length).toBe(0);
    });
  }

  it('chunked reads stop at a chunk boundary (short read) but never cross it wrongly', async () => {
    const s = new ChunkedSource([data.subarray(0, 100), data.subarray(100)]);
    const r = await s.read(90, 50);
    expect(r).toEqual(data.subarray(90, 100));
  });

  it('never asks a Blob for 2 GiB or more in one read', async () => {
    const asked: number[] = [];
    const fakeHuge = {
      size: 5 * 1024 ** 3,
      slice(start: number, end: number) {
        asked.push(end - start);
        return new Blob([new Uint8Array(4)]);
      },
    } as unknown as Blob;
    await new BlobSource(fakeHuge).read(0, 3 * 1024 ** 3);
    expect(asked).toEqual([MAX_SINGLE_READ]);
    expect(MAX_SINGLE_READ).toBeLessThan(2 ** 31 - 1);
  });

  it('caches aligned blocks with LRU eviction', async () => {
    const base = new ShortReadSource(data, 1 << 20);
    const cached = new CachedSource(base, 1024, 2);
    await cached.read(0, 10);
    await cached.read(500, 10);
    expect(base.reads).toBe(1);
    await cached.read(1500, 10); // block 1
    await cached.read(10, 10); // block 0 again: still cached
    expect(base.reads).toBe(2);
    await cached.read(2500, 10); // block 2 evicts block 1 (least recently used)
    await cached.read(20, 10); // block 0 still cached
    expect(base.reads).toBe(3);
    await cached.read(1500, 10); // block 1 was evicted
    expect(base.reads).toBe(4);
  });

  it('passes big reads through without filling the cache', async () => {
    const base = new ShortReadSource(data, 1 << 20);
    const cached = new CachedSource(base, 1024, 2);
    await cached.read(0, 10);
    expect((await cached.read(100, 5000)).length).toBe(5000);
    await cached.read(20, 10); // block 0 is still cached
    expect(base.reads).toBe(2);
  });

  it('streams a source front to back in blocks, reporting bytes read', async () => {
    const seen: number[] = [];
    const out = await collect(
      sequentialStream(new MemorySource(data), { blockSize: 3000, onBytes: (n) => seen.push(n) }),
    );
    expect(sameBytes(out, data)).toBe('same');
    expect(seen).toEqual([3000, 6000, 9000, 10_000]);
  });

  it("streams a Blob through the Blob's own stream, with the same bytes, order and counts", async () => {
    const blob = new Blob([data.subarray(0, 4000), data.subarray(4000)]);
    const source = new BlobSource(blob);
    let streamed = 0;
    const original = source.stream.bind(source);
    source.stream = () => {
      streamed++;
      return original();
    };
    const seen: number[] = [];
    const hashed: Uint8Array[] = [];
    const out = await collect(
      sequentialStream(source, {
        blockSize: 3000,
        onBytes: (n) => seen.push(n),
        onChunk: (c) => hashed.push(c.slice()),
      }),
    );
    expect(streamed).toBe(1);
    expect(sameBytes(out, data)).toBe('same');
    expect(sameBytes(Buffer.concat(hashed), data)).toBe('same');
    expect(seen.at(-1)).toBe(data.length);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('stops a Blob stream when the signal is aborted, with the abort as the error', async () => {
    const controller = new AbortController();
    const stream = sequentialStream(new BlobSource(new Blob([data])), {
      signal: controller.signal,
    });
    controller.abort(new Error('stopped by the analyst'));
    await expect(collect(stream)).rejects.toThrow('stopped by the analyst');
  });
});

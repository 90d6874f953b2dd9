import { describe, expect, it } from 'vitest';
import zlib from 'node:zlib';
import { MemorySource } from '../../../src/lib/archive/byte-source.ts';
import { ChunkedMemorySink } from '../../../src/lib/archive/large-member-sink.ts';
import { openArchive } from '../../../src/lib/archive/open-archive.ts';
import type { OpenProgress } from '../../../src/lib/archive/types.ts';
import { fixtureBlob, sameBytes } from './helpers.ts';
import { pattern, tar } from './tar-builder.ts';

const MiB = 1024 * 1024;

describe('openArchive', () => {
  it('reports staged progress for a compressed archive, ending at the input size', async () => {
    const blob = await fixtureBlob('kitchen.tar.zst');
    const events: OpenProgress[] = [];
    const archive = await openArchive(blob, { onProgress: (p) => events.push(p) });
    expect(archive.problems).toEqual([]);
    const stages = [...new Set(events.map((e) => e.stage))];
    expect(stages).toEqual(['reading', 'decompressing', 'indexing']);
    expect(events.every((e) => e.totalBytes === blob.size)).toBe(true);
    const reads = events.map((e) => e.bytesRead);
    expect(reads).toEqual([...reads].sort((a, b) => a - b));
    expect(events.at(-1)?.bytesRead).toBe(blob.size);
    expect(events.some((e) => (e.bytesOut ?? 0) > 0)).toBe(true);
    // Large members are named while they stream (pages come before pstree.img).
    expect(events.some((e) => e.member === 'checkpoint/pages-3.img')).toBe(true);
  });

  it('rejects when aborted, before or during the work', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      openArchive(await fixtureBlob('kitchen.tar.zst'), { signal: controller.signal }),
    ).rejects.toThrow();

    const during = new AbortController();
    const opening = openArchive(await fixtureBlob('memhog-256m.tar.zst'), {
      signal: during.signal,
      onProgress: (p) => {
        if ((p.bytesOut ?? 0) > 0) during.abort();
      },
    });
    await expect(opening).rejects.toThrow();
  });

  it('describes inputs that are not archives instead of failing', async () => {
    for (const [bytes, kind] of [
      [new TextEncoder().encode('{"not": "a checkpoint"}'), 'json'],
      [new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), 'elf'],
      [new Uint8Array(0), 'empty'],
    ] as const) {
      const archive = await openArchive(new MemorySource(bytes), { name: 'x' });
      expect(archive.inputKind).toBe(kind);
      expect(archive.members).toEqual([]);
      expect(archive.problems.map((p) => p.code)).toEqual(['not-an-archive']);
      expect(archive.layout.kind).toBe('none');
    }
  });

  it('says what a compressed non-tar holds', async () => {
    const archive = await openArchive(
      new MemorySource(zlib.gzipSync(Buffer.from('just some text\n'.repeat(100)))),
    );
    expect(archive.problems[0]).toMatchObject({ code: 'not-an-archive' });
    expect(archive.inputDescription).toMatch(/gzip.*plain text/);
  });

  it('says what a tiny compressed non-tar holds', async () => {
    const archive = await openArchive(new MemorySource(zlib.gzipSync(Buffer.from('{"a": 1}'))));
    expect(archive.problems.map((p) => p.code)).toEqual(['not-an-archive']);
    expect(archive.inputDescription).toMatch(/gzip.*JSON/);
  });

  it('opens one bare CRIU image as an images directory of one file', async () => {
    const img = new Uint8Array(16);
    new DataView(img.buffer).setUint32(0, 0x58313116, true);
    const archive = await openArchive(new MemorySource(img), { name: 'inventory.img' });
    expect(archive.inputKind).toBe('criu-image');
    expect(archive.layout.kind).toBe('bare');
    expect(archive.layout.containers[0].images.list()).toEqual([
      { name: 'inventory.img', size: 16 },
    ]);
  });

  it('stops a decompression bomb at the output cap with a size-limit problem', async () => {
    const bomb = zlib.gzipSync(tar([{ name: 'zeros', data: new Uint8Array(6 * MiB) }]));
    const archive = await openArchive(new MemorySource(bomb), {
      limits: { maxOutputBytes: 2 * MiB },
    });
    expect(archive.problems.map((p) => p.code)).toContain('size-limit');
    expect(archive.member('zeros')?.truncated).toBe(true);
  });

  it('stops on an excessive compression ratio', async () => {
    const bomb = zlib.gzipSync(tar([{ name: 'zeros', data: new Uint8Array(8 * MiB) }]), {
      level: 9,
    });
    const archive = await openArchive(new MemorySource(bomb), {
      limits: { ratioCheckAfter: 1 * MiB, maxRatio: 50 },
    });
    expect(archive.problems.find((p) => p.code === 'size-limit')?.message).toMatch(/ratio/);
  });

  it('refuses large members beyond the sink cap and small members beyond the memory budget', async () => {
    const input = zlib.gzipSync(
      tar([
        { name: 'checkpoint/pages-1.img', data: pattern(300_000, 1) },
        { name: 'small-1', data: pattern(1000, 2) },
        { name: 'small-2', data: pattern(1000, 3) },
        { name: 'after', data: 'still read' },
      ]),
    );
    const archive = await openArchive(new MemorySource(input), {
      largeMemberSink: new ChunkedMemorySink({ maxBytes: 100_000 }),
      limits: { maxSmallBytes: 1500 },
    });
    expect(archive.problems.filter((p) => p.code === 'size-limit').map((p) => p.file)).toEqual([
      'checkpoint/pages-1.img',
      'small-2',
    ]);
    expect(archive.member('checkpoint/pages-1.img')?.available).toBe(false);
    expect(archive.source('checkpoint/pages-1.img')).toBeUndefined();
    expect(archive.member('small-1')?.available).toBe(true);
    expect(new TextDecoder().decode(await archive.read('after'))).toBe('still read');
  });

  it('keeps large members in chunks that read back exactly', async () => {
    const big = pattern(1_000_000, 4);
    const sink = new ChunkedMemorySink({ chunkSize: 64 * 1024 });
    const archive = await openArchive(
      new MemorySource(zlib.gzipSync(tar([{ name: 'big.bin', data: big }]))),
      {
        largeMemberSink: sink,
        limits: { smallMemberMax: 100_000 },
      },
    );
    expect(archive.largeMemberStorage).toBe('memory');
    expect(sink.used).toBe(1_000_000);
    expect(sameBytes(await archive.read('big.bin'), big)).toBe('same');
    const store = archive.store('');
    expect(await store.readRange('big.bin', 65_530, 20)).toEqual(big.subarray(65_530, 65_550));
  });
});

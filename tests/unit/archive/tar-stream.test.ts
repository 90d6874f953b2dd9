import { describe, expect, it } from 'vitest';
import { MemorySource, readExact } from '../../../src/lib/archive/byte-source.ts';
import type { TarEntry } from '../../../src/lib/archive/tar-header.ts';
import { indexTar } from '../../../src/lib/archive/tar-index.ts';
import { TarStreamParser } from '../../../src/lib/archive/tar-stream.ts';
import { sameBytes } from './helpers.ts';
import { concat, memberBytes, paxRecords, pattern, tar } from './tar-builder.ts';

interface Parsed {
  entries: TarEntry[];
  data: Map<string, Uint8Array>;
  parser: TarStreamParser;
}

/** Push `bytes` in chunks of the given sizes (cycled) and collect entries and data. */
async function parseInChunks(bytes: Uint8Array, sizes: number[]): Promise<Parsed> {
  const entries: TarEntry[] = [];
  const parts = new Map<string, Uint8Array[]>();
  const parser = new TarStreamParser({
    onEntry: (e) => {
      entries.push(e);
      parts.set(e.path, []);
    },
    onData: (e, chunk) => {
      parts.get(e.path)!.push(chunk.slice());
    },
    onEntryEnd: () => undefined,
  });
  let pos = 0;
  for (let i = 0; pos < bytes.length; i++) {
    const n = sizes[i % sizes.length];
    await parser.push(bytes.subarray(pos, pos + n));
    pos += n;
  }
  await parser.end();
  const data = new Map([...parts].map(([k, v]) => [k, concat(v)]));
  return { entries, data, parser };
}

function sampleTar(): Uint8Array {
  return concat([
    memberBytes({ name: '././@LongLink', type: 'L', data: `${'n'.repeat(200)}\0`, magic: 'gnu' }),
    memberBytes({ name: 'short', data: pattern(1500, 2), magic: 'gnu' }),
    memberBytes({ name: 'PaxHeaders/p', type: 'x', data: paxRecords({ path: 'pax/path.img' }) }),
    memberBytes({ name: 'p', data: pattern(513, 3) }),
    memberBytes({ name: 'empty', data: '' }),
    memberBytes({ name: 'dir/', type: '5' }),
    memberBytes({ name: 'big', data: pattern(9_000, 4), base256Size: true }),
    new Uint8Array(1024),
  ]);
}

describe('streaming tar parser', () => {
  it('matches the random-access index for any chunking', async () => {
    const bytes = sampleTar();
    const index = await indexTar(new MemorySource(bytes));
    for (const sizes of [
      [1],
      [3, 7],
      [511],
      [512],
      [513, 100],
      [4096],
      [bytes.length],
      [1, 1000, 17, 65536],
    ]) {
      const parsed = await parseInChunks(bytes, sizes);
      expect(parsed.parser.problems).toEqual([]);
      expect(parsed.parser.finished).toBe(true);
      expect(parsed.entries).toEqual(index.entries);
      for (const e of index.entries) {
        expect(
          sameBytes(
            parsed.data.get(e.path),
            await readExact(new MemorySource(bytes), e.dataOffset, e.size),
          ),
        ).toBe('same');
      }
    }
  });

  it('reports a stream that ends inside member data, marking the member truncated', async () => {
    const bytes = tar([
      { name: 'a', data: 'x' },
      { name: 'b', data: pattern(3000) },
    ]);
    const parsed = await parseInChunks(bytes.subarray(0, 1024 + 512 + 100), [64]);
    expect(parsed.entries.map((e) => e.path)).toEqual(['a', 'b']);
    expect(parsed.entries[1].truncated).toBe(true);
    expect(parsed.data.get('b')?.length).toBe(100);
    expect(parsed.parser.problems.map((p) => p.code)).toEqual(['truncated-archive']);
  });

  it('reports a stream that ends inside a header', async () => {
    const bytes = tar(
      [
        { name: 'a', data: 'x' },
        { name: 'b', data: 'y' },
      ],
      { end: false },
    );
    const parsed = await parseInChunks(bytes.subarray(0, 1024 + 10), [5]);
    expect(parsed.entries.map((e) => e.path)).toEqual(['a']);
    expect(parsed.parser.problems.map((p) => p.code)).toEqual(['truncated-archive']);
  });

  it('stops at a bad checksum', async () => {
    const bytes = tar([
      { name: 'a', data: 'x' },
      { name: 'b', data: 'y' },
    ]);
    bytes[1024 + 1] ^= 1;
    const parsed = await parseInChunks(bytes, [100]);
    expect(parsed.entries.map((e) => e.path)).toEqual(['a']);
    expect(parsed.parser.finished).toBe(true);
    expect(parsed.parser.problems).toMatchObject([{ code: 'bad-tar-checksum', offset: 1024 }]);
  });

  it('ignores data after the end-of-archive marker', async () => {
    const bytes = concat([tar([{ name: 'a', data: 'x' }]), pattern(5000)]);
    const parsed = await parseInChunks(bytes, [333]);
    expect(parsed.entries.map((e) => e.path)).toEqual(['a']);
    expect(parsed.parser.problems).toEqual([]);
  });
});

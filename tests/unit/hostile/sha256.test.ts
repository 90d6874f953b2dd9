import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemorySource } from '../../../src/lib/archive/byte-source.ts';
import { Sha256, hashSource, sha256Hex } from '../../../src/lib/hash/index.ts';

const nodeHex = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

function bytes(n: number, seed = n): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed * 2654435761 + 1;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

describe('streaming SHA-256', () => {
  it('matches the FIPS 180-4 examples', () => {
    const text = (s: string) => new TextEncoder().encode(s);
    expect(sha256Hex(text(''))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(sha256Hex(text('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256Hex(text('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('matches node:crypto on every size around the block and padding edges', () => {
    for (let n = 0; n <= 300; n++) expect(sha256Hex(bytes(n)), `size ${n}`).toBe(nodeHex(bytes(n)));
    for (const n of [511, 512, 513, 4095, 4096, 4097, 65_535, 65_536, 1_000_003]) {
      expect(sha256Hex(bytes(n)), `size ${n}`).toBe(nodeHex(bytes(n)));
    }
  });

  it('gives the same digest however the input is split into updates', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 2000 }),
        fc.array(fc.nat({ max: 2000 }), { maxLength: 12 }),
        (data, cuts) => {
          const points = [...new Set(cuts.map((c) => Math.min(c, data.length)))].sort(
            (a, b) => a - b,
          );
          const h = new Sha256();
          let at = 0;
          for (const p of [...points, data.length]) {
            h.update(data.subarray(at, p));
            at = p;
          }
          expect(h.hex()).toBe(nodeHex(data));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('hashes a source in blocks, also continuing a hash that was fed a prefix', async () => {
    const data = bytes(9 * 1024 * 1024 + 17);
    expect(await hashSource(new MemorySource(data))).toBe(nodeHex(data));
    const prefix = 5_000_001;
    const started = new Sha256().update(data.subarray(0, prefix));
    expect(await hashSource(new MemorySource(data), { hash: started, from: prefix })).toBe(
      nodeHex(data),
    );
  });

  it('refuses to be used after its digest', () => {
    const h = new Sha256();
    h.digest();
    expect(() => h.update(new Uint8Array(1))).toThrow();
  });
});

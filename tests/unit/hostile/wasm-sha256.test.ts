import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { createFastSha256 } from '../../../src/lib/hash/wasm-sha256.ts';

const node = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

describe('the WebAssembly SHA-256', () => {
  test('matches node:crypto across block boundaries and padding lengths', async () => {
    for (const length of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000, 1 << 20]) {
      const data = Uint8Array.from({ length }, (_, i) => (i * 131 + length) & 255);
      const hash = await createFastSha256();
      hash.update(data);
      expect(hash.hex(), `length ${length}`).toBe(node(data));
    }
  });

  test('gives the same digest fed in uneven pieces', async () => {
    const data = Uint8Array.from({ length: 300_001 }, (_, i) => (i * 7) & 255);
    const hash = await createFastSha256();
    for (let at = 0, step = 1; at < data.length; at += step, step = (step * 3 + 1) % 9000)
      hash.update(data.subarray(at, at + step));
    expect(hash.hex()).toBe(node(data));
  });

  test('FIPS 180-2 vector "abc"', async () => {
    const hash = await createFastSha256();
    hash.update(new TextEncoder().encode('abc'));
    expect(hash.hex()).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

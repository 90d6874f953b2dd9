import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckpointMemory } from '../../../src/lib/memory/checkpoint-memory.ts';
import { allMatches, ascii, fixtureMemory, text } from './fixture-memory.ts';

/**
 * workloads/memhog.c: one 256 MiB malloc'd buffer of "memhog--", with "MEMHOG-NEEDLE-<b>" at
 * offset 64 of every 16 MiB block b (16 needles). The buffer is one anonymous VMA; its
 * needles sit at buffer + b·16 MiB + 64.
 */
const MiB = 1n << 20n;

describe('memhog-256m: every needle once, at the right address', () => {
  let mem: CheckpointMemory;
  beforeAll(async () => {
    ({ mem } = await fixtureMemory('memhog-256m.tar.zst'));
  }, 60_000);

  it('finds MEMHOG-NEEDLE-0..15 in the buffer, each exactly once at buffer + n·16 MiB + 64', async () => {
    const matches = await allMatches(mem, text('MEMHOG-NEEDLE-'), { context: 4 });
    const number = (after: Uint8Array) => /^\d+/.exec(ascii(after))?.[0];
    const buffer = mem.vmas(1).find((v) => v.end - v.start >= 256n * MiB);
    expect(buffer?.kind).toBe('anon-private');
    const inBuffer = matches.filter((m) => m.vma === buffer);
    expect(inBuffer.map((m) => Number(number(m.after)))).toEqual([...Array(16).keys()]);
    // malloc puts the buffer a small header past the VMA start; locate it from needle 0.
    const base = inBuffer[0].address - 64n;
    expect(base - buffer!.start).toBeLessThan(4096n);
    inBuffer.forEach((m, n) => expect(m.address).toBe(base + BigInt(n) * 16n * MiB + 64n));
    // The only other copy is snprintf's scratch buffer on the stack, holding the last needle.
    const others = matches.filter((m) => m.vma !== buffer);
    expect(others.map((m) => [m.vma?.kind, number(m.after)])).toEqual([['stack', '15']]);
  }, 60_000);

  it('finds the same with a regex (literal prefilter) and reads a needle back', async () => {
    const re = await allMatches(mem, { kind: 'regex', source: 'MEMHOG-NEEDLE-(\\d+)' });
    expect(re).toHaveLength(17);
    const m7 = re.find((m) => ascii(m.bytes) === 'MEMHOG-NEEDLE-7')!;
    const r = await mem.read(1, m7.address, 15);
    expect(ascii(r.bytes)).toBe('MEMHOG-NEEDLE-7');
    expect(r.segments).toMatchObject([{ kind: 'dumped', length: 15 }]);
  }, 60_000);
});

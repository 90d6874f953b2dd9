import { beforeAll, describe, expect, it } from 'vitest';
import { compiled, latin1, openFixture, scanAll, type OpenedFixture } from './fixture-scan.ts';

/**
 * workloads/memhog.c: a 256 MiB buffer with "MEMHOG-NEEDLE-<b>" at offset 64 of every 16 MiB
 * block b, in one anonymous VMA. The VMA is scanned in windows (bounded memory); with windows
 * of 5 MiB + 1 and 64 KiB of overlap, needles fall at every position relative to the window
 * edges, and each must be reported once, at its address.
 */
const MiB = 1n << 20n;

describe('YARA over memhog-256m.tar.zst', () => {
  let opened: OpenedFixture;
  beforeAll(async () => {
    opened = await openFixture('memhog-256m.tar.zst', false);
  }, 120_000);

  it('finds every MEMHOG-NEEDLE once, at buffer + n·16 MiB + 64, across window edges', async () => {
    const rules = await compiled(
      'rule needle { strings: $n = /MEMHOG-NEEDLE-[0-9]{1,2}/ condition: $n }',
    );
    const r = await scanAll(opened, rules, { windowSize: 5 * 2 ** 20 + 1 });
    const mem = opened.memories[0].mem;
    const buffer = mem.vmas(1).find((v) => v.end - v.start >= 256n * MiB)!;
    const strings = r.hits
      .filter((h) => h.target.kind === 'memory' && h.target.vmaStart === buffer.start)
      .flatMap((h) => h.strings);
    expect(strings.map((s) => latin1(s.bytes))).toEqual(
      [...Array(16).keys()].map((n) => `MEMHOG-NEEDLE-${n}`),
    );
    const base = strings[0].address! - 64n;
    expect(base - buffer.start).toBeLessThan(4096n);
    strings.forEach((s, n) => expect(s.address).toBe(base + BigInt(n) * 16n * MiB + 64n));
    // The only other copy: snprintf's scratch on the stack holds the last needle.
    const others = r.hits.filter(
      (h) => h.target.kind === 'memory' && h.target.vmaStart !== buffer.start,
    );
    expect(
      others.map((h) => [
        h.target.kind === 'memory' && h.target.vmaLabel,
        latin1(h.strings[0].bytes),
      ]),
    ).toEqual([['[stack]', 'MEMHOG-NEEDLE-15']]);
    // Windows overlap, yet every byte is counted once and all of the buffer was scanned.
    const cov = r.coverage.find((c) => c.start === buffer.start)!;
    expect(cov.scanned).toBe(cov.dumped);
    expect(cov.dumped).toBeGreaterThanOrEqual(256 * 2 ** 20);
    expect(r.last!.blocks).toBeGreaterThan(256 / 5);
  }, 900_000);
});

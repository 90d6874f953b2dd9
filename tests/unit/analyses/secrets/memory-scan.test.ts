/** The memory pass on images built in code: window edges, pages not dumped, cancellation. */
import { describe, expect, it } from 'vitest';
import { SecretCollector } from '../../../../src/lib/analyses/secrets/collect.ts';
import { scanMemorySecrets } from '../../../../src/lib/analyses/secrets/memory-scan.ts';
import { builtinRules } from '../../../../src/lib/analyses/secrets/rules.ts';
import { SecretScanner } from '../../../../src/lib/analyses/secrets/scanner.ts';
import { PE_PRESENT } from '../../../../src/lib/memory/pagemap-index.ts';
import { openMemory } from '../../../../src/lib/memory/open-memory.ts';
import { FakeCheckpoint, PAGE, decodeFake, pe, vma } from '../../memory/fake-checkpoint.ts';

const BASE = 0x10000n;

/** 8 pages; page 5 is not dumped. Keys: one across pages 1/2, one in page 5, one in page 7. */
async function memory() {
  const pages = new Uint8Array(8 * PAGE);
  const put = (at: number, s: string) => pages.set(new TextEncoder().encode(s), at);
  put(2 * PAGE - 7, 'AKIAACROSSPAGES00001');
  put(5 * PAGE + 100, 'AKIANOTDUMPEDPAGE001');
  put(7 * PAGE + 10, 'AKIALASTPAGE00000001');
  const file = new Uint8Array(7 * PAGE);
  file.set(pages.subarray(0, 5 * PAGE), 0);
  file.set(pages.subarray(6 * PAGE), 5 * PAGE);
  const ck = new FakeCheckpoint([
    {
      pid: 1,
      vmas: [vma(BASE, BASE + 8n * BigInt(PAGE))],
      pagemap: [pe(BASE, 5, PE_PRESENT), pe(BASE + 6n * BigInt(PAGE), 2, PE_PRESENT)],
    },
  ]).raw('pages-1.img', file);
  return openMemory(ck.store(), { decode: decodeFake, parent: null });
}

describe('secrets memory pass', () => {
  for (const windowSize of [undefined, PAGE]) {
    it(`finds keys across windows and never in absent pages (window ${windowSize ?? 'default'})`, async () => {
      const out = new SecretCollector();
      const progress: number[] = [];
      const r = await scanMemorySecrets(
        await memory(),
        new SecretScanner(builtinRules()),
        out,
        [],
        {
          ...(windowSize ? { windowSize } : {}),
          onProgress: (n) => progress.push(n),
        },
      );
      expect(r).toEqual({ scannedBytes: 7 * PAGE, totalBytes: 7 * PAGE });
      expect(progress[progress.length - 1]).toBe(7 * PAGE);
      const rows = out.result();
      expect(
        rows.map((s) => [s.value, s.locations.map((l) => l.kind === 'memory' && l.address)]),
      ).toEqual([
        ['AKIAACROSSPAGES00001', [BASE + BigInt(2 * PAGE - 7)]],
        ['AKIALASTPAGE00000001', [BASE + BigInt(7 * PAGE + 10)]],
      ]);
    });
  }

  it('stops when cancelled', async () => {
    const out = new SecretCollector();
    const stop = new AbortController();
    stop.abort();
    const r = await scanMemorySecrets(await memory(), new SecretScanner(builtinRules()), out, [], {
      signal: stop.signal,
    });
    expect(r.scannedBytes).toBe(0);
    expect(out.result()).toEqual([]);
  });
});

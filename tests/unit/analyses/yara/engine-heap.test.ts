/**
 * libyara-wasm keeps 8–10 MiB of its heap per call and a wasm heap never shrinks: a scan of a
 * 4 GiB checkpoint in 16 MiB blocks ran it into its 2 GiB ceiling ("memory access out of
 * bounds"). `settle()` between blocks starts a fresh instance past HEAP_RENEW_BYTES.
 */
import { describe, expect, it } from 'vitest';
import { HEAP_RENEW_BYTES, loadYaraEngine } from '../../../../src/lib/analyses/yara/engine.ts';

const RULE = new TextEncoder().encode('rule needle { strings: $n = "NEEDLE-7" condition: $n }');

describe('the YARA engine over many blocks', () => {
  it('keeps its heap bounded across many 16 MiB blocks and still finds what is there', async () => {
    const engine = await loadYaraEngine();
    const block = new Uint8Array(16 << 20);
    block.set(new TextEncoder().encode('NEEDLE-7'), 1000);
    let most = 0;
    // 100 blocks: without renewal the heap would pass 1 GiB (≈ 8–10 MiB kept per call).
    for (let i = 0; i < 100; i++) {
      await engine.settle();
      const run = engine.run(block, RULE);
      expect(run.matches.map((m) => m.rule)).toEqual(['needle']);
      expect(run.matches[0]!.strings[0]!.offset).toBe(1000);
      most = Math.max(most, engine.heapBytes());
    }
    expect(most).toBeLessThan(HEAP_RENEW_BYTES + 128 * 2 ** 20);
  }, 300_000);
});

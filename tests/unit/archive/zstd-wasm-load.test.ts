import { afterEach, describe, expect, it, vi } from 'vitest';
import { zstdWasm } from '../../../src/lib/archive/zstd.ts';

describe('zstd wasm loading', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('instantiates the decoder without a network fetch (CSP connect-src self)', async () => {
    const realFetch = vi.fn(async () => {
      throw new Error('network fetch attempted');
    });
    vi.stubGlobal('fetch', realFetch);
    const decoder = await zstdWasm();
    expect(decoder).toBeDefined();
    expect(realFetch).not.toHaveBeenCalled();
    // The page's fetch is restored once the decoder's init() has been started.
    expect(globalThis.fetch).toBe(realFetch);
  });
});

import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { zstdWasm } from '../../../src/lib/archive/zstd.ts';
import {
  ZSTD_WASM_BASE64,
  ZSTD_WASM_SHA256,
} from '../../../src/lib/archive/generated/zstd-wasm.ts';

describe('zstd wasm loading', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('instantiates the decoder without a network fetch (CSP connect-src self)', async () => {
    const fetch = vi.fn(async () => {
      throw new Error('network fetch attempted');
    });
    vi.stubGlobal('fetch', fetch);
    const decoder = await zstdWasm();
    expect(typeof decoder.ZSTD_decompressStream).toBe('function');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('is the module the generator recorded, importing nothing and exporting only the loop’s needs', () => {
    const bytes = Buffer.from(ZSTD_WASM_BASE64, 'base64');
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(ZSTD_WASM_SHA256);
    const module = new WebAssembly.Module(bytes);
    expect(WebAssembly.Module.imports(module)).toEqual([]);
    expect(
      WebAssembly.Module.exports(module)
        .map((e) => e.name)
        .sort(),
    ).toEqual(
      [
        'ZSTD_createDCtx',
        'ZSTD_decompressStream',
        'ZSTD_freeDCtx',
        'free',
        'malloc',
        'memory',
      ].sort(),
    );
  });
});

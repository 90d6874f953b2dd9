import { createSHA256 } from 'hash-wasm';
import { Sha256, type StreamingHash } from './sha256.ts';

/**
 * A streaming SHA-256 compiled to WebAssembly (hash-wasm): ~1.6× the pure-TS `Sha256` on this
 * machine (140 against 90 MB/s in V8, measured on 256 MiB). Its module is embedded in the
 * script and compiled from bytes, so it needs `'wasm-unsafe-eval'` (already allowed for zstd)
 * and no fetch. Where WebAssembly is refused the pure-TS hash is used: same digest, slower.
 */
export async function createFastSha256(): Promise<StreamingHash> {
  try {
    const hasher = await createSHA256();
    hasher.init();
    return {
      update(data: Uint8Array) {
        hasher.update(data);
      },
      hex: () => hasher.digest('hex'),
    };
  } catch {
    return new Sha256();
  }
}

/**
 * The hash worker's API: the SHA-256 of a dropped input for the chain of custody, computed on
 * its own thread while the analyser worker decompresses and decodes the same File. On a
 * compressed input the two used to share one thread and the hash was about half of its CPU;
 * in parallel the open takes the longer of the two instead of their sum. Tests call
 * `createHashApi()` directly; `hash.worker.ts` exposes it through Comlink.
 *
 * Inputs up to `wholeDigestMaxBytes` (512 MiB) go to the platform's WebCrypto whole, larger
 * ones through hash-wasm in blocks (hash-whole.ts says why and what it costs in memory).
 */
import { createFastSha256 } from '../src/lib/hash/wasm-sha256.ts';
import { hashBlob } from './hash-blob.ts';
import { WHOLE_DIGEST_MAX_BYTES, hashWholeBlob } from './hash-whole.ts';
import type { ProgressCallback } from './protocol.ts';
import { throttle } from './throttle.ts';

export function createHashApi({ wholeDigestMaxBytes = WHOLE_DIGEST_MAX_BYTES } = {}) {
  /** Bumped by every new hash and by `cancel`: an older loop stops at its next block. */
  let generation = 0;
  return {
    /** Lowercase hex digest of the Blob, or undefined when superseded or cancelled. */
    async sha256(blob: Blob, onProgress?: ProgressCallback): Promise<string | undefined> {
      const mine = ++generation;
      const stale = () => mine !== generation;
      const report = throttle(onProgress);
      if (blob.size <= wholeDigestMaxBytes) {
        const digest = await hashWholeBlob(blob, report, stale);
        if (digest !== null) return digest;
      }
      return hashBlob(blob, await createFastSha256(), report, stale);
    },

    async cancel(): Promise<void> {
      generation++;
    },
  };
}

export type HashApi = ReturnType<typeof createHashApi>;

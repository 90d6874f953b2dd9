/**
 * The hash worker's API: the SHA-256 of a dropped input for the chain of custody, computed on
 * its own thread while the analyser worker decompresses and decodes the same File. On a
 * compressed input the two used to share one thread and the hash was about half of its CPU;
 * in parallel the open takes the longer of the two instead of their sum. Tests call
 * `createHashApi()` directly; `hash.worker.ts` exposes it through Comlink.
 */
import { createFastSha256 } from '../src/lib/hash/wasm-sha256.ts';
import { hashBlob } from './hash-blob.ts';
import type { ProgressCallback } from './protocol.ts';
import { throttle } from './throttle.ts';

export function createHashApi() {
  /** Bumped by every new hash and by `cancel`: an older loop stops at its next block. */
  let generation = 0;
  return {
    /** Lowercase hex digest of the Blob, or undefined when superseded or cancelled. */
    async sha256(blob: Blob, onProgress?: ProgressCallback): Promise<string | undefined> {
      const mine = ++generation;
      return hashBlob(blob, await createFastSha256(), throttle(onProgress), () => {
        return mine !== generation;
      });
    },

    async cancel(): Promise<void> {
      generation++;
    },
  };
}

export type HashApi = ReturnType<typeof createHashApi>;

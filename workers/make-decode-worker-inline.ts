import DecodeWorker from './zstd-decode.worker.ts?worker&inline';

/** Whether this build starts the zstd decoder's thread. */
export const DECODE_WORKER = true;

/**
 * The single-file build's zstd decoder thread (swapped in for `make-decode-worker.ts` by a Vite
 * alias): its code is inlined in the analyser worker's and started from a blob: URL as a
 * classic worker, like the analyser's own (see src/worker-client/make-worker-inline.ts).
 * Measured from file:// on the 1 GiB realistic `.tar.zst`: shown in 3.5–3.6 s with it,
 * 4.0–4.6 s decoding on the analyser's thread.
 */
export function makeDecodeWorker(): Worker {
  return new DecodeWorker({ name: 'cc-analyser-zstd' });
}

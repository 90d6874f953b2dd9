/** Whether this build starts the zstd decoder's thread (both builds do). */
export const DECODE_WORKER = true;

/**
 * The zstd decoder's thread, started from the analyser worker (a nested worker) in the served
 * build. The `new URL(...)` stays inline in `new Worker(...)` for Vite (see make-worker.ts).
 * The single-file build swaps this module for `make-decode-worker-inline.ts` (a Vite alias).
 */
export function makeDecodeWorker(): Worker {
  return new Worker(new URL('./zstd-decode.worker.ts', import.meta.url), {
    type: 'module',
    name: 'cc-analyser-zstd',
  });
}

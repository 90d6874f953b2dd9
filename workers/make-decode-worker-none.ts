/**
 * The single-file build's stand-in for `make-decode-worker.ts`: no nested worker. Its workers
 * are inlined classic workers started from blob: URLs on a file:// page, where starting a
 * worker from inside another was not tried; the analyser decodes on its own thread there.
 */
export const DECODE_WORKER = false;

export function makeDecodeWorker(): Worker {
  throw new Error('the single-file build has no zstd decoder thread');
}

/**
 * Creates the workers for the served build: module workers emitted as their own files.
 * The `new URL(...)` must stay inline in `new Worker(...)`, or Vite treats the worker as a
 * plain asset and it never answers (measured). The single-file build swaps this module for
 * `make-worker-inline.ts` through a Vite alias.
 */
export function makeWorker(): Worker {
  return new Worker(new URL('../../workers/analyser.worker.ts', import.meta.url), {
    type: 'module',
    name: 'cc-analyser',
  });
}

/** The chain-of-custody hash worker (SHA-256 of the input, beside the analyser). */
export function makeHashWorker(): Worker {
  return new Worker(new URL('../../workers/hash.worker.ts', import.meta.url), {
    type: 'module',
    name: 'cc-analyser-hash',
  });
}

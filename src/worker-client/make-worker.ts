/**
 * Creates the analyser worker for the served build: a module worker emitted as its own file.
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

import AnalyserWorker from '../../workers/analyser.worker.ts?worker&inline';

/**
 * Creates the analyser worker for the single-file build: the worker code is inlined in the page
 * and started from a blob: URL as a *classic* worker (vite `worker.format: 'iife'`). From a
 * file:// page (null origin) a blob module worker fails silently; a classic one works (measured).
 */
export function makeWorker(): Worker {
  return new AnalyserWorker({ name: 'cc-analyser' });
}

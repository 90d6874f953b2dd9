import AnalyserWorker from '../../workers/analyser.worker.ts?worker&inline';
import HashWorker from '../../workers/hash.worker.ts?worker&inline';

/**
 * Creates the workers for the single-file build: their code is inlined in the page and
 * started from blob: URLs as *classic* workers (vite `worker.format: 'iife'`). From a file://
 * page (null origin) a blob module worker fails silently; a classic one works (measured).
 */
export function makeWorker(): Worker {
  return new AnalyserWorker({ name: 'cc-analyser' });
}

/** The chain-of-custody hash worker (SHA-256 of the input, beside the analyser). */
export function makeHashWorker(): Worker {
  return new HashWorker({ name: 'cc-analyser-hash' });
}

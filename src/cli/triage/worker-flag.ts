/**
 * The `workerData` key that marks a worker thread started by `triage --jobs N`. Its own tiny
 * module: main.ts reads it on every start and must not load the analyses to do so.
 */
export const WORKER_FLAG = 'ccAnalyserTriageWorker';

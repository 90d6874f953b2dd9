import type { ProgressCallback, ProgressReport } from './protocol.ts';

/** Progress goes through a MessagePort: at most one report per interval, plus stage changes. */
export const PROGRESS_INTERVAL_MS = 100;

/** Forwards at most one report per interval, and always the first of a new stage. */
export function throttle(onProgress: ProgressCallback | undefined) {
  let last = 0;
  let stage = '';
  return (report: ProgressReport, force = false) => {
    if (!onProgress) return;
    const now = Date.now();
    if (!force && report.stage === stage && now - last < PROGRESS_INTERVAL_MS) return;
    last = now;
    stage = report.stage;
    // The callback is a Comlink proxy: fire and forget, never let a closed port fail the work.
    void Promise.resolve(onProgress(report)).catch(() => undefined);
  };
}

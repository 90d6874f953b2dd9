/** Progress goes through a MessagePort: at most one report per interval, plus stage changes. */
export const PROGRESS_INTERVAL_MS = 100;

/**
 * Forwards at most one report per interval, and always the first of a new stage (reports
 * without a `stage`, such as a comparison's, are paced by time alone).
 */
export function throttle<T extends object>(onProgress: ((report: T) => unknown) | undefined) {
  let last = 0;
  let stage: string | undefined = '';
  return (report: T, force = false) => {
    if (!onProgress) return;
    const now = Date.now();
    const current = 'stage' in report ? String(report.stage) : undefined;
    if (!force && current === stage && now - last < PROGRESS_INTERVAL_MS) return;
    last = now;
    stage = current;
    // The callback is a Comlink proxy: fire and forget, never let a closed port fail the work.
    void Promise.resolve(onProgress(report)).catch(() => undefined);
  };
}

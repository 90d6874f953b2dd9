import type { StringRow, StringsPage } from '../../../workers/memory-protocol.ts';
import { Latest, runLatest } from '../../lib/latest.ts';
import { analyser } from '../../state/analyser.svelte.ts';

/**
 * Strings of one process (or one VMA), streamed from the worker in pages of rows. The worker
 * paces the pages, so each page is one state update; a new run supersedes the old one.
 */
export class StringsJob {
  rows = $state.raw<StringRow[]>([]);
  running = $state(false);
  scanned = $state(0);
  total = $state(0);
  truncated = $state(false);
  error = $state<string | null>(null);
  readonly #latest = new Latest();

  async start(container: number, pid: number, minLength: number, vma?: number): Promise<void> {
    const ticket = this.#latest.next();
    this.rows = [];
    this.running = true;
    this.scanned = 0;
    this.total = 0;
    this.truncated = false;
    this.error = null;
    const params = { container, pid, minLength, ...(vma !== undefined ? { vma } : {}) };
    await runLatest(ticket, (onReport) => analyser.runJob('strings', params, onReport), {
      report: (p: StringsPage) => {
        this.scanned = p.scannedBytes;
        this.total = p.totalBytes;
        this.truncated = p.truncated;
        if (p.rows.length) this.rows = this.rows.concat(p.rows);
      },
      done: (outcome) => {
        if (outcome.error) this.error = outcome.error;
      },
      fail: (message) => (this.error = message),
      settle: () => (this.running = false),
    });
  }

  cancel(): void {
    if (this.running) void analyser.cancelJob('strings');
  }
}

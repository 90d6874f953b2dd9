import type { SearchQuery } from '../lib/memory/search.ts';
import type { SearchHit, SearchProgress, SearchRequest } from '../../workers/memory-protocol.ts';
import { Latest, runLatest } from '../lib/latest.ts';
import { analyser } from './analyser.svelte.ts';

export type QueryKind = 'text' | 'hex' | 'regex';

/**
 * The search across processes: what the form holds, and the running search's progress and
 * hits. The worker paces its reports, so each one becomes one state update (one render) no
 * matter how fast the scan goes. The latest search wins: reports of an older one are dropped.
 */
export class MemorySearch {
  // The form.
  kind = $state<QueryKind>('text');
  text = $state('');
  ignoreCase = $state(false);
  utf16 = $state(false);
  /** A regex reads memory as UTF-8 (so `caf[eé]` finds UTF-8 text); off: one byte a character. */
  utf8 = $state(true);
  /** `''` for every process, else `<container>:<pid>`. */
  scope = $state('');
  /** With one process chosen: `''` for all its VMAs, else a VMA index. */
  vma = $state('');

  // The running or last search.
  running = $state(false);
  scanned = $state(0);
  total = $state(0);
  hits = $state.raw<SearchHit[]>([]);
  truncated = $state(false);
  error = $state<string | null>(null);
  /** The query the hits belong to (the form may have changed since). */
  searched = $state<string | null>(null);

  readonly #latest = new Latest();

  query(): SearchQuery {
    switch (this.kind) {
      case 'hex':
        return { kind: 'hex', hex: this.text };
      case 'regex':
        return {
          kind: 'regex',
          source: this.text,
          flags: this.ignoreCase ? 'i' : '',
          utf8: this.utf8,
        };
      default:
        return { kind: 'text', text: this.text, ignoreCase: this.ignoreCase, utf16: this.utf16 };
    }
  }

  async start(): Promise<void> {
    if (!this.text) return;
    const ticket = this.#latest.next();
    const [container, pid] = this.scope ? this.scope.split(':').map(Number) : [];
    const req: SearchRequest = {
      query: this.query(),
      ...(container !== undefined ? { container, pid } : {}),
      ...(container !== undefined && this.vma !== '' ? { vma: Number(this.vma) } : {}),
    };
    this.running = true;
    this.scanned = 0;
    this.total = 0;
    this.hits = [];
    this.truncated = false;
    this.error = null;
    this.searched = this.text;
    await runLatest(ticket, (onReport) => analyser.runJob('search', req, onReport), {
      report: (p: SearchProgress) => {
        this.scanned = p.scannedBytes;
        this.total = p.totalBytes;
        this.truncated = p.truncated;
        if (p.hits.length) this.hits = this.hits.concat(p.hits);
      },
      done: (outcome) => {
        if (outcome.error) this.error = outcome.error;
      },
      fail: (message) => (this.error = message),
      settle: () => (this.running = false),
    });
  }

  cancel(): void {
    if (!this.running) return;
    void analyser.cancelJob('search');
  }

  /** A new checkpoint: forget hits that point into the old one. */
  reset(): void {
    this.#latest.invalidate();
    this.running = false;
    this.scanned = 0;
    this.total = 0;
    this.hits = [];
    this.truncated = false;
    this.error = null;
    this.searched = null;
  }
}

import type { JobOutcome } from './memory-protocol.ts';

export interface Job {
  id: number;
  signal: AbortSignal;
  abort(): void;
}

/**
 * One running job of a kind (search, strings): starting a new one aborts the old, so the
 * latest request wins; ids let the page drop reports of a job it no longer waits for.
 */
export class JobSlot {
  #next = 0;
  #running: (Job & { controller: AbortController }) | undefined;

  start(): Job {
    this.cancel();
    const controller = new AbortController();
    const job = {
      id: ++this.#next,
      signal: controller.signal,
      controller,
      abort: () => controller.abort(),
    };
    this.#running = job;
    return job;
  }

  cancel(): void {
    this.#running?.controller.abort();
    this.#running = undefined;
  }

  /** Ends `job`: completed unless it was aborted (superseded/cancelled) or failed. */
  finish(job: Job, error?: string, completed = !job.signal.aborted && !error): JobOutcome {
    if (this.#running?.id === job.id) this.#running = undefined;
    return error === undefined ? { id: job.id, completed } : { id: job.id, completed, error };
  }
}

/**
 * Collects items and says when to forward them: a message per scanned window would keep the
 * page busy rendering, so reports go out at most every `intervalMs`, or at once when many
 * items are waiting. The page gets few, larger updates and stays responsive.
 */
export class Pacer<T> {
  #items: T[] = [];
  #last = 0;
  readonly intervalMs: number;
  readonly maxItems: number;

  constructor(intervalMs = 150, maxItems = 5000) {
    this.intervalMs = intervalMs;
    this.maxItems = maxItems;
  }

  add(item: T): void {
    this.#items.push(item);
  }

  due(now = Date.now()): boolean {
    return this.#items.length >= this.maxItems || now - this.#last >= this.intervalMs;
  }

  /** The waiting items (the caller sends them), and the interval starts again. */
  take(now = Date.now()): T[] {
    this.#last = now;
    return this.#items.splice(0);
  }
}

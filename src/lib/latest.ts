/**
 * "The latest request wins", written once. Every state class (and the worker's jobs) that
 * can start a request while an earlier one is still running takes a ticket per request and
 * drops a reply whose ticket is no longer current: a slow answer for an old input, pid or
 * query never overwrites the new one.
 */
export interface Ticket {
  /** Increasing per `Latest`: tells the reports of two requests apart. */
  readonly id: number;
  /** True until a newer request starts or the requests are invalidated. */
  current(): boolean;
}

export class Latest {
  #current = 0;

  /** Starts a request: every earlier ticket becomes stale. */
  next(): Ticket {
    const id = ++this.#current;
    return { id, current: () => id === this.#current };
  }

  /** A ticket for the request running now, without starting one (a follow-up call). */
  now(): Ticket {
    const id = this.#current;
    return { id, current: () => id === this.#current };
  }

  /** Makes every outstanding ticket stale (a cancel, a close, a new input). */
  invalidate(): void {
    this.#current++;
  }
}

/**
 * "The latest request wins", written once. Every state class (and the worker's jobs) that
 * can start a request while an earlier one is still running takes a ticket per request and
 * drops a reply whose ticket is no longer current: a slow answer for an old input, pid or
 * query never overwrites the new one.
 */
import { errorMessage } from './error-message.ts';

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

/** What `runLatest` tells its caller, only while the run's ticket is current. */
export interface LatestRunHandlers<Report, Value> {
  /** A progress report of this run. */
  report(r: Report): void;
  /** The run's value (a job's outcome, a comparison…). */
  done(value: Value): void;
  /** The call itself failed (its error as a message). */
  fail(message: string): void;
  /** Last, whatever happened (running = false). */
  settle(): void;
}

/**
 * One long request with progress (a worker job, the memory comparison) for the latest-wins
 * state classes: reports, the value, a failure and the end reach `on` only while `ticket` is
 * current, so a superseded or reset run changes nothing.
 */
export async function runLatest<Report, Value>(
  ticket: Ticket,
  run: (onReport: (r: Report) => void) => Promise<Value>,
  on: LatestRunHandlers<Report, Value>,
): Promise<void> {
  try {
    const value = await run((r) => {
      if (ticket.current()) on.report(r);
    });
    if (ticket.current()) on.done(value);
  } catch (e) {
    if (ticket.current()) on.fail(errorMessage(e));
  } finally {
    if (ticket.current()) on.settle();
  }
}

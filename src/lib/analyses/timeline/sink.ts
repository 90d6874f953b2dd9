/**
 * Where each source module puts what it found: events with their time, and problems for
 * dates that are absent or cannot be read. One per container; `container` is stamped on
 * every event (the index of the container in a pod, absent for a single container).
 */
import { errorMessage } from '../../error-message.ts';
import type { Problem } from '../../problems.ts';
import { problem } from '../../problems.ts';
import type { WallTime } from './time.ts';
import type { TimelineEvent } from './types.ts';

export type EventFields = Omit<TimelineEvent, 'datetime' | 'timestampUs' | 'container'>;

export class TimelineSink {
  readonly events: TimelineEvent[] = [];
  readonly problems: Problem[] = [];
  constructor(readonly container?: number) {}

  add(time: WallTime, fields: EventFields): void {
    const event: TimelineEvent = { datetime: time.datetime, timestampUs: time.us, ...fields };
    if (this.container !== undefined) event.container = this.container;
    this.events.push(event);
  }

  /** A date that is there but cannot be read as a wall-clock time (or is missing where due). */
  badTime(message: string, file?: string, severity: Problem['severity'] = 'warning'): void {
    this.problems.push(
      problem('bad-time', message, { severity, ...(file !== undefined ? { file } : {}) }),
    );
  }

  /**
   * Runs one source; if reading its files fails (a member the archive lost, a store error),
   * the other sources' events stay and this one becomes a problem naming what was read.
   */
  async guard(what: string, read: () => void | Promise<void>): Promise<void> {
    try {
      await read();
    } catch (e) {
      this.badTime(`${what} could not be read for the timeline: ${errorMessage(e)}`);
    }
  }
}

/**
 * What every long job of the worker (search, strings, and the analyses to come) gets: the
 * open checkpoint's memory, a way to report progress to the page, and a signal that says
 * when to stop (superseded by a job of the same name, cancelled, or the checkpoint closed).
 */
import type { OpenedContainer } from '../memory-api.ts';

export interface JobContext {
  /** This run's number: reports carry it so the page can drop those of an older run. */
  id: number;
  /** Every container of the open checkpoint with memory images. */
  containers(): Promise<OpenedContainer[]>;
  /** One container by index; rejects when it has no memory images. */
  container(index: number): Promise<OpenedContainer>;
}

/**
 * One job: runs until done or `signal` aborts, sending paced reports. Throwing (or rejecting)
 * means the request itself was unusable (no such process, bad query): the page shows the
 * message as the job's error.
 */
export type JobFunction<Params, Report> = (
  ctx: JobContext,
  params: Params,
  report: (r: Report) => unknown,
  signal: AbortSignal,
) => Promise<void>;

/**
 * What every long job of the worker (search, strings, secrets, YARA…) gets: the open
 * checkpoint (archive, models, memory), a way to report progress to the page, and a signal
 * that says when to stop (superseded by a job of the same name, cancelled, or the checkpoint
 * closed).
 */
import type { Archive } from '../../src/lib/archive/index.ts';
import type { ContainerModel } from '../../src/lib/model/from-archive.ts';
import type { OpenedContainer } from '../memory-api.ts';

export interface JobContext {
  /** This run's number: reports carry it so the page can drop those of an older run. */
  id: number;
  /** The open archive (its layout and member stores); the job is cancelled when it closes. */
  archive: Archive;
  /** The open archive's models, built once and shared with the views. */
  models(): Promise<ContainerModel[]>;
  /** Every container of the open checkpoint with memory images. */
  containers(): Promise<OpenedContainer[]>;
  /** One container by index; rejects when it has no memory images. */
  container(index: number): Promise<OpenedContainer>;
  /**
   * What a job leaves for later calls about the same archive (the secrets' values, which the
   * page reveals one at a time): cleared when another archive is opened.
   */
  kept: Map<string, unknown>;
}

/**
 * One job: runs until done or `signal` aborts, sending paced reports, and returns its result.
 * Throwing (or rejecting) means the request itself was unusable (no such process, bad query):
 * the page shows the message as the job's error, with a `JobFailure`'s result beside it.
 */
export type JobFunction<Params, Report, Result = void> = (
  ctx: JobContext,
  params: Params,
  report: (r: Report) => unknown,
  signal: AbortSignal,
) => Promise<Result>;

/** A refused request that still has something to show (YARA's compile errors with lines). */
export class JobFailure<Result> extends Error {
  readonly result: Result;
  constructor(message: string, result: Result) {
    super(message);
    this.result = result;
  }
}

/**
 * The worker's side of `runJob`/`cancelJob`, composed into `createAnalyserApi()`: one slot per
 * job name (a new run supersedes the running one), the job's context over the open archive,
 * and what jobs keep for later calls about that archive. Async generators cannot cross
 * Comlink, so a job forwards its paced reports to ONE proxied callback per run.
 */
import type { Archive } from '../../src/lib/archive/index.ts';
import { errorMessage } from '../../src/lib/error-message.ts';
import type { ContainerModel } from '../../src/lib/model/from-archive.ts';
import type { Opened, OpenedContainer } from '../memory-api.ts';
import { JobSlot } from '../memory-jobs.ts';
import type { JobOutcome } from '../memory-protocol.ts';
import { JOBS, type JobFunction, type JobName, type JobTypes } from './index.ts';
import { JobFailure } from './job.ts';

export interface JobSources {
  archive: () => Archive | undefined;
  models: () => Promise<ContainerModel[]>;
  memory: () => Promise<Opened>;
}

export function createJobRunner(sources: JobSources) {
  const slots: Partial<Record<JobName, JobSlot>> = {};
  let kept: { archive: Archive; values: Map<string, unknown> } | undefined;

  async function containers(): Promise<OpenedContainer[]> {
    return (await sources.memory()).containers;
  }

  async function container(index: number): Promise<OpenedContainer> {
    const c = (await containers()).find((x) => x.index === index);
    if (!c) throw new Error(`container ${index} has no memory images`);
    return c;
  }

  /** What jobs kept for `archive` (a new archive starts empty). */
  function keptFor(archive: Archive): Map<string, unknown> {
    if (kept?.archive !== archive) kept = { archive, values: new Map() };
    return kept.values;
  }

  return {
    /** Stops every running job: the checkpoint they read is being replaced or closed. */
    cancelJobs(): void {
      for (const slot of Object.values(slots)) slot.cancel();
    },

    /** What a job kept for the open archive under `key` (undefined when none ran on it). */
    kept(key: string): unknown {
      const archive = sources.archive();
      return archive && kept?.archive === archive ? kept.values.get(key) : undefined;
    },

    api: {
      /**
       * Runs a job of the registry (`jobs/index.ts`), forwarding its paced reports to
       * `onReport` (a Comlink proxy: one per run). A new run of the same name supersedes the
       * running one, which then resolves with `completed: false`.
       */
      async runJob<N extends JobName>(
        name: N,
        params: JobTypes[N]['params'],
        onReport: (report: JobTypes[N]['report']) => unknown,
      ): Promise<JobOutcome<JobTypes[N]['result']>> {
        const run = JOBS[name] as JobFunction<
          JobTypes[N]['params'],
          JobTypes[N]['report'],
          JobTypes[N]['result']
        >;
        if (!run) return { id: 0, completed: false, error: `no job ${String(name)}` };
        const slot = (slots[name] ??= new JobSlot());
        const job = slot.start();
        try {
          const archive = sources.archive();
          if (!archive) throw new Error('no checkpoint is open');
          const ctx = {
            id: job.id,
            archive,
            models: sources.models,
            containers,
            container,
            kept: keptFor(archive),
          };
          const result = await run(ctx, params, onReport, job.signal);
          return { ...slot.finish(job), result };
        } catch (e) {
          const outcome: JobOutcome<JobTypes[N]['result']> = slot.finish(job, errorMessage(e));
          if (e instanceof JobFailure) outcome.result = e.result as JobTypes[N]['result'];
          return outcome;
        }
      },

      /** Stops the running job of that name (it resolves with `completed: false`). */
      async cancelJob(name: JobName): Promise<void> {
        slots[name]?.cancel();
      },
    },
  };
}

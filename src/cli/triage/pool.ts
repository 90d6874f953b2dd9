import { Worker } from 'node:worker_threads';
import type { TriageDocument } from '../../lib/analyses/triage/documents.ts';
import { analyseInput } from './analyse.ts';
import type { TriageInput } from './inputs.ts';
import { WORKER_FLAG } from './worker-flag.ts';

export interface TriageJob {
  input: TriageInput;
  identity: { sha256: string; size: number };
}

export interface JobResult {
  job: TriageJob;
  documents: TriageDocument[];
}

type ToWorker = { index: number; job: TriageJob } | { stop: true };
type FromWorker = { index: number; documents?: TriageDocument[]; error?: string };

/**
 * Runs the jobs, `jobs` at a time, and hands each result over as soon as it is done (the
 * caller writes it out at once, so a stopped run keeps what it finished). With one job the
 * analysis runs in this thread; with more, each runs in a worker thread of its own (one
 * process, every core: the archives are independent). A worker that dies is reported as a
 * document-less error for its archive, and the run goes on with the others.
 */
export async function runJobs(
  jobs: readonly TriageJob[],
  parallel: number,
  onResult: (result: JobResult) => Promise<void> | void,
  workerScript: string | URL,
): Promise<void> {
  if (parallel <= 1 || jobs.length <= 1) {
    for (const job of jobs)
      await onResult({ job, documents: await analyseInput(job.input, job.identity) });
    return;
  }
  let next = 0;
  const analyseHere = async (job: TriageJob) =>
    onResult({ job, documents: await analyseInput(job.input, job.identity) });
  const runWorker = async (): Promise<void> => {
    let worker: Worker | undefined = new Worker(workerScript, {
      workerData: { [WORKER_FLAG]: true },
    });
    try {
      for (;;) {
        const index = next++;
        if (index >= jobs.length) break;
        const job = jobs[index]!;
        if (!worker) {
          await analyseHere(job);
          continue;
        }
        const answer = await ask(worker, index, job);
        if (answer.documents) {
          await onResult({ job, documents: answer.documents });
          continue;
        }
        // The thread's failure is not the archive's: analyse it here so it still gets its
        // document. A thread that died (or never started: a script it cannot load) is not
        // replaced; this runner goes on in this thread.
        if (answer.died) {
          await worker.terminate();
          worker = undefined;
        }
        await analyseHere(job);
      }
    } finally {
      if (worker) {
        worker.postMessage({ stop: true } satisfies ToWorker);
        await worker.terminate();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, jobs.length) }, () => runWorker()));
}

/** Sends one job and waits for its answer, or for the thread to fail or stop. */
function ask(
  worker: Worker,
  index: number,
  job: TriageJob,
): Promise<FromWorker & { died?: boolean }> {
  return new Promise((resolve) => {
    const onMessage = (m: FromWorker) => {
      if (m.index !== index) return;
      cleanup();
      resolve(m);
    };
    const onError = (e: Error) => {
      cleanup();
      resolve({ index, error: e.message, died: true });
    };
    const onExit = (code: number) => {
      cleanup();
      resolve({ index, error: `the worker thread stopped (exit ${code})`, died: true });
    };
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ index, job } satisfies ToWorker);
  });
}

/** The worker thread's side: analyse what the main thread sends until told to stop. */
export function serveTriageJobs(port: import('node:worker_threads').MessagePort): void {
  port.on('message', (m: ToWorker) => {
    if ('stop' in m) {
      port.close();
      return;
    }
    analyseInput(m.job.input, m.job.identity).then(
      (documents) => port.postMessage({ index: m.index, documents } satisfies FromWorker),
      (e: unknown) =>
        port.postMessage({
          index: m.index,
          error: e instanceof Error ? e.message : String(e),
        } satisfies FromWorker),
    );
  });
}

/**
 * Node entry point: `npm run cli -- <command> ...` runs this file through tsx. All logic is
 * in run.ts (tested directly); this file only binds it to the process.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { runCli } from './run.ts';
import { WORKER_FLAG } from './triage/worker-flag.ts';

/** `triage --jobs N` starts this same script in worker threads: they serve jobs, not argv. */
const isTriageWorker =
  !isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG] === true;

if (isTriageWorker) {
  const { serveTriageJobs } = await import('./triage/pool.ts');
  serveTriageJobs(parentPort!);
} else await main();

async function main(): Promise<void> {
  // `cli strings … | head` closes the pipe early: that is the reader being done, not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });

  const code = await runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
  process.exitCode = code;
}

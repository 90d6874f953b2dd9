/**
 * Node entry point: `npm run cli -- <command> ...` runs this file through tsx. All logic is
 * in run.ts (tested directly); this file only binds it to the process.
 */
import { runCli } from './run.ts';

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

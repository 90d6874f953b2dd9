/**
 * `triage PATH... [--jobs N] [--out FILE] [--format ndjson|bulk] [--json]`: many checkpoints,
 * every core, one document per archive and one per finding, for a search engine or DuckDB.
 */
import { appendAll } from '../../lib/append-all.ts';
import os from 'node:os';
import type { TriageDocument } from '../../lib/analyses/triage/documents.ts';
import { parseArgs } from '../args.ts';
import { CliError, type CliCommand, type CliIO } from '../command.ts';
import { printable } from '../text.ts';
import { reportWrittenFile } from '../written-file.ts';
import { inputIdentity } from '../triage/analyse.ts';
import { expandInputs } from '../triage/inputs.ts';
import { DocumentWriter, doneArchives, type TriageFormat } from '../triage/output.ts';
import { runJobs, type TriageJob } from '../triage/pool.ts';
import { ProgressLine } from '../triage/progress.ts';

/** The script a worker thread runs: this CLI's own entry (see main.ts). */
function workerScript(): string {
  const script = process.argv[1];
  if (!script) throw new CliError('cannot start worker threads: no script path', 1);
  return script;
}

export const triage: CliCommand = {
  name: 'triage',
  summary:
    'many checkpoints at once: one JSON document per archive and per finding (NDJSON or _bulk)',
  usage: 'triage PATH... [--jobs N] [--out FILE] [--format ndjson|bulk] [--json]',
  async run(args: string[], io: CliIO): Promise<number> {
    const { positional, flags, values } = parseArgs(args, {
      flags: ['json'],
      values: ['jobs', 'out', 'format'],
    });
    if (positional.length === 0)
      throw new CliError('triage needs at least one PATH (a checkpoint, a folder or a glob)', 2);
    const format = (values.get('format') ?? 'ndjson') as TriageFormat;
    if (format !== 'ndjson' && format !== 'bulk')
      throw new CliError(`--format must be ndjson or bulk, not ${printable(format)}`, 2);
    const jobsText = values.get('jobs');
    const parallel = jobsText === undefined ? os.availableParallelism() : Number(jobsText);
    if (!Number.isInteger(parallel) || parallel < 1 || parallel > 256)
      throw new CliError('--jobs must be a whole number from 1 to 256', 2);
    const out = values.get('out');
    const asJson = flags.has('json');
    if (asJson && out !== undefined) throw new CliError('--json writes to stdout: drop --out', 2);

    const expanded = await expandInputs(positional);
    for (const m of expanded.missing) io.stderr(`triage: ${printable(m)}: nothing found\n`);
    const already = out !== undefined ? doneArchives(out) : new Set<string>();
    const progress = new ProgressLine(expanded.inputs.length, io);
    const jobs: TriageJob[] = [];
    let skipped = 0;
    for (const input of expanded.inputs) {
      const identity = await inputIdentity(input);
      if (already.has(identity.sha256)) skipped++;
      else jobs.push({ input, identity });
    }
    progress.skip(skipped);
    const writer = asJson ? undefined : new DocumentWriter(out, io.stdout);
    const collected: TriageDocument[] = [];
    let damaged = 0;
    try {
      await runJobs(
        jobs,
        parallel,
        ({ job, documents }) => {
          const head = documents[0];
          if (head?.doc_type === 'archive' && head.damaged) damaged++;
          if (writer) writer.write(documents, format);
          else appendAll(collected, documents);
          progress.done(job.identity.size);
        },
        workerScript(),
      );
    } finally {
      writer?.close();
      progress.end();
    }
    if (asJson) io.stdout(JSON.stringify(collected, null, 2) + '\n');
    // The output file as it now is, earlier runs' documents included (chain of custody).
    if (out !== undefined) await reportWrittenFile(out, io);
    io.stderr(
      `triage: ${jobs.length} analysed, ${skipped} already in the output, ` +
        `${damaged} damaged, ${expanded.skipped.length} files that are not checkpoints\n`,
    );
    // Damaged archives are findings of the run, not failures of it: they have documents.
    return expanded.missing.length > 0 && jobs.length + skipped === 0 ? 1 : 0;
  },
};

/**
 * `timeline ARCHIVE [--jsonl|--csv|--json]`: every dated event of the checkpoint, in UTC,
 * sorted by time. `--jsonl` and `--csv` are Timesketch's import format (the page exports the
 * same bytes); `--json` is `{events, problems}` with exact microseconds. Problems (dates that
 * could not be read, what the timeline leaves out) go to stderr so that stdout stays data.
 */
import { timelineCsv, timelineJsonl } from '../../lib/analyses/timeline/export.ts';
import { buildTimeline } from '../../lib/analyses/timeline/index.ts';
import { buildArchiveModels } from '../../lib/model/from-archive.ts';
import { toJson } from '../../lib/model/json.ts';
import { parseArgs } from '../args.ts';
import { CliError, type CliCommand, type CliIO } from '../command.ts';
import { openPath } from '../open-path.ts';
import { printable, table } from '../text.ts';

/** Longest event text in the text table; the exports carry it whole. */
const MAX_TEXT = 160;

export const timeline: CliCommand = {
  name: 'timeline',
  summary:
    'every dated event (engine, checkpoint, files, history, log) in UTC; Timesketch CSV/JSONL',
  usage: 'timeline ARCHIVE [--jsonl|--csv|--json]',
  async run(argv: string[], io: CliIO): Promise<number> {
    const args = parseArgs(argv, { flags: ['json', 'jsonl', 'csv'] });
    const [file, ...extra] = args.positional;
    if (!file || extra.length) throw new CliError('timeline needs one ARCHIVE', 2);
    const formats = ['json', 'jsonl', 'csv'].filter((f) => args.flags.has(f));
    if (formats.length > 1) throw new CliError('timeline takes one of --jsonl, --csv, --json', 2);
    const archive = await openPath(file);
    try {
      if (archive.layout.containers.length === 0)
        throw new CliError(`${printable(archive.name)}: no CRIU images found`);
      const { events, problems } = await buildTimeline(archive, await buildArchiveModels(archive));
      const format = formats[0];
      if (format === 'json') io.stdout(toJson({ events, problems }, 2) + '\n');
      else if (format === 'jsonl') io.stdout(timelineJsonl(events));
      else if (format === 'csv') io.stdout(timelineCsv(events));
      else {
        const pod = events.some((e) => e.container !== undefined);
        io.stdout(
          table(
            ['TIME (UTC)', 'SOURCE', ...(pod ? ['CTR'] : []), 'WHAT', 'EVENT'],
            events.map((e) => [
              e.datetime,
              e.precision === 'derived' ? `${e.source}*` : e.source,
              ...(pod ? [e.container === undefined ? '' : String(e.container)] : []),
              e.timestampDesc,
              clip(e.message),
            ]),
          ) + '\n',
        );
        if (events.some((e) => e.precision === 'derived'))
          io.stdout('* derived time: see the event note (--json) for how it was obtained\n');
      }
      for (const p of problems)
        io.stderr(`cc-analyser timeline: ${p.severity}: ${printable(p.message)}\n`);
      return 0;
    } finally {
      await archive.dispose();
    }
  },
};

function clip(s: string): string {
  return s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT)}…` : s;
}

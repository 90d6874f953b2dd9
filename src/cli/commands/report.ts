/**
 * `report ARCHIVE -o FILE [--json]`: the analysis as one self-contained HTML file (findings,
 * timeline, identity, processes, network, file-system changes; no notes — they live in the
 * page). The output path is the analyst's; the SHA-256 of the written file is printed on
 * stderr (and in `--json`, with the report's data). Exit 1 when the input is damaged (the
 * report still holds what was read, and lists the damage).
 */
import path from 'node:path';
import { findingsOfArchive } from '../../lib/analyses/findings/of-archive.ts';
import { buildTimeline } from '../../lib/analyses/timeline/index.ts';
import { buildArchiveModels } from '../../lib/model/from-archive.ts';
import { toJson } from '../../lib/model/json.ts';
import type { Problem } from '../../lib/problems.ts';
import { assembleReport } from '../../lib/report/assemble.ts';
import { renderReport } from '../../lib/report/render.ts';
import { appendAll } from '../../lib/append-all.ts';
import { parseArgs } from '../args.ts';
import { CliError, type CliCommand, type CliIO } from '../command.ts';
import { openPath } from '../open-path.ts';
import { problemLine } from '../problem-line.ts';
import { printable } from '../text.ts';
import { writeFileReported } from '../written-file.ts';

/** `-o FILE` is the usual spelling; the shared parser knows long options only. */
const withLongOut = (argv: string[]) => argv.map((a) => (a === '-o' ? '--out' : a));

export const report: CliCommand = {
  name: 'report',
  summary: 'the analysis as one self-contained HTML report (findings, timeline), with its SHA-256',
  usage: 'report ARCHIVE -o FILE [--json]',
  async run(argv: string[], io: CliIO): Promise<number> {
    const args = parseArgs(withLongOut(argv), { flags: ['json'], values: ['out'] });
    const out = args.values.get('out');
    if (args.positional.length !== 1 || out === undefined)
      throw new CliError('report needs one ARCHIVE and -o FILE', 2);
    const file = args.positional[0]!;
    if (path.resolve(out) === path.resolve(file))
      throw new CliError('report: -o names the input itself; choose another file', 2);
    const analysedAt = new Date().toISOString();
    // The digest is the report's first fact: hash the input even when it is not compressed.
    const archive = await openPath(file, { sha256: true });
    try {
      if (archive.layout.containers.length === 0)
        throw new CliError(problemLine(archive.name, archive.problems));
      const models = await buildArchiveModels(archive);
      // The same list everywhere: history anti-forensics and secrets included.
      const found = await findingsOfArchive(archive, models, { secrets: true });
      const timeline = await buildTimeline(archive, models);
      const problems: Problem[] = [];
      appendAll(problems, archive.problems);
      for (const m of models) appendAll(problems, m.model.problems);
      appendAll(problems, found.problems);
      appendAll(problems, timeline.problems);
      const data = assembleReport({
        input: {
          name: archive.name,
          bytes: archive.inputSize,
          ...(archive.sha256 ? { sha256: archive.sha256 } : {}),
        },
        producer: 'cli',
        analysedAt,
        models,
        findings: found.all,
        timeline: timeline.events,
        problems,
      });
      const written = await writeFileReported(out, renderReport(data), io);
      if (args.flags.has('json')) io.stdout(toJson({ report: data, output: written }, 2) + '\n');
      else
        io.stdout(
          `wrote the report of ${printable(archive.name)} (${data.findings.length} findings, ` +
            `${data.timeline.length} timeline events) to ${printable(out)}\n`,
        );
      const damage = problems.filter((p) => p.severity !== 'info');
      if (damage.length > 0)
        io.stderr(`cc-analyser report: ${problemLine(archive.name, damage)}\n`);
      return damage.length > 0 ? 1 : 0;
    } finally {
      await archive.dispose();
    }
  },
};

/**
 * `findings ARCHIVE [--json] [--min-severity S] [--fail-on S]`: the triage findings ("was this
 * container compromised?"), most severe first; per container and together for a pod.
 * Exit codes: 0 done; 1 the input is damaged (what could be read is still reported);
 * 2 usage; 3 (`--fail-on S`) a finding of severity S or worse exists — for pipelines; it wins
 * over 1, and stderr still names the damage.
 */
import { appendAll } from '../../lib/append-all.ts';
import { findingsOfArchive } from '../../lib/analyses/findings/of-archive.ts';
import { atLeast, isSeverity, type Severity } from '../../lib/analyses/findings/index.ts';
import { findingLines } from '../../lib/analyses/findings/text.ts';
import { buildArchiveModels } from '../../lib/model/from-archive.ts';
import { toJson } from '../../lib/model/json.ts';
import { parseArgs } from '../args.ts';
import { CliError, type CliCommand, type CliIO } from '../command.ts';
import { openPath } from '../open-path.ts';
import { problemLine } from '../problem-line.ts';
import { printable } from '../text.ts';

/** `--fail-on` matched: distinct from 1 (damaged input) and 2 (usage). */
export const EXIT_FINDINGS = 3;

function severityOption(value: string | undefined, flag: string): Severity | undefined {
  if (value === undefined) return undefined;
  if (!isSeverity(value)) throw new CliError(`${flag} must be one of high, medium, low, info`, 2);
  return value;
}

export const findings: CliCommand = {
  name: 'findings',
  summary: 'triage: findings that say whether the container was compromised, most severe first',
  usage: 'findings ARCHIVE [--json] [--min-severity S] [--fail-on S]   (S: high|medium|low|info)',
  async run(argv: string[], io: CliIO): Promise<number> {
    const args = parseArgs(argv, { flags: ['json'], values: ['min-severity', 'fail-on'] });
    if (args.positional.length !== 1)
      throw new CliError('findings needs one ARCHIVE (a checkpoint file or folder)', 2);
    const min = severityOption(args.values.get('min-severity'), '--min-severity') ?? 'info';
    const failOn = severityOption(args.values.get('fail-on'), '--fail-on');
    const archive = await openPath(args.positional[0]!, { sha256: false });
    try {
      if (archive.layout.containers.length === 0)
        throw new CliError(problemLine(archive.name, archive.problems));
      const models = await buildArchiveModels(archive);
      // The same list everywhere: history anti-forensics and secrets included.
      const result = await findingsOfArchive(archive, models, { secrets: true });
      const shown = (list: typeof result.all) => list.filter((f) => atLeast(f.severity, min));
      const pod = models.length > 1;
      if (args.flags.has('json')) {
        const doc = {
          archive: archive.name,
          findings: shown(result.all),
          ...(pod
            ? {
                containers: result.containers.map((c) => ({
                  container: c.container,
                  folder: c.folder,
                  name: c.name,
                  findings: shown(c.findings),
                })),
              }
            : {}),
        };
        io.stdout(toJson(doc, 2) + '\n');
      } else {
        const out: string[] = [];
        for (const c of result.containers) {
          const list = shown(c.findings);
          if (pod) out.push(`== container ${c.container}: ${printable(c.name ?? c.folder)}`);
          if (list.length === 0)
            out.push('no findings' + (min !== 'info' ? ` at ${min} or above` : ''));
          for (const f of list) appendAll(out, findingLines(f).map(printable));
          out.push('');
        }
        io.stdout(out.join('\n'));
      }
      const problems = [
        ...archive.problems,
        ...models.flatMap((c) => c.model.problems),
        ...result.problems,
      ].filter((p) => p.severity !== 'info');
      if (problems.length > 0)
        io.stderr(`cc-analyser findings: ${problemLine(archive.name, problems)}\n`);
      // A finding that fails the pipeline wins over damage: the evidence read says enough.
      if (failOn && result.all.some((f) => atLeast(f.severity, failOn))) return EXIT_FINDINGS;
      return problems.length > 0 ? 1 : 0;
    } finally {
      await archive.dispose();
    }
  },
};

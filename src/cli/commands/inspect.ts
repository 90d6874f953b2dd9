/**
 * `inspect ARCHIVE [--json]`: the whole forensic model. As JSON, one document (the model of
 * the container, or `{ containers: [...] }` for a pod); as text, a tree like
 * `checkpointctl inspect --all`.
 */
import { inspectTree } from '../../lib/analyses/inspect-tree.ts';
import { renderTree } from '../../lib/analyses/tree.ts';
import { appendAll } from '../../lib/append-all.ts';
import { archiveHistory } from '../../lib/analyses/history/archive.ts';
import { historyJson } from '../../lib/analyses/history/json.ts';
import { buildArchiveModels, type ContainerModel } from '../../lib/model/from-archive.ts';
import type { Archive } from '../../lib/archive/types.ts';
import { inspectDocument } from '../../lib/model/export.ts';
import { toJson } from '../../lib/model/json.ts';
import { findingsOfArchive } from '../../lib/analyses/findings/of-archive.ts';
import { parseArgs } from '../args.ts';
import { CliError, type CliCommand, type CliIO } from '../command.ts';
import { openPath } from '../open-path.ts';
import { problemLine } from '../problem-line.ts';
import { printable } from '../text.ts';

/** The inspect document with the triage findings: top level, and per container in a pod. */
async function withFindings(
  archive: Archive,
  models: ContainerModel[],
): Promise<Record<string, unknown>> {
  const doc = inspectDocument(archive.name, models, archive.sha256);
  // The same list everywhere: history anti-forensics and secrets included.
  const found = await findingsOfArchive(archive, models, { secrets: true });
  if (Array.isArray(doc['containers']))
    doc['containers'] = (doc['containers'] as Record<string, unknown>[]).map((c, i) => ({
      ...c,
      findings: found.containers[i]?.findings ?? [],
    }));
  return { ...doc, findings: found.all };
}

export const inspect: CliCommand = {
  name: 'inspect',
  summary: 'the forensic model: container, processes, files, sockets, IPC, mounts, fs changes',
  usage: 'inspect ARCHIVE [--json] [--no-sha256]',
  async run(args: string[], io: CliIO): Promise<number> {
    const { positional, flags } = parseArgs(args, { flags: ['json', 'no-sha256'] });
    if (positional.length !== 1)
      throw new CliError('inspect needs one ARCHIVE (a checkpoint file or folder)', 2);
    const archive = await openPath(positional[0]!, { sha256: !flags.has('no-sha256') });
    try {
      if (archive.layout.containers.length === 0)
        throw new CliError(problemLine(archive.name, archive.problems));
      const models = await buildArchiveModels(archive);
      if (flags.has('json')) {
        // Shell history rides along (one per container in a pod).
        const history = (await archiveHistory(archive, models)).map(historyJson);
        const doc = await withFindings(archive, models);
        io.stdout(
          toJson({ ...doc, history: models.length === 1 ? history[0] : history }, 2) + '\n',
        );
      } else {
        const out: string[] = [];
        for (const c of models)
          appendAll(
            out,
            renderTree(inspectTree(c.model, c.root || archive.name, archive.sha256)).map(printable),
          ).push('');
        io.stdout(out.join('\n'));
      }
      // What could be read is printed; incomplete evidence still ends with one line and a failure.
      const problems = [...archive.problems, ...models.flatMap((c) => c.model.problems)].filter(
        (p) => p.severity !== 'info',
      );
      if (problems.length === 0) return 0;
      io.stderr(`cc-analyser inspect: ${problemLine(archive.name, problems)}\n`);
      return 1;
    } finally {
      await archive.dispose();
    }
  },
};

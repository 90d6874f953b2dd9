/**
 * `diff A B [--json] [--memory] [--show-unchanged] [--max-bytes N]`: what changed between two
 * checkpoints, like `checkpointctl diff` but over every section of the model, without
 * refusing different container ids (a restored copy has a new one), and with `--memory`
 * comparing the dumped pages themselves. A pod archive's containers are matched by name,
 * then id; those on one side only are listed.
 */
import { errorMessage } from '../../lib/error-message.ts';
import type { Archive } from '../../lib/archive/types.ts';
import {
  archiveSide,
  diffCheckpoints,
  diffMemory,
  pairContainers,
  renderDiffReport,
  type CheckpointDiff,
  type ContainerPair,
  type MemoryDiff,
} from '../../lib/analyses/diff/index.ts';
import { openArchiveMemory } from '../../lib/memory/archive-memory.ts';
import { buildArchiveModels, type ContainerModel } from '../../lib/model/from-archive.ts';
import { toJson } from '../../lib/model/json.ts';
import type { Problem } from '../../lib/problems.ts';
import { parseArgs } from '../args.ts';
import { CliError, type CliCommand, type CliIO } from '../command.ts';
import { openPath } from '../open-path.ts';
import { problemLine } from '../problem-line.ts';
import { printable } from '../text.ts';
import { intOption } from './search.ts';
import { appendAll } from '../../lib/append-all.ts';

interface Opened {
  archive: Archive;
  models: ContainerModel[];
}

/** Opens one side; a side that is not a checkpoint becomes an error message, not a throw. */
async function openSide(file: string): Promise<Opened | string> {
  let archive: Archive;
  try {
    // Hash uncompressed inputs too (CRI-O's and containerd's tars): both sides' digests are
    // printed for the chain of custody, as `inspect` does.
    archive = await openPath(file, { sha256: true });
  } catch (e) {
    return errorMessage(e);
  }
  if (archive.layout.containers.length === 0) {
    const message = problemLine(archive.name, archive.problems);
    await archive.dispose();
    return message;
  }
  return { archive, models: await buildArchiveModels(archive) };
}

const brief = (c: ContainerModel) => ({
  folder: c.root,
  name: c.model.container.name,
  id: c.model.container.id,
});

/** What can still be said about the side that opened when the other did not. */
function loneSide(o: Opened, which: 'A' | 'B'): string[] {
  return o.models.map((c) => {
    const k = c.model.container;
    return `Checkpoint ${which}: ${o.archive.name}${c.root ? `:${c.root}` : ''}: container ${k.name ?? '(unnamed)'} ${k.id ?? ''}, image ${k.image ?? '(none)'}, ${c.model.processes.length} processes, ${c.model.container.sizes.checkpoint} bytes of CRIU images`;
  });
}

async function compareMemory(
  a: Opened,
  b: Opened,
  pairs: ContainerPair[],
  maxBytes: number | undefined,
): Promise<Map<ContainerPair, MemoryDiff>> {
  const memA = await openArchiveMemory(a.archive);
  const memB = await openArchiveMemory(b.archive);
  const out = new Map<ContainerPair, MemoryDiff>();
  for (const p of pairs) {
    const ma = memA.find((m) => m.root === p.a.root)?.mem;
    const mb = memB.find((m) => m.root === p.b.root)?.mem;
    if (ma && mb) out.set(p, await diffMemory(ma, mb, maxBytes !== undefined ? { maxBytes } : {}));
  }
  return out;
}

export const diff: CliCommand = {
  name: 'diff',
  summary:
    'compare two checkpoints: processes, env, fds, sockets, mounts, fs changes, memory (--memory: changed pages)',
  usage: 'diff A B [--json] [--memory] [--show-unchanged] [--max-bytes N]',
  async run(argv: string[], io: CliIO): Promise<number> {
    const args = parseArgs(argv, {
      flags: ['json', 'memory', 'show-unchanged'],
      values: ['max-bytes'],
    });
    if (args.positional.length !== 2) throw new CliError('diff needs two checkpoints: diff A B', 2);
    const maxBytes = intOption(args, 'max-bytes');
    const json = args.flags.has('json');
    const [fa, fb] = args.positional as [string, string];
    const [a, b] = await Promise.all([openSide(fa), openSide(fb)]);
    try {
      if (typeof a === 'string' || typeof b === 'string') {
        // Say what is wrong with each bad side, and what the good one holds.
        const lines: string[] = [];
        if (typeof a !== 'string') appendAll(lines, loneSide(a, 'A'));
        if (typeof b !== 'string') appendAll(lines, loneSide(b, 'B'));
        if (lines.length) io.stdout(lines.map(printable).join('\n') + '\n');
        const bad = [
          ...(typeof a === 'string' ? [`A (${fa}): ${a}`] : []),
          ...(typeof b === 'string' ? [`B (${fb}): ${b}`] : []),
        ];
        throw new CliError(printable(bad.join('; ')));
      }
      const pairing = pairContainers(a.models, b.models);
      const diffs = new Map<ContainerPair, CheckpointDiff>(
        pairing.pairs.map((p) => [
          p,
          diffCheckpoints(archiveSide(a.archive, p.a), archiveSide(b.archive, p.b)),
        ]),
      );
      const memory = args.flags.has('memory')
        ? await compareMemory(a, b, pairing.pairs, maxBytes)
        : new Map<ContainerPair, MemoryDiff>();

      if (json) {
        const entry = (p: ContainerPair) => ({
          ...diffs.get(p)!,
          ...(memory.has(p) ? { memory: memory.get(p) } : {}),
        });
        const single =
          pairing.pairs.length === 1 && !pairing.onlyInA.length && !pairing.onlyInB.length;
        const doc = single
          ? entry(pairing.pairs[0]!)
          : {
              comparisons: pairing.pairs.map((p) => ({ matchedBy: p.matchedBy, ...entry(p) })),
              onlyInA: pairing.onlyInA.map(brief),
              onlyInB: pairing.onlyInB.map(brief),
            };
        io.stdout(toJson(doc) + '\n');
      } else {
        const out: string[] = [];
        for (const p of pairing.pairs) {
          if (pairing.pairs.length > 1 || p.matchedBy !== 'only container')
            out.push(
              `Containers ${p.a.root || a.archive.name} and ${p.b.root || b.archive.name}, matched by ${p.matchedBy}`,
            );
          const report = renderDiffReport(diffs.get(p)!, {
            showUnchanged: args.flags.has('show-unchanged'),
            ...(memory.has(p) ? { memory: memory.get(p)! } : {}),
          });
          appendAll(out, report).push('');
        }
        for (const c of pairing.onlyInA)
          out.push(
            `Only in A: ${c.root} (container ${c.model.container.name ?? c.model.container.id ?? '?'})`,
          );
        for (const c of pairing.onlyInB)
          out.push(
            `Only in B: ${c.root} (container ${c.model.container.name ?? c.model.container.id ?? '?'})`,
          );
        io.stdout(out.map(printable).join('\n').trimEnd() + '\n');
      }

      // Damaged evidence: what could be read is compared; the reason ends as one line, exit 1.
      const problems: [string, Problem[]][] = [
        [a.archive.name, [...a.archive.problems, ...a.models.flatMap((c) => c.model.problems)]],
        [b.archive.name, [...b.archive.problems, ...b.models.flatMap((c) => c.model.problems)]],
      ];
      let status = 0;
      for (const [name, list] of problems) {
        const serious = list.filter((p) => p.severity !== 'info');
        if (serious.length === 0) continue;
        io.stderr(`cc-analyser diff: ${problemLine(name, serious)}\n`);
        status = 1;
      }
      for (const m of memory.values())
        if (m.problems.length) {
          io.stderr(`cc-analyser diff: memory: ${printable(m.problems[0]!.message)}\n`);
          status = 1;
        }
      return status;
    } finally {
      await Promise.all(
        [a, b].map((o) => (typeof o === 'string' ? undefined : o.archive.dispose())),
      );
    }
  },
};

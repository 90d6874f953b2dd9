/**
 * `x ARCHIVE ps|fds|mems`: what `crit x DIR ps|fds|mems` prints, for every container of the
 * archive (a pod prints one block per container, each headed by its folder).
 */
import { isPagesMember } from '../../lib/archive/open-compressed.ts';
import { critExplore, type CritExplorer } from '../../lib/analyses/crit-x.ts';
import { decodeImage } from '../../lib/criu/decode-image.ts';
import { parseArgs } from '../args.ts';
import { CliError, type CliCommand, type CliIO } from '../command.ts';
import { openPath } from '../open-path.ts';
import { printable } from '../text.ts';

const EXPLORERS: readonly CritExplorer[] = ['ps', 'fds', 'mems'];

export const x: CliCommand = {
  name: 'x',
  summary: 'explore the CRIU images like `crit x`: process tree, open files, memory maps',
  usage: 'x ARCHIVE ps|fds|mems',
  async run(args: string[], io: CliIO): Promise<number> {
    const { positional } = parseArgs(args, {});
    const [file, what] = positional;
    if (!file || !what || positional.length > 2)
      throw new CliError('x needs an ARCHIVE and one of ps, fds, mems', 2);
    if (!EXPLORERS.includes(what as CritExplorer))
      throw new CliError(`unknown explorer '${printable(what)}' (use ps, fds or mems)`, 2);
    // ps, fds and mems read pagemaps, never the pages themselves: those are not kept.
    const archive = await openPath(file, {
      keepMember: (path) => !isPagesMember(path),
      skipHash: true,
    });
    try {
      const containers = archive.layout.containers.filter((c) => c.checkpointDir !== undefined);
      if (containers.length === 0)
        throw new CliError(
          `${printable(archive.name)}: ${archive.problems[0]?.message ?? 'no CRIU images found'}`,
        );
      for (const c of containers) {
        if (containers.length > 1) io.stdout(`== ${printable(c.root)}\n`);
        const r = await critExplore(c.images, decodeImage, what as CritExplorer);
        io.stdout(r.text);
        for (const p of r.problems.filter((p) => p.severity !== 'info'))
          io.stderr(`${p.severity}: ${printable(p.message)}\n`);
      }
      return 0;
    } finally {
      await archive.dispose();
    }
  },
};

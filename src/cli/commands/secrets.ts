/**
 * `secrets ARCHIVE [--json] [--reveal] [--rules FILE]`: credentials in process memory,
 * environments, argv, rootfs-diff files, ghost files, memfds, pipe and socket buffers and SysV
 * IPC. Values are masked unless `--reveal`; `--rules` adds a gitleaks-format TOML rules file
 * to the built-in set.
 */
import fs from 'node:fs';
import { archiveSecrets } from '../../lib/analyses/secrets/archive.ts';
import { secretJson } from '../../lib/analyses/secrets/json.ts';
import { builtinRules, parseRules } from '../../lib/analyses/secrets/rules.ts';
import { maskSecret } from '../../lib/analyses/secrets/types.ts';
import { parseArgs } from '../args.ts';
import { CliError, type CliCommand, type CliIO } from '../command.ts';
import { openPath } from '../open-path.ts';
import { printable, table } from '../text.ts';

export const secrets: CliCommand = {
  name: 'secrets',
  summary: 'credentials in memory, environments, argv, files and buffers (masked unless --reveal)',
  usage: 'secrets ARCHIVE [--json] [--reveal] [--rules FILE]',
  async run(argv: string[], io: CliIO): Promise<number> {
    const args = parseArgs(argv, { flags: ['json', 'reveal'], values: ['rules'] });
    const [file, ...extra] = args.positional;
    if (!file || extra.length) throw new CliError('secrets needs one ARCHIVE', 2);
    let rules = builtinRules();
    const rulesFile = args.values.get('rules');
    if (rulesFile !== undefined) {
      let text: string;
      try {
        text = await fs.promises.readFile(rulesFile, 'utf8');
      } catch (e) {
        throw new CliError(
          `cannot read ${rulesFile}: ${(e as NodeJS.ErrnoException).code ?? e}`,
          2,
        );
      }
      const parsed = parseRules(text, rulesFile);
      for (const p of parsed.problems) io.stderr(`${p.severity}: ${printable(p.message)}\n`);
      if (parsed.rules.length === 0) throw new CliError(`${rulesFile}: no usable rules`, 2);
      rules = [...rules, ...parsed.rules];
    }
    const reveal = args.flags.has('reveal');
    const archive = await openPath(file);
    try {
      if (archive.layout.containers.length === 0)
        throw new CliError(`${printable(archive.name)}: no CRIU images found`);
      const containers = await archiveSecrets(archive, rules);
      for (const c of containers)
        for (const p of c.problems)
          if (p.severity !== 'info') io.stderr(`${p.severity}: ${printable(p.message)}\n`);
      if (args.flags.has('json')) {
        const docs = containers.map((c) => ({
          container: c.root,
          rules: c.rules,
          scannedMemoryBytes: c.scannedMemoryBytes,
          secrets: c.secrets.map((s) => secretJson(s, reveal)),
        }));
        io.stdout(JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2) + '\n');
        return 0;
      }
      const rows = containers.flatMap((c) =>
        c.secrets.map((s) => [
          ...(containers.length > 1 ? [c.root] : []),
          s.rule,
          s.confidence,
          reveal ? s.value.replace(/\n/g, '\\n') : maskSecret(s.value),
          s.locations
            .map((l) => l.label)
            .slice(0, 3)
            .join('; ') + (s.locations.length > 3 ? `; +${s.locations.length - 3} more` : ''),
        ]),
      );
      if (rows.length === 0) io.stdout('No secrets found\n');
      else
        io.stdout(
          table(
            [
              ...(containers.length > 1 ? ['CONTAINER'] : []),
              'RULE',
              'CONFIDENCE',
              reveal ? 'VALUE' : 'VALUE (MASKED)',
              'WHERE',
            ],
            rows,
          ) + '\n',
        );
      return 0;
    } finally {
      await archive.dispose();
    }
  },
};

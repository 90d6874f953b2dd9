/**
 * `history ARCHIVE [--json]`: shell history recovered from process memory (GNU readline's
 * entries, with their timestamps, in the history list's order), history files from the file
 * system changes and ghost files, and what disables history.
 */
import { archiveHistory } from '../../lib/analyses/history/archive.ts';
import { historyJson } from '../../lib/analyses/history/json.ts';
import { hex } from '../../lib/memory/addr.ts';
import { parseArgs } from '../args.ts';
import { CliError, type CliCommand, type CliIO } from '../command.ts';
import { openPath } from '../open-path.ts';
import { printable, table } from '../text.ts';

export const history: CliCommand = {
  name: 'history',
  summary: 'shell history from process memory (bash/readline) and history files',
  usage: 'history ARCHIVE [--json]',
  async run(argv: string[], io: CliIO): Promise<number> {
    const args = parseArgs(argv, { flags: ['json'] });
    const [file, ...extra] = args.positional;
    if (!file || extra.length) throw new CliError('history needs one ARCHIVE', 2);
    const archive = await openPath(file);
    try {
      if (archive.layout.containers.length === 0)
        throw new CliError(`${printable(archive.name)}: no CRIU images found`);
      const containers = await archiveHistory(archive);
      if (args.flags.has('json')) {
        const docs = containers.map((c) => ({ container: c.root, ...historyJson(c) }));
        io.stdout(JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2) + '\n');
        return 0;
      }
      const out: string[] = [];
      for (const c of containers) {
        if (containers.length > 1) out.push(`== ${c.root}`);
        for (const p of c.processes) {
          const order =
            p.order === 'history-list'
              ? 'in history-list order'
              : p.order === 'timestamp'
                ? 'ordered by timestamp (no history list found)'
                : '';
          out.push(
            `pid ${p.pid} ${p.comm ?? ''} (${p.kind}${p.entries.length ? `, ${p.entries.length} entries ${order}` : ''})`,
          );
          if (p.entries.length)
            out.push(
              table(
                ['#', 'TIME (UTC)', 'COMMAND', 'ENTRY'],
                p.entries.map((e) => [
                  String(e.index),
                  e.timeUtc ??
                    (e.absent?.some((a) => a.what === 'timestamp') ? 'not in checkpoint' : '-'),
                  e.command !== undefined
                    ? e.command + (e.commandPartial ? ' [cut: rest not in checkpoint]' : '')
                    : '[line not in checkpoint]',
                  hex(e.entryAddress) + (e.inList ? '' : ' (not in list)'),
                ]),
              ),
            );
          for (const n of p.notes) out.push(`  note: ${printable(n)}`);
          out.push('');
        }
        for (const f of c.files) {
          out.push(
            `history file ${printable(f.path)} (${f.source}${f.size !== undefined ? `, ${f.size} bytes` : ''})`,
          );
          for (const e of f.entries) out.push(`  ${e.timeUtc ?? '-'}  ${printable(e.command)}`);
          for (const n of f.notes) out.push(`  note: ${printable(n)}`);
        }
        for (const a of c.antiForensics)
          out.push(`history disabled: ${printable(a.what)} in the ${a.where}`);
        if (c.processes.length === 0 && c.files.length === 0) out.push('No shell history found');
      }
      io.stdout(out.join('\n').trimEnd() + '\n');
      return 0;
    } finally {
      await archive.dispose();
    }
  },
};

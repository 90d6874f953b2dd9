/**
 * `table ARCHIVE KIND [--pid N] [--container N] [--csv | --json]`: one of the model's tables
 * (the page's Processes, Files, Sockets… tables) from the same definition the page uses
 * (`src/lib/table/tables/`): aligned text, RFC 4180 CSV with formula-like cells neutralised,
 * or JSON with the raw values.
 */
import { buildArchiveModels } from '../../lib/model/from-archive.ts';
import { cellText, type ColumnDef } from '../../lib/table/column.ts';
import { toCsv, toJsonRows } from '../../lib/table/csv.ts';
import { MODEL_TABLES, isTableKind } from '../../lib/table/tables/index.ts';
import { parseArgs } from '../args.ts';
import { CliError, type CliCommand, type CliIO } from '../command.ts';
import { openPath } from '../open-path.ts';
import { problemLine } from '../problem-line.ts';
import { table as textTable } from '../text.ts';

const KINDS = Object.keys(MODEL_TABLES).join('|');

function whole(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new CliError(`--${name} needs a number, not ${text}`, 2);
  return Number(text);
}

export const table: CliCommand = {
  name: 'table',
  summary: `one of the model's tables (${KINDS}) as text, CSV or JSON`,
  usage: `table ARCHIVE ${KINDS} [--pid N] [--container N] [--csv | --json]`,
  async run(args: string[], io: CliIO): Promise<number> {
    const { positional, flags, values } = parseArgs(args, {
      flags: ['csv', 'json'],
      values: ['pid', 'container'],
    });
    const [path, kind] = positional;
    if (positional.length !== 2 || path === undefined || kind === undefined)
      throw new CliError(`table needs an ARCHIVE and a table (${KINDS})`, 2);
    if (!isTableKind(kind)) throw new CliError(`no table ${kind}; the tables are ${KINDS}`, 2);
    if (flags.has('csv') && flags.has('json'))
      throw new CliError('choose one of --csv and --json', 2);
    const pid = whole('pid', values.get('pid'));
    const index = whole('container', values.get('container')) ?? 0;
    const archive = await openPath(path, { sha256: false });
    try {
      if (archive.layout.containers.length === 0)
        throw new CliError(problemLine(archive.name, archive.problems));
      const models = await buildArchiveModels(archive);
      const model = models[index]?.model;
      if (!model) throw new CliError(`the archive has no container ${index}`, 2);
      const definition = MODEL_TABLES[kind];
      const rows = definition.rows(model, pid === undefined ? {} : { pid }) as never[];
      const columns = definition.columns as readonly ColumnDef<never>[];
      if (flags.has('json')) io.stdout(toJsonRows(rows, columns) + '\n');
      else if (flags.has('csv')) io.stdout(toCsv(rows, columns));
      else
        io.stdout(
          textTable(
            columns.map((c) => c.label.toUpperCase()),
            rows.map((r) => columns.map((c) => cellText(c, r))),
          ) + '\n',
        );
      const problems = [...archive.problems, ...model.problems].filter(
        (p) => p.severity !== 'info',
      );
      if (problems.length === 0) return 0;
      io.stderr(`cc-analyser table: ${problemLine(archive.name, problems)}\n`);
      return 1;
    } finally {
      await archive.dispose();
    }
  },
};

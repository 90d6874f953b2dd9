/**
 * `search ARCHIVE (--string TEXT | --regex RE | --hex "de ad ?? ef") [--utf16] [--ignore-case]
 * [--pid N] [--context N] [--max N] [--json]`: search the dumped memory of every process (or one).
 * Unlike `checkpointctl memparse`, binary bytes are searched as they are, matches may cross
 * pages and pagemap entries, and memory that was never dumped is never searched as zeros.
 */
import { openArchiveMemory } from '../../lib/memory/archive-memory.ts';
import { hex } from '../../lib/memory/addr.ts';
import { searchMemory, type MemoryMatch, type SearchQuery } from '../../lib/memory/search.ts';
import type { VmaInfo } from '../../lib/memory/types.ts';
import { parseArgs, type ParsedArgs } from '../args.ts';
import { CliError, type CliCommand, type CliIO } from '../command.ts';
import { openPath } from '../open-path.ts';
import { printable, table } from '../text.ts';

/** Bytes as text with every non-printable byte shown as a dot, like a hex dump's right column. */
export function dotted(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.';
  return s;
}

const hexBytes = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');

export function vmaLabel(v: VmaInfo | undefined): string {
  if (!v) return '-';
  return `${v.start.toString(16)}-${v.end.toString(16)} ${v.perms} ${v.backing ?? v.kind}`;
}

/** A non-negative integer option, or undefined when absent. */
export function intOption(args: ParsedArgs, name: string): number | undefined {
  const v = args.values.get(name);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v))
    throw new CliError(`--${name} must be a non-negative integer, not '${printable(v)}'`, 2);
  return Number(v);
}

function queryOf(args: ParsedArgs): SearchQuery {
  const given = ['string', 'regex', 'hex'].filter((k) => args.values.has(k));
  if (given.length !== 1)
    throw new CliError('search needs exactly one of --string, --regex, --hex', 2);
  const ignoreCase = args.flags.has('ignore-case');
  const utf16 = args.flags.has('utf16');
  if (args.values.has('string'))
    return { kind: 'text', text: args.values.get('string')!, ignoreCase, utf16 };
  if (utf16) throw new CliError('--utf16 goes with --string only', 2);
  if (args.values.has('hex')) {
    if (ignoreCase) throw new CliError('--ignore-case goes with --string or --regex', 2);
    return { kind: 'hex', hex: args.values.get('hex')! };
  }
  return { kind: 'regex', source: args.values.get('regex')!, flags: ignoreCase ? 'i' : '' };
}

function matchJson(m: MemoryMatch, root: string | undefined, comm: string | undefined) {
  return {
    ...(root !== undefined ? { container: root } : {}),
    pid: m.pid,
    ...(comm !== undefined ? { comm } : {}),
    address: m.addressHex,
    length: m.length,
    vma: m.vma
      ? {
          start: hex(m.vma.start),
          end: hex(m.vma.end),
          perms: m.vma.perms,
          kind: m.vma.kind,
          backing: m.vma.backing ?? null,
        }
      : null,
    match: hexBytes(m.bytes),
    before: hexBytes(m.before),
    after: hexBytes(m.after),
    text: dotted(m.before) + dotted(m.bytes) + dotted(m.after),
  };
}

export const search: CliCommand = {
  name: 'search',
  summary: 'search process memory: text, UTF-16 text, regex or hex bytes with ?? wildcards',
  usage:
    'search ARCHIVE (--string TEXT | --regex RE | --hex "de ad ?? ef") [--utf16] [--ignore-case] [--pid N] [--context N] [--max N] [--json]',
  async run(argv: string[], io: CliIO): Promise<number> {
    const args = parseArgs(argv, {
      flags: ['utf16', 'ignore-case', 'json'],
      values: ['string', 'regex', 'hex', 'pid', 'context', 'max'],
    });
    const [file, ...extra] = args.positional;
    if (!file || extra.length) throw new CliError('search needs one ARCHIVE', 2);
    const query = queryOf(args);
    const pid = intOption(args, 'pid');
    const context = intOption(args, 'context') ?? 16;
    const maxMatches = intOption(args, 'max') ?? 10_000;
    const archive = await openPath(file, { skipHash: true }); // prints no digest: no hashing in the pass
    try {
      const containers = await openArchiveMemory(archive);
      if (containers.length === 0)
        throw new CliError(`${printable(archive.name)}: no CRIU images found`);
      const multi = containers.length > 1;
      const json: unknown[] = [];
      const rows: string[][] = [];
      let truncated = false;
      for (const { root, mem } of containers) {
        if (pid !== undefined && !mem.process(pid)) continue;
        for (const p of mem.problems)
          if (p.severity === 'error') io.stderr(`${p.severity}: ${printable(p.message)}\n`);
        const scope = pid !== undefined ? { pids: [pid] } : {};
        for await (const batch of searchMemory(mem, query, { ...scope, context, maxMatches })) {
          for (const p of batch.problems) {
            if (p.code === 'unsupported') throw new CliError(p.message, 2);
            io.stderr(`${p.severity}: ${printable(p.message)}\n`);
          }
          for (const m of batch.matches) {
            const comm = mem.process(m.pid)?.comm;
            if (args.flags.has('json')) json.push(matchJson(m, multi ? root : undefined, comm));
            else
              rows.push([
                ...(multi ? [root] : []),
                String(m.pid),
                m.addressHex,
                vmaLabel(m.vma),
                dotted(m.before) + dotted(m.bytes) + dotted(m.after),
              ]);
          }
          truncated ||= batch.truncated;
        }
      }
      if (pid !== undefined && !containers.some((c) => c.mem.process(pid))) {
        throw new CliError(`no process ${pid} with memory in ${printable(archive.name)}`);
      }
      if (truncated) io.stderr(`stopped after ${maxMatches} matches (use --max N for more)\n`);
      if (args.flags.has('json')) {
        io.stdout(JSON.stringify(json, null, 2) + '\n');
      } else if (rows.length === 0) {
        io.stdout('No matches\n');
      } else {
        io.stdout(
          table([...(multi ? ['CONTAINER'] : []), 'PID', 'ADDRESS', 'VMA', 'CONTEXT'], rows) + '\n',
        );
      }
      return 0;
    } finally {
      await archive.dispose();
    }
  },
};

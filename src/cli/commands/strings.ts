/**
 * `strings ARCHIVE --pid N [--min 6] [--ascii | --utf16] [--json]`: printable strings in a
 * process's dumped memory, like `strings -t x` over a core file, with ASCII and UTF-16LE.
 */
import { openArchiveMemory } from '../../lib/memory/archive-memory.ts';
import { extractStrings, type StringEncoding } from '../../lib/memory/strings.ts';
import { parseArgs } from '../args.ts';
import { CliError, type CliCommand, type CliIO } from '../command.ts';
import { openPath } from '../open-path.ts';
import { printable } from '../text.ts';
import { intOption } from './search.ts';

export const strings: CliCommand = {
  name: 'strings',
  summary: 'printable ASCII and UTF-16LE strings in a process memory, with addresses',
  usage: 'strings ARCHIVE --pid N [--min 6] [--ascii | --utf16] [--json]',
  async run(argv: string[], io: CliIO): Promise<number> {
    const args = parseArgs(argv, { flags: ['ascii', 'utf16', 'json'], values: ['pid', 'min'] });
    const [file, ...extra] = args.positional;
    if (!file || extra.length) throw new CliError('strings needs one ARCHIVE', 2);
    const pid = intOption(args, 'pid');
    if (pid === undefined) throw new CliError('strings needs --pid N', 2);
    const minLength = intOption(args, 'min') ?? 6;
    if (minLength < 1) throw new CliError('--min must be at least 1', 2);
    const encodings: StringEncoding[] = args.flags.has('ascii')
      ? ['ascii']
      : args.flags.has('utf16')
        ? ['utf16le']
        : ['ascii', 'utf16le'];
    const json = args.flags.has('json');

    const archive = await openPath(file, { skipHash: true }); // prints no digest: no hashing in the pass
    try {
      const found = (await openArchiveMemory(archive)).find((c) => c.mem.process(pid));
      if (!found) throw new CliError(`no process ${pid} with memory in ${printable(archive.name)}`);
      if (json) io.stdout('[');
      let first = true;
      for await (const batch of extractStrings(found.mem, { pids: [pid], minLength, encodings })) {
        for (const p of batch.problems) io.stderr(`${p.severity}: ${printable(p.message)}\n`);
        const sorted = batch.strings.sort((a, b) =>
          a.address < b.address ? -1 : a.address > b.address ? 1 : 0,
        );
        let out = '';
        for (const s of sorted) {
          if (json) {
            const { addressHex, encoding, length, text, truncated } = s;
            out += `${first ? '\n' : ',\n'}  ${JSON.stringify({ pid, address: addressHex, encoding, length, text, truncated })}`;
            first = false;
          } else {
            // Strings hold only printable ASCII and tab; show the tab so columns stay aligned.
            out += `${s.addressHex.padStart(14)} ${s.encoding === 'ascii' ? 'a' : 'w'} ${s.text.replace(/\t/g, '\\t')}${s.truncated ? ` … (${s.length} chars)` : ''}\n`;
          }
        }
        if (out) io.stdout(out);
      }
      if (json) io.stdout(first ? ']\n' : '\n]\n');
      return 0;
    } finally {
      await archive.dispose();
    }
  },
};

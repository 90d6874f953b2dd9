/**
 * `encode JSON -o IMAGE`: crit JSON (plain or pretty, as `decode` or `crit decode` print it)
 * back to the CRIU image bytes, like `crit encode`.
 */
import fs from 'node:fs';
import { tryEncodeImage } from '../../lib/criu/encode-image.ts';
import { parseArgs } from '../args.ts';
import { CliError, type CliCommand, type CliIO } from '../command.ts';
import { printable } from '../text.ts';
import { writeFileReported } from '../written-file.ts';

export const encode: CliCommand = {
  name: 'encode',
  summary: 'encode crit JSON back into a CRIU image (the reverse of decode)',
  usage: 'encode JSON -o IMAGE [--crit-labels]',
  async run(args: string[], io: CliIO): Promise<number> {
    // crit spells the output `-o`; the shared parser knows long options only.
    const long = args.map((a) => (a === '-o' ? '--out' : a));
    const { positional, flags, values } = parseArgs(long, {
      flags: ['crit-labels'],
      values: ['out'],
    });
    const [input] = positional;
    const output = values.get('out');
    if (!input || positional.length > 1 || !output) {
      throw new CliError('encode needs one JSON file and -o IMAGE', 2);
    }
    let text: string;
    try {
      text = await fs.promises.readFile(input, 'utf8');
    } catch (e) {
      throw new CliError(`cannot read ${printable(input)}: ${(e as Error).message}`);
    }
    const { bytes, problems } = tryEncodeImage(text, { critCompat: flags.has('crit-labels') });
    if (!bytes) {
      throw new CliError(`${printable(input)}: ${problems[0]?.message ?? 'cannot encode'}`);
    }
    io.stderr(`writing ${bytes.length} bytes to ${printable(output)}\n`);
    await writeFileReported(output, bytes, io);
    return 0;
  },
};

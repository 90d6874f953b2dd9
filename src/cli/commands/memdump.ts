/**
 * `memdump ARCHIVE --pid N --addr A --len L -o FILE`: write L bytes of a process's memory
 * from address A to FILE. Offsets in FILE equal offsets from A; parts that are not in the
 * checkpoint are zeros in the file and listed on stderr, so no zero passes for data.
 */
import fs from 'node:fs';
import { hex, parseAddress } from '../../lib/memory/addr.ts';
import { openArchiveMemory } from '../../lib/memory/archive-memory.ts';
import { exportRange, mergeSegments } from '../../lib/memory/export.ts';
import type { Segment } from '../../lib/memory/types.ts';
import { parseArgs } from '../args.ts';
import { CliError, type CliCommand, type CliIO } from '../command.ts';
import { openPath } from '../open-path.ts';
import { printable } from '../text.ts';
import { intOption, vmaLabel } from './search.ts';

/** `-o FILE` is the usual spelling; the shared parser knows long options only. */
const withLongOut = (argv: string[]) => argv.map((a) => (a === '-o' ? '--out' : a));

export const memdump: CliCommand = {
  name: 'memdump',
  summary:
    'write a range of a process memory to a file; not-dumped parts are zeros, listed on stderr',
  usage: 'memdump ARCHIVE --pid N --addr A --len L -o FILE',
  async run(argv: string[], io: CliIO): Promise<number> {
    const args = parseArgs(withLongOut(argv), { values: ['pid', 'addr', 'len', 'out'] });
    const [file, ...extra] = args.positional;
    if (!file || extra.length) throw new CliError('memdump needs one ARCHIVE', 2);
    const pid = intOption(args, 'pid');
    const addrText = args.values.get('addr');
    const lenText = args.values.get('len');
    const out = args.values.get('out');
    if (pid === undefined || addrText === undefined || lenText === undefined || out === undefined) {
      throw new CliError('memdump needs --pid N --addr A --len L -o FILE', 2);
    }
    const start = parseAddress(addrText);
    const len = parseAddress(lenText);
    if (start === undefined)
      throw new CliError(`--addr: not an address: '${printable(addrText)}'`, 2);
    if (len === undefined || len === 0n)
      throw new CliError(`--len: not a length: '${printable(lenText)}'`, 2);
    const end = start + len > 1n << 64n ? 1n << 64n : start + len;

    const archive = await openPath(file);
    try {
      const containers = await openArchiveMemory(archive);
      const found = containers.find((c) => c.mem.process(pid));
      if (!found) throw new CliError(`no process ${pid} with memory in ${printable(archive.name)}`);
      if (containers.filter((c) => c.mem.process(pid)).length > 1) {
        io.stderr(
          `pid ${pid} is in several containers; dumping the one in ${printable(found.root)}\n`,
        );
      }
      const mem = found.mem;
      const fd = await fs.promises.open(out, 'w');
      const segments: Segment[] = [];
      let written = 0;
      try {
        for await (const chunk of exportRange(mem, pid, start, end)) {
          await fd.write(chunk.bytes);
          written += chunk.bytes.length;
          segments.push(...chunk.segments);
        }
      } finally {
        await fd.close();
      }
      const vmas = mem.vmas(pid);
      for (const s of mergeSegments(segments)) {
        if (s.kind === 'dumped' || s.kind === 'parent') continue;
        const at = s.address - start;
        io.stderr(
          `${hex(s.address)}-${hex(s.address + BigInt(s.length))} (file offset ${hex(at)}, ${s.length} bytes): ${s.kind}` +
            `${s.vma !== undefined ? ` in ${printable(vmaLabel(vmas[s.vma]))}` : ''}, written as zeros\n`,
        );
      }
      io.stderr(`wrote ${written} bytes to ${printable(out)}\n`);
      return 0;
    } finally {
      await archive.dispose();
    }
  },
};

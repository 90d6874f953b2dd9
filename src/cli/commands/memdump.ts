/**
 * `memdump ARCHIVE --pid N --addr A --len L -o FILE`: write L bytes of a process's memory
 * from address A to FILE. Offsets in FILE equal offsets from A; parts that are not in the
 * checkpoint are zeros in the file and listed on stderr, so no zero passes for data.
 * `memdump ARCHIVE --pid N --core -o FILE` writes an ELF core file of the process instead.
 */
import { hex, parseAddress } from '../../lib/memory/addr.ts';
import { openArchiveMemory } from '../../lib/memory/archive-memory.ts';
import { buildElfCore } from '../../lib/memory/elf-core.ts';
import { exportRange, mergeSegments } from '../../lib/memory/export.ts';
import type { ContainerMemory } from '../../lib/memory/archive-memory.ts';
import type { Archive } from '../../lib/archive/types.ts';
import type { Segment } from '../../lib/memory/types.ts';
import { parseArgs } from '../args.ts';
import { CliError, type CliCommand, type CliIO } from '../command.ts';
import { openPath } from '../open-path.ts';
import { printable } from '../text.ts';
import { digestLine, openWrittenFile } from '../written-file.ts';
import { intOption, vmaLabel } from './search.ts';
import { appendAll } from '../../lib/append-all.ts';

/** `-o FILE` is the usual spelling; the shared parser knows long options only. */
const withLongOut = (argv: string[]) => argv.map((a) => (a === '-o' ? '--out' : a));

export const memdump: CliCommand = {
  name: 'memdump',
  summary:
    'write a range of a process memory to a file; not-dumped parts are zeros, listed on stderr',
  usage: 'memdump ARCHIVE --pid N (--addr A --len L | --core) -o FILE',
  async run(argv: string[], io: CliIO): Promise<number> {
    const args = parseArgs(withLongOut(argv), {
      flags: ['core'],
      values: ['pid', 'addr', 'len', 'out'],
    });
    const [file, ...extra] = args.positional;
    if (!file || extra.length) throw new CliError('memdump needs one ARCHIVE', 2);
    const pid = intOption(args, 'pid');
    if (args.flags.has('core')) {
      const out = args.values.get('out');
      if (pid === undefined || out === undefined)
        throw new CliError('memdump --core needs --pid N -o FILE', 2);
      return writeCore(file, pid, out, io);
    }
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

    const archive = await openPath(file, { skipHash: true }); // prints no digest: no hashing in the pass
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
      const writer = await openWrittenFile(out);
      const segments: Segment[] = [];
      try {
        for await (const chunk of exportRange(mem, pid, start, end)) {
          await writer.write(chunk.bytes);
          appendAll(segments, chunk.segments);
        }
      } catch (e) {
        await writer.abort();
        throw e;
      }
      const written = await writer.close();
      const vmas = mem.vmas(pid);
      for (const s of mergeSegments(segments)) {
        if (s.kind === 'dumped' || s.kind === 'parent') continue;
        const at = s.address - start;
        io.stderr(
          `${hex(s.address)}-${hex(s.address + BigInt(s.length))} (file offset ${hex(at)}, ${s.length} bytes): ${s.kind}` +
            `${s.vma !== undefined ? ` in ${printable(vmaLabel(vmas[s.vma]))}` : ''}, written as zeros\n`,
        );
      }
      io.stderr(`wrote ${written.bytes} bytes to ${printable(out)}\n`);
      io.stderr(digestLine(written));
      return 0;
    } finally {
      await archive.dispose();
    }
  },
};

async function writeCore(file: string, pid: number, out: string, io: CliIO): Promise<number> {
  const archive: Archive = await openPath(file, { skipHash: true }); // prints no digest: no hashing in the pass
  try {
    const containers: ContainerMemory[] = await openArchiveMemory(archive);
    const index = containers.findIndex((c) => c.mem.process(pid));
    if (index < 0)
      throw new CliError(`no process ${pid} with memory in ${printable(archive.name)}`);
    const layout = archive.layout.containers.filter((c) => c.checkpointDir !== undefined)[index];
    const core = await buildElfCore(containers[index].mem, layout.images, pid);
    const fatal = core.problems.find((p) => p.code === 'unsupported' || p.code === 'missing-image');
    if (core.size === 0) throw new CliError(fatal?.message ?? `no core file for pid ${pid}`);
    const writer = await openWrittenFile(out);
    try {
      for await (const chunk of core.chunks()) await writer.write(chunk);
    } catch (e) {
      await writer.abort();
      throw e;
    }
    const written = await writer.close();
    for (const p of core.problems) io.stderr(`${p.severity}: ${printable(p.message)}\n`);
    io.stderr(
      `wrote an ELF core file of pid ${pid} (${core.size} bytes) to ${printable(out)}; memory that was not dumped has no segment\n`,
    );
    io.stderr(digestLine(written));
    return 0;
  } finally {
    await archive.dispose();
  }
}

import { isPagesMember } from '../../lib/archive/open-compressed.ts';
import type { Problem } from '../../lib/problems.ts';
import {
  engineLabel,
  formatBytes,
  formatMicroseconds,
  summarize,
  toJson,
  type CheckpointSummary,
  type ContainerSummary,
} from '../../lib/summary/index.ts';
import { parseArgs } from '../args.ts';
import { CliError, type CliCommand, type CliIO } from '../command.ts';
import { openPath } from '../open-path.ts';
import { problemLine } from '../problem-line.ts';
import { printable, table } from '../text.ts';

function overviewTable(summaries: CheckpointSummary[]): string {
  const containers = summaries.flatMap((s) => s.containers);
  const withDiff = containers.some((c) => (c.rootFsDiffSize ?? 0) > 0);
  const withPod = containers.some((c) => c.pod || c.namespace);
  const headers = ['CONTAINER', 'IMAGE', 'ID', 'RUNTIME', 'CREATED', 'ENGINE', 'CHKPT SIZE'];
  if (withDiff) headers.push('ROOT FS DIFF SIZE');
  if (withPod) headers.push('POD', 'NAMESPACE');
  const rows = containers.map((c) => {
    const row = [
      c.name ?? '-',
      c.image ?? '-',
      c.id ? c.id.slice(0, 12) : '-',
      c.runtime ?? '-',
      c.created ?? '-',
      engineLabel(c.engine),
      formatBytes(c.checkpointSize),
    ];
    if (withDiff) row.push(c.rootFsDiffSize !== undefined ? formatBytes(c.rootFsDiffSize) : '-');
    if (withPod) row.push(c.pod ?? '-', c.namespace ?? '-');
    return row;
  });
  return table(headers, rows);
}

function details(c: ContainerSummary): string[] {
  const lines = [`${printable(c.name ?? c.root ?? 'container')}`];
  const add = (label: string, value: string | undefined) => {
    if (value !== undefined) lines.push(`  ${label.padEnd(22)}${printable(value)}`);
  };
  add('ID:', c.id);
  add('Checkpointed:', c.checkpointed);
  add('Images directory:', c.imagesDir);
  add('CRIU images:', String(c.imageCount));
  add('Checkpoint size:', formatBytes(c.checkpointSize));
  add('Memory pages size:', formatBytes(c.memoryPagesSize));
  if (c.amdgpuPagesSize > 0) add('AMD GPU pages size:', formatBytes(c.amdgpuPagesSize));
  if (c.rootFsDiffSize !== undefined) add('Root FS diff size:', formatBytes(c.rootFsDiffSize));
  if (c.deletedFiles) add('Deleted files:', String(c.deletedFiles.length));
  add('CRIU version:', c.criuVersion);
  add('IP:', c.ip);
  for (const n of c.network) {
    add(
      `Network ${n.network} (${n.interface}):`,
      [...n.addresses, n.mac ? `MAC ${n.mac}` : '', ...n.gateways.map((g) => `gateway ${g}`)]
        .filter(Boolean)
        .join(', '),
    );
  }
  const d = c.stats?.dump;
  if (d) {
    lines.push('  CRIU dump statistics:');
    const stat = (label: string, value: string) => lines.push(`    ${label.padEnd(20)}${value}`);
    stat('Freezing time:', formatMicroseconds(d.freezing_time));
    stat('Frozen time:', formatMicroseconds(d.frozen_time));
    stat('Memdump time:', formatMicroseconds(d.memdump_time));
    stat('Memwrite time:', formatMicroseconds(d.memwrite_time));
    stat('Pages scanned:', String(d.pages_scanned ?? '-'));
    stat('Pages written:', String(d.pages_written ?? '-'));
  }
  return lines;
}

function problemLines(problems: Problem[]): string[] {
  return problems.map(
    (p) => `  ${p.severity}: ${printable(p.message)}${p.file ? ` [${printable(p.file)}]` : ''}`,
  );
}

export const show: CliCommand = {
  name: 'show',
  summary: 'the containers of a checkpoint: engine, name, image, sizes, CRIU statistics',
  usage: 'show ARCHIVE... [--json] [--no-sha256]',
  async run(args: string[], io: CliIO): Promise<number> {
    const { positional, flags } = parseArgs(args, { flags: ['json', 'no-sha256'] });
    if (positional.length === 0)
      throw new CliError('show needs an ARCHIVE (a checkpoint file or folder)', 2);
    const summaries: CheckpointSummary[] = [];
    for (const file of positional) {
      // The input's SHA-256 for the chain of custody (an extra read of an uncompressed file).
      // `show` reads no memory: the pages of a compressed archive are not kept (no temp file).
      const archive = await openPath(file, {
        sha256: !flags.has('no-sha256'),
        keepMember: (path) => !isPagesMember(path),
      });
      try {
        summaries.push(await summarize(archive));
      } finally {
        await archive.dispose();
      }
    }
    const unreadable = summaries.filter((s) => s.containers.length === 0);
    if (flags.has('json')) {
      io.stdout(toJson(summaries.length === 1 ? summaries[0] : summaries) + '\n');
      return unreadable.length > 0 ? 1 : 0;
    }
    if (unreadable.length === summaries.length) {
      const first = unreadable[0];
      throw new CliError(problemLine(first.name, first.problems));
    }
    const out: string[] = [];
    if (summaries.length === 1)
      out.push(`Displaying container checkpoint data from ${printable(summaries[0].name)}`);
    for (const s of summaries)
      if (s.sha256)
        out.push(`SHA-256 ${s.sha256}  ${summaries.length > 1 ? printable(s.name) : ''}`.trimEnd());
    out.push('');
    out.push(overviewTable(summaries));
    for (const s of summaries) {
      for (const c of s.containers) out.push('', ...details(c));
      if (s.problems.length > 0)
        out.push('', `Problems in ${printable(s.name)}:`, ...problemLines(s.problems));
    }
    io.stdout(out.join('\n') + '\n');
    if (unreadable.length > 0) {
      const first = unreadable[0];
      throw new CliError(problemLine(first.name, first.problems));
    }
    return 0;
  },
};

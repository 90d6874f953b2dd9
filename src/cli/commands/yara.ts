/**
 * `yara --rules FILE.yar ARCHIVE [--pid N] [--vma N] [--max N] [--json]`: scan the checkpoint
 * with YARA rules — every process's memory one VMA at a time (only what was dumped), then
 * ghost files, memfds, pipe/tty buffers, socket queues, SysV IPC and the rootfs diff (those
 * only when no --pid is given). Compile errors are printed with their line numbers (exit 2).
 */
import { appendAll } from '../../lib/append-all.ts';
import fs from 'node:fs';
import { hex } from '../../lib/memory/addr.ts';
import { openContainerMemory } from '../../lib/memory/archive-memory.ts';
import { buildContainerModel } from '../../lib/model/from-archive.ts';
import { loadYaraEngine } from '../../lib/analyses/yara/engine.ts';
import { fileTargets, type YaraFileTarget } from '../../lib/analyses/yara/file-targets.ts';
import { compileRules, formatMessage, isRulesError } from '../../lib/analyses/yara/rules.ts';
import {
  scanYara,
  type YaraCoverage,
  type YaraHit,
  type YaraMemorySource,
} from '../../lib/analyses/yara/scan.ts';
import { parseArgs } from '../args.ts';
import { CliError, type CliCommand, type CliIO } from '../command.ts';
import { openPath } from '../open-path.ts';
import { printable, table } from '../text.ts';
import { dotted, intOption } from './search.ts';

const hexBytes = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');

function targetText(h: YaraHit): string {
  const t = h.target;
  return t.kind === 'memory'
    ? `pid ${t.pid} ${hex(t.vmaStart)}-${hex(t.vmaEnd)} ${t.perms} ${t.vmaLabel}`
    : t.label;
}

function hitJson(h: YaraHit, root: string | undefined) {
  const t = h.target;
  return {
    rule: h.rule,
    tags: h.tags,
    meta: Object.fromEntries(h.meta.map((m) => [m.key, m.value])),
    ...(root !== undefined ? { container: root } : {}),
    target:
      t.kind === 'memory'
        ? {
            kind: 'memory',
            pid: t.pid,
            comm: t.comm ?? null,
            vma: { index: t.vma, start: hex(t.vmaStart), end: hex(t.vmaEnd), perms: t.perms },
            label: t.vmaLabel,
            blockStart: hex(t.blockStart),
            address: hex(t.address),
          }
        : { kind: 'file', label: t.label, ref: t.ref, blockStart: t.blockStart, offset: t.offset },
    strings: h.strings.map((s) => ({
      identifier: s.identifier,
      offset: s.offset,
      ...(s.address !== undefined ? { address: hex(s.address) } : {}),
      length: s.length,
      data: hexBytes(s.bytes),
      text: dotted(s.before) + dotted(s.bytes) + dotted(s.after),
    })),
    stringCount: h.stringCount,
  };
}

function coverageJson(c: YaraCoverage, root: string | undefined) {
  return {
    ...(root !== undefined ? { container: root } : {}),
    pid: c.pid,
    vma: c.vma,
    start: hex(c.start),
    end: hex(c.end),
    label: c.label,
    size: Number(c.end - c.start),
    dumped: c.dumped,
    scanned: c.scanned,
  };
}

export const yara: CliCommand = {
  name: 'yara',
  summary: 'scan memory and files of the checkpoint with YARA rules',
  usage: 'yara --rules FILE.yar ARCHIVE [--pid N] [--vma N] [--max N] [--json]',
  async run(argv: string[], io: CliIO): Promise<number> {
    const args = parseArgs(argv, { flags: ['json'], values: ['rules', 'pid', 'vma', 'max'] });
    const [file, ...extra] = args.positional;
    const rulesPath = args.values.get('rules');
    if (!rulesPath) throw new CliError('yara needs --rules FILE.yar', 2);
    if (!file || extra.length) throw new CliError('yara needs one ARCHIVE', 2);
    const pid = intOption(args, 'pid');
    const vma = intOption(args, 'vma');
    if (vma !== undefined && pid === undefined) throw new CliError('--vma goes with --pid', 2);
    const maxHits = intOption(args, 'max') ?? 100_000;
    let ruleBytes: Uint8Array;
    try {
      ruleBytes = new Uint8Array(fs.readFileSync(rulesPath));
    } catch (e) {
      throw new CliError(`cannot read ${printable(rulesPath)}: ${(e as Error).message}`, 2);
    }
    const engine = await loadYaraEngine();
    const rules = compileRules(engine, ruleBytes, printable(rulesPath));
    if (isRulesError(rules)) {
      for (const e of rules.errors.slice(1))
        io.stderr(`${printable(rulesPath)}: ${formatMessage(e)}\n`);
      throw new CliError(rules.message, 2);
    }
    for (const w of rules.warnings)
      io.stderr(`warning: ${printable(rulesPath)}: ${formatMessage(w)}\n`);

    const archive = await openPath(file);
    try {
      const memories: YaraMemorySource[] = [];
      const files: YaraFileTarget[] = [];
      const roots: string[] = [];
      for (const [index, layout] of archive.layout.containers.entries()) {
        roots[index] = layout.root;
        const mem = await openContainerMemory(archive, layout);
        if (mem) memories.push({ container: index, mem });
        if (pid === undefined) {
          const model = await buildContainerModel(archive, layout);
          appendAll(files, await fileTargets(model, index, archive.store(layout.root)));
        }
      }
      if (memories.length === 0 && files.length === 0)
        throw new CliError(`${printable(archive.name)}: nothing to scan (no CRIU images found)`);
      if (pid !== undefined && !memories.some((m) => m.mem.process(pid)))
        throw new CliError(`no process ${pid} with memory in ${printable(archive.name)}`);
      const multi = archive.layout.containers.length > 1;
      const rootOf = (c: number) => (multi ? roots[c] : undefined);
      const hits: YaraHit[] = [];
      const coverage: YaraCoverage[] = [];
      let scanned = 0;
      let blocks = 0;
      let truncated = false;
      for (const m of pid !== undefined ? memories.filter((x) => x.mem.process(pid)) : [null]) {
        const scope = m
          ? { container: m.container, pid, ...(vma !== undefined ? { vma } : {}) }
          : {};
        for await (const b of scanYara(engine, rules, memories, files, { ...scope, maxHits })) {
          for (const p of b.problems) io.stderr(`${p.severity}: ${printable(p.message)}\n`);
          appendAll(hits, b.hits);
          appendAll(coverage, b.coverage);
          scanned = b.scannedBytes;
          blocks = b.blocks;
          truncated ||= b.truncated;
        }
        if (m) break;
      }
      if (truncated) io.stderr(`stopped after ${maxHits} hits (use --max N for more)\n`);
      if (args.flags.has('json')) {
        const doc = {
          rules: rulesPath,
          ruleCount: rules.ruleCount,
          warnings: rules.warnings.map(formatMessage),
          scannedBytes: scanned,
          blocks,
          truncated,
          hits: hits.map((h) => hitJson(h, rootOf(h.container))),
          coverage: coverage.map((c) => coverageJson(c, rootOf(c.container))),
        };
        io.stdout(JSON.stringify(doc, null, 2) + '\n');
        return 0;
      }
      const partial = coverage.filter((c) => c.dumped < Number(c.end - c.start)).length;
      io.stderr(
        `scanned ${scanned} bytes in ${blocks} blocks (${coverage.length} VMAs, ${partial} only partly in the checkpoint` +
          `${pid === undefined ? `; ${files.length} files and buffers` : ''})\n`,
      );
      if (hits.length === 0) {
        io.stdout('No matches\n');
        return 0;
      }
      const rows = hits.map((h) => [
        ...(multi ? [roots[h.container] ?? ''] : []),
        h.rule,
        h.tags.join(','),
        targetText(h),
        h.target.kind === 'memory' ? hex(h.target.address) : `+${h.target.offset}`,
        h.strings
          .slice(0, 3)
          .map((s) => `${s.identifier}=${dotted(s.bytes).slice(0, 32)}`)
          .join(' ') + (h.stringCount > 3 ? ` (+${h.stringCount - 3})` : ''),
      ]);
      io.stdout(
        table([...(multi ? ['CONTAINER'] : []), 'RULE', 'TAGS', 'TARGET', 'AT', 'STRINGS'], rows) +
          '\n',
      );
      return 0;
    } finally {
      await archive.dispose();
    }
  },
};

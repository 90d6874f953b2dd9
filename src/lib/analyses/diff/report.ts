/**
 * The comparison as a text tree, section by section like checkpointctl's diff (Container,
 * Memory, Processes, Files, Sockets, Mounts, Root FS changes, Summary). Markers: `+` only in
 * B, `-` only in A, `~` changed, `=` unchanged (shown with `showUnchanged`). Lines are plain
 * strings; the caller escapes control characters for its output.
 */
import { formatBytes } from '../../summary/format.ts';
import { renderTree, type TreeNode } from '../tree.ts';
import type {
  CheckpointDiff,
  DiffStatus,
  FieldChange,
  MemoryDiff,
  SectionCounts,
  SizeDelta,
} from './types.ts';

export interface ReportOptions {
  showUnchanged?: boolean;
  /** The page comparison, when it was run. */
  memory?: MemoryDiff;
}

const MARK: Record<DiffStatus, string> = { added: '+', removed: '-', changed: '~', unchanged: '=' };
const hex = (v: bigint) => `0x${v.toString(16)}`;

function signedBytes(n: number): string {
  if (n === 0) return 'no change';
  return `${n > 0 ? '↑ increased' : '↓ decreased'} by ${formatBytes(Math.abs(n))} (${n > 0 ? '+' : ''}${n} bytes)`;
}

const changeText = (c: FieldChange) => `${c.field}: ${c.a ?? '(none)'} → ${c.b ?? '(none)'}`;
const changeNodes = (changes: readonly FieldChange[]): TreeNode[] =>
  changes.map((c) => ({ label: changeText(c) }));

function shown<T extends { status: DiffStatus }>(items: readonly T[], all: boolean): T[] {
  return items.filter((i) => all || i.status !== 'unchanged');
}

function section(title: string, children: TreeNode[], counts?: SectionCounts): TreeNode {
  const tail = counts ? ` (${countsText(counts)})` : '';
  return {
    label: `${title}${tail}`,
    children: children.length ? children : [{ label: 'no changes' }],
  };
}

function countsText(c: SectionCounts): string {
  return `+${c.added} -${c.removed} ~${c.changed} =${c.unchanged}`;
}

function sizeLine(label: string, s: SizeDelta): TreeNode {
  return { label: `${label}: ${formatBytes(s.a)} → ${formatBytes(s.b)}, ${signedBytes(s.delta)}` };
}

/** One value when both sides agree, `A → B` when they do not. */
function both(a: string | undefined, b: string | undefined): string {
  return a === b ? (a ?? '(none)') : `${a ?? '(none)'} → ${b ?? '(none)'}`;
}

function containerNode(d: CheckpointDiff): TreeNode {
  const c = d.container;
  const side = (name: string, s: CheckpointDiff['container']['a']): TreeNode => ({
    label: `Checkpoint ${name}: ${s.label}`,
    children: [
      ...(s.checkpointTime
        ? [{ label: `Taken: ${s.checkpointTime} (${s.checkpointTimeSource ?? ''})` }]
        : [{ label: 'Taken: unknown' }]),
      { label: `Size: ${formatBytes(s.checkpointSize)} (${s.checkpointSize} bytes)` },
      ...(s.containerId !== undefined && !c.sameId ? [{ label: `ID: ${s.containerId}` }] : []),
      ...(s.sha256 ? [{ label: `SHA-256: ${s.sha256}` }] : []),
    ],
  });
  return {
    label: 'Container',
    children: [
      { label: `Name: ${both(c.a.containerName, c.b.containerName)}` },
      { label: `Image: ${both(c.a.image, c.b.image)}` },
      { label: `ID: ${c.sameId ? (c.id ?? '(none)') : 'differs (see warnings)'}` },
      side('A', c.a),
      side('B', c.b),
      ...(c.changes.length
        ? [{ label: 'Dump differences', children: changeNodes(c.changes) }]
        : []),
    ],
  };
}

function memoryNode(d: CheckpointDiff, all: boolean, mem: MemoryDiff | undefined): TreeNode {
  const children: TreeNode[] = [sizeLine('Memory pages', d.memoryPages)];
  for (const p of d.memoryMaps) {
    if (!all && p.status === 'unchanged') continue;
    const vmas = shown(p.vmas, all).map((v): TreeNode => ({
      label:
        `${MARK[v.status]} ${hex(v.start)}-${hex(v.end)} ${v.prot} ${v.path ?? v.kind}` +
        (v.dumpedPages.delta ? ` (dumped pages ${v.dumpedPages.a} → ${v.dumpedPages.b})` : ''),
      children: changeNodes(v.changes),
    }));
    children.push({
      label: `${MARK[p.status]} [${p.pid}] ${p.comm}: dumped ${formatBytes(p.dumpedBytes.a)} → ${formatBytes(p.dumpedBytes.b)}`,
      children: [...changeNodes(p.changes), ...vmas],
    });
  }
  if (mem) children.push(contentNode(mem, all));
  return { label: 'Memory', children };
}

function contentNode(m: MemoryDiff, all: boolean): TreeNode {
  const compared = m.processes.reduce((n, p) => n + p.comparedPages, 0);
  const changed = m.processes.reduce((n, p) => n + p.changedPages, 0);
  const children: TreeNode[] = [];
  for (const p of m.processes) {
    if (!all && p.changedPages === 0 && p.onlyInA === 0 && p.onlyInB === 0) continue;
    const vmas: TreeNode[] = [];
    for (const v of p.vmas) {
      if (!all && v.changedPages === 0 && v.onlyInA === 0 && v.onlyInB === 0) continue;
      const one = [
        v.onlyInA ? `${v.onlyInA} only in A` : '',
        v.onlyInB ? `${v.onlyInB} only in B` : '',
      ].filter(Boolean);
      vmas.push({
        label:
          `${hex(v.start)}-${hex(v.end)} ${v.prot} ${v.path ?? v.kind}: ${v.changedPages} of ${v.comparedPages} pages changed` +
          (one.length ? `, ${one.join(', ')}` : ''),
        children: [
          ...v.changed.map((r) => ({
            label: `${hex(r.start)}-${hex(r.end)} ${r.pages} page${r.pages === 1 ? '' : 's'}, ${r.bytesDiffering} bytes differ`,
          })),
          ...(v.rangesTruncated ? [{ label: '… more changed ranges not listed' }] : []),
        ],
      });
    }
    children.push({
      label:
        `[${p.pid}] ${p.comm ?? ''}: ${p.changedPages} of ${p.comparedPages} compared pages changed` +
        (p.onlyInA || p.onlyInB ? `; pages only in A ${p.onlyInA}, only in B ${p.onlyInB}` : ''),
      children: vmas,
    });
  }
  for (const pid of m.onlyInA) children.push({ label: `[${pid}] memory in A only` });
  for (const pid of m.onlyInB) children.push({ label: `[${pid}] memory in B only` });
  const state = m.cancelled
    ? ' (cancelled)'
    : m.truncated
      ? ` (stopped at the byte limit: ${formatBytes(m.comparedBytes)} of ${formatBytes(m.totalBytes)} compared)`
      : '';
  return {
    label: `Page contents: ${changed} of ${compared} pages dumped in both changed${state}`,
    children,
  };
}

function processesNode(d: CheckpointDiff, all: boolean): TreeNode {
  const nodes = shown(d.processes, all).map((p): TreeNode => {
    const env: TreeNode[] = [
      ...p.env.added.map((e) => ({ label: `+ env ${e}` })),
      ...p.env.removed.map((e) => ({ label: `- env ${e}` })),
      ...p.env.changed.map((e) => ({ label: `~ env ${e.name}: ${e.a} → ${e.b}` })),
    ];
    const threads: TreeNode[] = [
      ...p.threads.added.map((t) => ({ label: `+ thread ${t.tid} ${t.comm}` })),
      ...p.threads.removed.map((t) => ({ label: `- thread ${t.tid} ${t.comm}` })),
    ];
    const cmd = p.cmdline?.length ? p.cmdline.join(' ') : p.comm;
    return {
      label: `${MARK[p.status]} [${p.pid}] ${cmd}`,
      children: [...changeNodes(p.changes), ...env, ...threads],
    };
  });
  return section('Processes', nodes, d.summary.processes);
}

function filesNode(d: CheckpointDiff, all: boolean): TreeNode {
  const nodes = shown(d.files, all).map((f) => ({
    label: `${MARK[f.status]} PID ${f.pid} fd ${f.fd} ${f.type} ${f.target}`,
    children: changeNodes(f.changes),
  }));
  return section('Files', nodes, d.summary.files);
}

function socketsNode(d: CheckpointDiff, all: boolean): TreeNode {
  const nodes = shown(d.sockets, all).map((s) => ({
    label: `${MARK[s.status]} ${s.pid ? `PID ${s.pid} fd ${s.fd}` : '(held by no process)'} ${s.protocol || s.family} ${s.type} ${s.state} ${s.local}${s.remote ? ` ${s.remote}` : ''}`,
    children: changeNodes(s.changes),
  }));
  return section('Sockets', nodes, d.summary.sockets);
}

function mountsNode(d: CheckpointDiff, all: boolean): TreeNode {
  const nodes = shown(d.mounts, all).map((m) => ({
    label: `${MARK[m.status]} ${m.mountpoint} (${m.fstype}${m.source ? ` from ${m.source}` : ''})`,
    children: changeNodes(m.changes),
  }));
  return section('Mounts', nodes, d.summary.mounts);
}

function rootFsNode(d: CheckpointDiff, all: boolean): TreeNode {
  const r = d.rootFs;
  const entry = (prefix: string) => (e: CheckpointDiff['rootFs']['entries'][number]) => ({
    label: `${MARK[e.status]} ${prefix}${e.path} (${e.type})`,
    children: changeNodes(e.changes),
  });
  const nodes: TreeNode[] = [
    ...shown(r.entries, all).map(entry('')),
    ...r.deleted.added.map((p) => ({ label: `+ deleted ${p}` })),
    ...r.deleted.removed.map((p) => ({ label: `- deleted ${p}` })),
    ...(all ? r.deleted.unchanged.map((p) => ({ label: `= deleted ${p}` })) : []),
    ...shown(r.devShm, all).map(entry('/dev/shm: ')),
  ];
  return section('Root FS changes', nodes, d.summary.rootFs);
}

function summaryLine(d: CheckpointDiff, mem: MemoryDiff | undefined): string {
  const s = d.summary;
  const c = (x: SectionCounts) => `+${x.added} -${x.removed} ~${x.changed}`;
  const parts = [
    `Processes: ${c(s.processes)}`,
    `Files: ${c(s.files)}`,
    `Sockets: ${c(s.sockets)}`,
    `Mounts: ${c(s.mounts)}`,
    `Root FS: ${c(s.rootFs)}`,
    `Memory: ${s.memoryPagesDelta >= 0 ? '+' : '-'}${formatBytes(Math.abs(s.memoryPagesDelta))}`,
  ];
  if (mem) {
    const changed = mem.processes.reduce((n, p) => n + p.changedPages, 0);
    parts.push(`Changed pages: ${changed}${mem.truncated || mem.cancelled ? ' (incomplete)' : ''}`);
  }
  const name = (s: CheckpointDiff['container']['a']) => s.containerName ?? s.containerId;
  const a = name(d.container.a);
  const b = name(d.container.b);
  return `Summary: ${a === b ? (a ?? 'checkpoint') : both(a, b)}: ${parts.join(' / ')}`;
}

export function renderDiffReport(d: CheckpointDiff, options: ReportOptions = {}): string[] {
  const all = options.showUnchanged ?? false;
  const head = `Checkpoint diff: ${d.container.a.label} → ${d.container.b.label}`;
  const other = d.other.length ? [{ label: 'Other state', children: changeNodes(d.other) }] : [];
  const tree: TreeNode = {
    label: head,
    children: [
      ...(d.warnings.length
        ? [{ label: 'Warnings', children: d.warnings.map((w) => ({ label: `! ${w}` })) }]
        : []),
      containerNode(d),
      memoryNode(d, all, options.memory),
      processesNode(d, all),
      filesNode(d, all),
      socketsNode(d, all),
      mountsNode(d, all),
      rootFsNode(d, all),
      ...other,
    ],
  };
  return [...renderTree(tree), '', summaryLine(d, options.memory)];
}

/** The page comparison alone, for a caller that shows it after the structure. */
export function renderMemoryReport(
  m: MemoryDiff,
  options: { showUnchanged?: boolean } = {},
): string[] {
  return renderTree(contentNode(m, options.showUnchanged ?? false));
}

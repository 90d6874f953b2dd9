/**
 * Display helpers of the comparison view: the status marks (the same `+ - ~ =` as the CLI's
 * report and checkpointctl's), and one line of text for a list of field changes.
 */
import type {
  DiffStatus,
  FieldChange,
  ProcessDiff,
  ProcessMapsDiff,
  VmaDiff,
} from '../../lib/analyses/diff/index.ts';

export const STATUS_MARK: Record<DiffStatus, string> = {
  added: '+',
  removed: '−',
  changed: '~',
  unchanged: '=',
};

/** "field: a → b; field2: → b" — an absent side reads as an em dash. */
export function changesText(changes: readonly FieldChange[]): string {
  return changes.map((c) => `${c.field}: ${c.a ?? '—'} → ${c.b ?? '—'}`).join('; ');
}

/** The rows a section shows: all of them, or only those that differ. */
export function visibleRows<T extends { status: DiffStatus }>(
  rows: readonly T[],
  showUnchanged: boolean,
): T[] {
  return showUnchanged ? [...rows] : rows.filter((r) => r.status !== 'unchanged');
}

/** A signed byte or count change, e.g. `+4 KiB`, `−12`, `no change`. */
export function signed(delta: number, format: (n: number) => string = String): string {
  if (delta === 0) return 'no change';
  return `${delta > 0 ? '+' : '−'}${format(Math.abs(delta))}`;
}

/**
 * A process's changes with its environment and thread set folded in, so the table has one
 * "changes" cell per process: `env NAME: a → b`, `thread 7 (name): — → present`.
 */
export function processChanges(p: ProcessDiff): FieldChange[] {
  return [
    ...p.changes,
    ...p.env.changed.map((e) => ({ field: `env ${e.name}`, a: e.a, b: e.b })),
    ...p.env.added.map((e) => ({ field: 'env', b: e })),
    ...p.env.removed.map((e) => ({ field: 'env', a: e })),
    ...p.threads.added.map((t) => ({ field: `thread ${t.tid} (${t.comm})`, b: 'present' })),
    ...p.threads.removed.map((t) => ({ field: `thread ${t.tid} (${t.comm})`, a: 'present' })),
  ];
}

/** One VMA of the memory layout comparison, with its process. */
export interface VmaDiffRow extends VmaDiff {
  pid: number;
  comm: string;
}

export function vmaRows(maps: readonly ProcessMapsDiff[]): VmaDiffRow[] {
  return maps.flatMap((m) => m.vmas.map((v) => ({ ...v, pid: m.pid, comm: m.comm })));
}

/**
 * Kernel state that belongs to no single fd or process: namespace clocks and names, the
 * contents of deleted-but-open files and memfds, SysV IPC, file locks, cgroups. Reported as
 * field changes with a prefix naming the object.
 */
import { lockSummary } from '../../model/locks.ts';
import type { CheckpointModel, MemfdInfo } from '../../model/types.ts';
import { compareFacts, listText, valueText, type Facts } from './keyed.ts';
import type { FieldChange } from './types.ts';

const sameBytes = (x: Uint8Array | undefined, y: Uint8Array | undefined): boolean =>
  x === y ||
  (x !== undefined && y !== undefined && x.length === y.length && x.every((v, i) => v === y[i]));

const clock = (c: { sec: bigint; nsec: number } | undefined) =>
  c === undefined ? undefined : `${c.sec}.${String(c.nsec).padStart(9, '0')}s`;

/**
 * How memfds are paired: by inode within one container (two checkpoints of it share inode
 * numbers), by name across different containers, where an inode number means nothing.
 */
function memfdKey(mf: MemfdInfo, byInode: boolean): string {
  return byInode ? `memfd ${mf.name} (inode ${mf.inodeId})` : `memfd ${mf.name}`;
}

function facts(m: CheckpointModel, byInode: boolean): Facts {
  const f: Facts = {};
  for (const u of m.namespaces.uts) {
    f[`uts namespace ${u.id}: hostname`] = u.hostname;
    f[`uts namespace ${u.id}: domainname`] = u.domainname;
  }
  // CRIU records the namespace's monotonic and boot clocks at dump time: their difference
  // between two dumps is the time that passed in the container.
  for (const t of m.namespaces.time) {
    f[`time namespace ${t.id}: monotonic clock`] = clock(t.monotonic);
    f[`time namespace ${t.id}: boot clock`] = clock(t.boottime);
  }
  for (const g of m.ghostFiles) {
    const k = `deleted file ${g.path ?? `ghost ${g.ghostId}`}`;
    f[`${k}: size`] = valueText(g.size);
    f[`${k}: mode`] = g.modeString;
    f[`${k}: mtime`] = g.mtime;
    f[`${k}: atime`] = g.atime;
  }
  for (const mf of m.memfds) f[`${memfdKey(mf, byInode)}: size`] = valueText(mf.size);
  for (const ns of m.ipc) {
    f[`ipc namespace ${ns.namespaceId}: shared memory segments`] = listText(
      ns.sharedMemory.map((s) => `${s.key}/${s.id} ${s.size ?? '?'} bytes`),
    );
    f[`ipc namespace ${ns.namespaceId}: message queues`] = listText(
      ns.messageQueues.map((q) => `${q.key}/${q.id} ${q.messages.length} messages`),
    );
    f[`ipc namespace ${ns.namespaceId}: semaphores`] = listText(
      ns.semaphores.map((s) => `${s.key}/${s.id} [${s.values.join(' ')}]`),
    );
  }
  f['file locks'] = listText(
    m.fileLocks.map((l) => `${lockSummary(l)} pid ${l.pid} fd ${l.fd} ${l.path ?? ''}`.trim()),
  );
  for (const c of m.cgroups)
    f[`cgroup set ${c.id}`] = listText(c.controllers.map((x) => `${x.name}:${x.path}`));
  return f;
}

/** Same-sized contents that differ are invisible in the facts above: say so explicitly. */
function contentChanges(a: CheckpointModel, b: CheckpointModel, byInode: boolean): FieldChange[] {
  const out: FieldChange[] = [];
  const ghostsB = new Map(b.ghostFiles.map((g) => [g.path ?? `ghost ${g.ghostId}`, g]));
  for (const g of a.ghostFiles) {
    const k = g.path ?? `ghost ${g.ghostId}`;
    const other = ghostsB.get(k);
    if (other && !sameBytes(g.content, other.content))
      out.push({ field: `deleted file ${k}: content`, a: 'as in A', b: 'differs' });
  }
  const key = (x: MemfdInfo) => memfdKey(x, byInode);
  const memfdsB = new Map<string, MemfdInfo[]>();
  for (const x of b.memfds) memfdsB.set(key(x), [...(memfdsB.get(key(x)) ?? []), x]);
  for (const x of a.memfds) {
    const candidates = memfdsB.get(key(x)) ?? [];
    // Several memfds of one name (across containers): pair only when it is unambiguous.
    if (candidates.length !== 1) continue;
    if (!sameBytes(x.content, candidates[0]!.content))
      out.push({ field: `${key(x)}: content`, a: 'as in A', b: 'differs' });
  }
  return out;
}

/**
 * `sameContainer`: both sides are checkpoints of one container (same id). When they are not,
 * memfds are paired by name (see memfdKey) and the caller says so.
 */
export function diffOther(
  a: CheckpointModel,
  b: CheckpointModel,
  sameContainer = true,
): FieldChange[] {
  return [
    ...compareFacts(facts(a, sameContainer), facts(b, sameContainer)),
    ...contentChanges(a, b, sameContainer),
  ];
}

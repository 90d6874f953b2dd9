/**
 * Kernel state that belongs to no single fd or process: namespace clocks and names, the
 * contents of deleted-but-open files and memfds, SysV IPC, file locks, cgroups. Reported as
 * field changes with a prefix naming the object.
 */
import { lockSummary } from '../../model/locks.ts';
import type { CheckpointModel } from '../../model/types.ts';
import { compareFacts, listText, valueText, type Facts } from './keyed.ts';
import type { FieldChange } from './types.ts';

const sameBytes = (x: Uint8Array | undefined, y: Uint8Array | undefined): boolean =>
  x === y ||
  (x !== undefined && y !== undefined && x.length === y.length && x.every((v, i) => v === y[i]));

const clock = (c: { sec: bigint; nsec: number } | undefined) =>
  c === undefined ? undefined : `${c.sec}.${String(c.nsec).padStart(9, '0')}s`;

function facts(m: CheckpointModel): Facts {
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
  for (const mf of m.memfds) f[`memfd ${mf.name} (inode ${mf.inodeId}): size`] = valueText(mf.size);
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
function contentChanges(a: CheckpointModel, b: CheckpointModel): FieldChange[] {
  const out: FieldChange[] = [];
  const ghostsB = new Map(b.ghostFiles.map((g) => [g.path ?? `ghost ${g.ghostId}`, g]));
  for (const g of a.ghostFiles) {
    const k = g.path ?? `ghost ${g.ghostId}`;
    const other = ghostsB.get(k);
    if (other && !sameBytes(g.content, other.content))
      out.push({ field: `deleted file ${k}: content`, a: 'as in A', b: 'differs' });
  }
  const memfdsB = new Map(b.memfds.map((x) => [x.inodeId, x]));
  for (const x of a.memfds) {
    const other = memfdsB.get(x.inodeId);
    if (other && !sameBytes(x.content, other.content))
      out.push({
        field: `memfd ${x.name} (inode ${x.inodeId}): content`,
        a: 'as in A',
        b: 'differs',
      });
  }
  return out;
}

export function diffOther(a: CheckpointModel, b: CheckpointModel): FieldChange[] {
  return [...compareFacts(facts(a), facts(b)), ...contentChanges(a, b)];
}

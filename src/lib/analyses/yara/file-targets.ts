/**
 * Everything besides process memory that a checkpoint holds as bytes, as scan targets: ghost
 * files (deleted but open), memfds, pipe/FIFO and tty buffers, socket queues, SysV shared
 * memory and messages, and the files of rootfs-diff.tar and devshm-checkpoint.tar. Each has a
 * reference the page's content viewer reads (`YaraFileRef`, the shape of the worker's
 * `ContentRef`) and a label a person can read. Tar members are read by range when scanned,
 * never listed into memory as bytes.
 */
import { readExact } from '../../archive/byte-source.ts';
import type { MemberStore } from '../../archive/member-store.ts';
import { indexTar } from '../../archive/tar-index.ts';
import { tarSource } from '../../model/fs-changes.ts';
import type { CheckpointModel } from '../../model/types.ts';
import type { ContentRef } from '../../table/row-types.ts';

/** A target's bytes as the page's content viewer opens them: the worker's `ContentRef`. */
export type YaraFileRef = ContentRef;

export interface YaraFileTarget {
  /** Index of the container in the archive (a pod has several). */
  container: number;
  ref: YaraFileRef;
  /** e.g. `ghost file /tmp/x (deleted)`, `rootfs-diff.tar: etc/passwd`. */
  label: string;
  /** files.img id where the target is an open file (for the findings' evidence links). */
  fileId?: number;
  size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

const inMemory = (bytes: Uint8Array) => ({
  size: bytes.length,
  read: async (offset: number, length: number) => bytes.subarray(offset, offset + length),
});

/** The targets of one container's model (and its root folder, for the tar members). */
export async function fileTargets(
  model: CheckpointModel,
  container: number,
  root?: MemberStore,
): Promise<YaraFileTarget[]> {
  const out: YaraFileTarget[] = [];
  const c = container ? { container } : {};
  for (const g of model.ghostFiles) {
    if (!g.content?.length) continue;
    out.push({
      container,
      ref: { kind: 'ghost', id: g.ghostId, ...c },
      label: `ghost file ${g.path ?? `#${g.ghostId}`} (deleted)`,
      ...(g.fileIds[0] !== undefined ? { fileId: g.fileIds[0] } : {}),
      ...inMemory(g.content),
    });
  }
  for (const m of model.memfds) {
    if (!m.content?.length) continue;
    out.push({
      container,
      ref: { kind: 'memfd', id: m.inodeId, ...c },
      label: m.sharedAnonymous ? `shared anonymous memory (memfd ${m.inodeId})` : `memfd:${m.name}`,
      ...(m.fileIds[0] !== undefined ? { fileId: m.fileIds[0] } : {}),
      ...inMemory(m.content),
    });
  }
  for (const p of model.pipes) {
    if (!p.buffered?.length) continue;
    const fileId = fileIdOf(model, p.pipeId);
    out.push({
      container,
      ref: { kind: 'pipe', id: p.pipeId, ...c },
      label: `${p.kind} ${p.path ?? `pipe:[${p.pipeId}]`} buffer`,
      ...inMemory(p.buffered),
      ...(fileId !== undefined ? { fileId } : {}),
    });
  }
  for (const f of model.files) {
    if (f.kind !== 'tty' || !f.buffered?.length) continue;
    out.push({
      container,
      ref: { kind: 'tty', id: f.id, ...c },
      label: `tty ${f.path ?? f.id} input`,
      fileId: f.id,
      ...inMemory(f.buffered),
    });
  }
  for (const s of model.sockets) {
    const name = `socket ${s.description}`;
    if (s.tcp?.inQueue?.length)
      out.push({
        container,
        ref: { kind: 'socket', id: s.id, queue: 'in', ...c },
        label: `${name} receive queue`,
        fileId: s.id,
        ...inMemory(s.tcp.inQueue),
      });
    if (s.tcp?.outQueue?.length)
      out.push({
        container,
        ref: { kind: 'socket', id: s.id, queue: 'out', ...c },
        label: `${name} send queue`,
        fileId: s.id,
        ...inMemory(s.tcp.outQueue),
      });
    s.queued.forEach((q, i) => {
      // The worker's content() gives queued[0] for 'in' when there is no TCP queue.
      if (q.length)
        out.push({
          container,
          ref: { kind: 'socket', id: s.id, queue: i, ...c },
          label: `${name} queued packet ${i + 1}`,
          fileId: s.id,
          ...inMemory(q),
        });
    });
  }
  for (const ns of model.ipc) {
    for (const shm of ns.sharedMemory) {
      if (!shm.content?.length) continue;
      out.push({
        container,
        ref: { kind: 'shm', namespace: ns.namespaceId, id: shm.id, ...c },
        label: `SysV shared memory key ${hexKey(shm.key)} id ${shm.id}`,
        ...inMemory(shm.content),
      });
    }
    for (const q of ns.messageQueues) {
      q.messages.forEach((m, index) => {
        if (!m.data.length) return;
        out.push({
          container,
          ref: { kind: 'msg', namespace: ns.namespaceId, id: q.id, index, ...c },
          label: `SysV message queue key ${hexKey(q.key)} message ${index + 1} (type ${m.type})`,
          ...inMemory(m.data),
        });
      });
    }
  }
  if (root) {
    for (const listing of [model.fsChanges.rootfsDiff, model.fsChanges.devShm]) {
      if (!listing || !root.has(listing.member)) continue;
      const source = await tarSource(root, listing.member);
      const { entries } = await indexTar(source, { label: listing.member });
      for (const e of entries) {
        if (e.type !== 'file' || e.size === 0) continue;
        out.push({
          container,
          ref: { kind: 'fs', member: listing.member, path: e.path, ...c },
          label: `${listing.member}: ${e.path}`,
          size: e.size,
          read: (offset, length) =>
            readExact(source, e.dataOffset + offset, Math.min(length, e.size - offset)),
        });
      }
    }
  }
  return out;
}

function fileIdOf(model: CheckpointModel, pipeId: number): number | undefined {
  const f = model.files.find(
    (x) => (x.kind === 'pipe' || x.kind === 'fifo') && x.pipeId === pipeId,
  );
  return f?.id;
}

const hexKey = (k: number) => '0x' + (k >>> 0).toString(16).padStart(8, '0');

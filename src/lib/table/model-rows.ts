/**
 * Flat table rows made from the model, one builder per table (their columns are in
 * `tables/`). Rows carry strings and numbers a person reads (hex addresses, joined flags) so
 * the page can filter, sort and export them without knowing the model; payloads stay behind
 * a ContentRef.
 */
import { printableText } from '../model/bytes.ts';
import type {
  CheckpointModel,
  FileHolder,
  FileObject,
  MountInfo,
  ProcessInfo,
  SocketInfo,
  ProcessVma,
} from '../model/types.ts';
import type {
  ContentRef,
  FdRow,
  GhostRow,
  MemfdRow,
  MountRow,
  PipeRow,
  ProcessRow,
  SocketQueue,
  SocketRow,
  VmaRow,
} from './row-types.ts';

const PREVIEW_BYTES = 96;

export const holderText = (holders: FileHolder[]): string =>
  holders.map((h) => `${h.pid}:${h.fd}`).join(' ');

const hex = (v: bigint | undefined): string => (v === undefined ? '' : '0x' + v.toString(16));

export function processRow(p: ProcessInfo): ProcessRow {
  return {
    pid: p.pid,
    ppid: p.ppid,
    pgid: p.pgid,
    sid: p.sid,
    comm: p.comm,
    state: p.state,
    ...(p.exitCode !== undefined ? { exitCode: p.exitCode } : {}),
    threads: p.threads.length,
    children: p.children,
    cmdline: p.cmdline?.join(' ') ?? '',
    exe: p.exe === undefined ? '' : p.exeDeleted ? `${p.exe} (deleted)` : p.exe,
    ...(p.creds ? { uid: p.creds.uid } : {}),
    fds: p.fds.length,
    vmas: p.maps.length,
  };
}

/** What `content()` can show for a file object, if anything. */
function fileContentRef(model: CheckpointModel, f: FileObject): ContentRef | undefined {
  switch (f.kind) {
    case 'regular': {
      const ghostId = f.remap?.ghostId;
      return ghostId !== undefined && model.ghostFiles.some((g) => g.ghostId === ghostId)
        ? { kind: 'ghost', id: ghostId }
        : undefined;
    }
    case 'memfd':
      return { kind: 'memfd', id: f.inodeId };
    case 'pipe':
    case 'fifo':
      return model.pipes.find((p) => p.pipeId === f.pipeId)?.buffered
        ? { kind: 'pipe', id: f.pipeId }
        : undefined;
    case 'socket': {
      // Only sockets with queued bytes have something to show.
      const s = model.sockets.find((x) => x.id === f.socketId);
      if (s?.tcp?.inQueue?.length) return { kind: 'socket', id: s.id, queue: 'in' };
      if (s?.tcp?.outQueue?.length) return { kind: 'socket', id: s.id, queue: 'out' };
      return s?.queued.length ? { kind: 'socket', id: s.id, queue: 0 } : undefined;
    }
    case 'tty':
      return f.buffered ? { kind: 'tty', id: f.id } : undefined;
    default:
      return undefined;
  }
}

export function fdRows(model: CheckpointModel, processes: ProcessInfo[]): FdRow[] {
  const files = new Map(model.files.map((f) => [f.id, f]));
  const out: FdRow[] = [];
  for (const p of processes)
    for (const fd of p.fds) {
      const f = files.get(fd.fileId);
      const reg = f?.kind === 'regular' ? f : undefined;
      const path =
        f && 'path' in f && typeof f.path === 'string'
          ? f.path
          : f?.kind === 'memfd'
            ? `memfd:${f.name}`
            : '';
      const ref = f && fileContentRef(model, f);
      out.push({
        pid: p.pid,
        comm: p.comm,
        fd: fd.fd,
        fileId: fd.fileId,
        type: fd.type,
        kind: f?.kind ?? '',
        description: fd.description,
        path,
        flags: f?.flags.join(' ') ?? '',
        ...(reg?.pos !== undefined ? { pos: reg.pos.toString() } : {}),
        ...(reg?.size !== undefined ? { size: reg.size.toString() } : {}),
        mode: reg?.modeString ?? '',
        deleted: reg?.deleted ?? false,
        cloexec: fd.cloexec,
        lock: fd.locks?.join('; ') ?? '',
        ...(ref ? { content: ref } : {}),
      });
    }
  return out;
}

function preview(s: SocketInfo): string {
  const parts = [s.tcp?.inQueue, s.tcp?.outQueue, ...s.queued].filter(
    (b): b is Uint8Array => !!b && b.length > 0,
  );
  return parts.map((b) => printableText(b.subarray(0, PREVIEW_BYTES))).join(' | ');
}

export function socketRow(s: SocketInfo, model: CheckpointModel): SocketRow {
  const peer =
    s.peerId !== undefined
      ? (model.sockets.find((x) => x.id === s.peerId)?.description ?? `socket ${s.peerId}`)
      : s.peerIno
        ? `ino ${s.peerIno}`
        : '';
  return {
    id: s.id,
    ino: s.ino,
    family: s.family,
    type: s.type,
    protocol: s.protocol,
    state: s.state,
    localAddress: s.local?.address ?? '',
    ...(s.local ? { localPort: s.local.port } : {}),
    remoteAddress: s.remote?.address ?? '',
    ...(s.remote ? { remotePort: s.remote.port } : {}),
    unixPath: s.unixPath ?? '',
    peer,
    holders: holderText(s.holders),
    pids: [...new Set(s.holders.map((h) => h.pid))],
    inQueue: s.tcp?.inQueue?.length ?? 0,
    outQueue: s.tcp?.outQueue?.length ?? 0,
    queuedPackets: s.queued.length,
    queuedBytes: s.queued.reduce((n, b) => n + b.length, 0),
    preview: preview(s),
    description: s.description,
  };
}

export function socketQueues(s: SocketInfo): SocketQueue[] {
  const out: SocketQueue[] = [];
  if (s.tcp?.inQueue?.length)
    out.push({
      label: 'TCP receive queue (in)',
      length: s.tcp.inQueue.length,
      ref: { kind: 'socket', id: s.id, queue: 'in' },
    });
  if (s.tcp?.outQueue?.length)
    out.push({
      label: 'TCP send queue (out)',
      length: s.tcp.outQueue.length,
      ref: { kind: 'socket', id: s.id, queue: 'out' },
    });
  s.queued.forEach((b, i) =>
    out.push({
      label: `queued packet ${i + 1}`,
      length: b.length,
      ref: { kind: 'socket', id: s.id, queue: i },
    }),
  );
  return out;
}

function holdersOf(model: CheckpointModel, fileIds: number[]): string {
  const ids = new Set(fileIds);
  return holderText(model.files.filter((f) => ids.has(f.id)).flatMap((f) => f.holders));
}

export function ghostRows(model: CheckpointModel): GhostRow[] {
  return model.ghostFiles.map((g) => ({
    ghostId: g.ghostId,
    path: g.path ?? '',
    size: Number(g.size ?? g.content?.length ?? 0),
    mode: g.modeString ?? '',
    ...(g.uid !== undefined ? { uid: g.uid } : {}),
    ...(g.gid !== undefined ? { gid: g.gid } : {}),
    atime: g.atime ?? '',
    mtime: g.mtime ?? '',
    symlinkTarget: g.symlinkTarget ?? '',
    holders: holdersOf(model, g.fileIds),
    hasContent: !!g.content,
  }));
}

export function memfdRows(model: CheckpointModel): MemfdRow[] {
  return model.memfds.map((m) => ({
    inodeId: m.inodeId,
    name: m.name,
    size: Number(m.size ?? m.content?.length ?? 0),
    mode: m.mode !== undefined ? '0' + (m.mode & 0o7777).toString(8) : '',
    seals: m.seals.join(' '),
    holders: holdersOf(model, m.fileIds),
    hasContent: !!m.content,
  }));
}

export function pipeRows(model: CheckpointModel): PipeRow[] {
  return model.pipes.map((p) => ({
    kind: p.kind,
    pipeId: p.pipeId,
    path: p.path ?? '',
    readers: holderText(p.readers),
    writers: holderText(p.writers),
    buffered: p.buffered?.length ?? 0,
    ...(p.bufferSize !== undefined ? { bufferSize: p.bufferSize } : {}),
  }));
}

export function vmaRow(v: ProcessVma, pid: number): VmaRow {
  return {
    pid,
    start: hex(v.start),
    end: hex(v.end),
    size: Number(v.size),
    prot: v.prot,
    kind: v.kind,
    path:
      v.path ??
      (v.kind === 'file-private' || v.kind === 'file-shared' || v.kind === 'anon-private'
        ? ''
        : `[${v.kind}]`),
    offset: hex(v.offset),
    flags: v.flags.join(' '),
    status: v.status.join(' '),
    shared: v.shared,
    pagesDumped: v.pagesDumped,
    pagesInImage: v.pagesInImage,
    pagesInParent: v.pagesInParent,
  };
}

export function mountRow(m: MountInfo): MountRow {
  return { ...m, flags: m.flags.join(' '), superblockFlags: m.superblockFlags.join(' ') };
}

/**
 * Open file descriptors keyed by pid and fd. checkpointctl keys them by pid:fd:path, so a
 * descriptor reopened on another file shows as one removed and one added; here it is one
 * changed fd, and what moved inside the same file (position, size, a timer's next expiry, an
 * eventfd counter, buffered pipe bytes) is reported too.
 */
import type { CheckpointModel, FileObject, PipeInfo, SocketInfo } from '../../model/types.ts';
import { compareFacts, listText, pairByKey, statusOf, valueText, type Facts } from './keyed.ts';
import type { FdDiff } from './types.ts';

interface FdRow {
  pid: number;
  fd: number;
  type: string;
  cloexec: boolean;
  file?: FileObject;
}

/** What the fd refers to, in words that do not change while the object stays the same. */
export function fileTarget(
  file: FileObject | undefined,
  type: string,
  socket?: SocketInfo,
): string {
  if (!file) return type;
  switch (file.kind) {
    case 'regular':
      return file.path + (file.deleted ? ' (deleted)' : '');
    case 'pipe':
      return `pipe[${file.pipeId}] (${file.end} end)`;
    case 'fifo':
      return `fifo ${file.path ?? `[${file.pipeId}]`} (${file.end} end)`;
    case 'socket':
      return socket ? socketAddressText(socket) : type;
    case 'memfd':
      return `memfd:${file.name}`;
    case 'timerfd':
      return `timerfd ${file.clock}`;
    case 'signalfd':
      return 'signalfd';
    case 'eventfd':
      return 'eventfd';
    case 'epoll':
      return 'epoll';
    case 'inotify':
    case 'fanotify':
      return file.kind;
    case 'tty':
      return file.path ?? `tty ${file.ttyType ?? ''}`.trim();
    case 'other':
      return file.description || type;
  }
}

function socketAddressText(s: SocketInfo): string {
  const end = (e: { address: string; port: number } | undefined) =>
    e ? `${e.address}:${e.port}` : '';
  if (s.family === 'UNIX') return `UNIX ${s.type} ${s.unixPath ?? '(unnamed)'}`;
  const remote = s.remote && s.remote.port !== 0 ? ` -> ${end(s.remote)}` : '';
  return `${s.protocol || s.family} ${end(s.local)}${remote}`;
}

function pipeBuffered(pipes: Map<number, PipeInfo>, pipeId: number): string | undefined {
  const p = pipes.get(pipeId);
  return p?.buffered ? `${p.buffered.length} bytes` : '0 bytes';
}

const timeText = (t: { sec: bigint; nsec: bigint }) =>
  `${t.sec}.${t.nsec.toString().padStart(9, '0')}s`;

/** Everything about the file object that can change while the fd stays open on it. */
function fileFacts(file: FileObject | undefined, pipes: Map<number, PipeInfo>): Facts {
  if (!file) return {};
  const facts: Facts = { 'open flags': listText(file.flags) };
  switch (file.kind) {
    case 'regular':
      facts['position'] = valueText(file.pos);
      facts['size'] = valueText(file.size);
      facts['mode'] = file.modeString;
      break;
    case 'pipe':
    case 'fifo':
      facts['buffered'] = pipeBuffered(pipes, file.pipeId);
      break;
    case 'eventfd':
      facts['counter'] = String(file.counter);
      break;
    case 'timerfd':
      facts['next expiry in'] = timeText(file.value);
      facts['interval'] = timeText(file.interval);
      facts['ticks'] = String(file.ticks);
      break;
    case 'signalfd':
      facts['signals'] = listText(file.signals);
      break;
    case 'epoll':
      facts['watching'] = listText(file.targets.map((t) => `fd ${t.fd} ${t.events.join('|')}`));
      break;
    case 'inotify':
    case 'fanotify':
      facts['watches'] = listText(
        file.watches.map((w) => `${w.path ?? w.inode} ${w.mask.join('|')}`),
      );
      break;
    case 'memfd':
      facts['size'] = valueText(file.size);
      facts['position'] = valueText(file.pos);
      facts['seals'] = listText(file.seals);
      break;
    default:
      break;
  }
  return facts;
}

function rows(m: CheckpointModel): FdRow[] {
  const byId = new Map(m.files.map((f) => [f.id, f]));
  const out: FdRow[] = [];
  for (const p of m.processes)
    for (const fd of p.fds) {
      const row: FdRow = { pid: p.pid, fd: fd.fd, type: fd.type, cloexec: fd.cloexec };
      const file = byId.get(fd.fileId);
      if (file) row.file = file;
      out.push(row);
    }
  return out;
}

export function diffFiles(a: CheckpointModel, b: CheckpointModel): FdDiff[] {
  const socketsA = new Map(a.sockets.map((s) => [s.id, s]));
  const socketsB = new Map(b.sockets.map((s) => [s.id, s]));
  const pipesA = new Map(a.pipes.map((p) => [p.pipeId, p]));
  const pipesB = new Map(b.pipes.map((p) => [p.pipeId, p]));
  const targetOf = (r: FdRow, sockets: Map<number, SocketInfo>) =>
    fileTarget(
      r.file,
      r.type,
      r.file?.kind === 'socket' ? sockets.get(r.file.socketId) : undefined,
    );
  const factsOf = (r: FdRow, sockets: Map<number, SocketInfo>, pipes: Map<number, PipeInfo>) => ({
    type: r.type,
    target: targetOf(r, sockets),
    cloexec: String(r.cloexec),
    ...fileFacts(r.file, pipes),
  });
  return pairByKey(rows(a), rows(b), (r) => `${r.pid}:${r.fd}`).map((pair) => {
    const changes =
      pair.a && pair.b
        ? compareFacts(factsOf(pair.a, socketsA, pipesA), factsOf(pair.b, socketsB, pipesB))
        : [];
    const r = (pair.b ?? pair.a)!;
    return {
      pid: r.pid,
      fd: r.fd,
      status: statusOf(pair, changes),
      type: r.type,
      target: pair.b ? targetOf(pair.b, socketsB) : targetOf(r, socketsA),
      changes,
    };
  });
}

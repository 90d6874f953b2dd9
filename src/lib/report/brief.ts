/**
 * A container's model in brief, for the report: identity, the process tree, listening and
 * connected sockets, file-system changes — each list capped, with its full length, so a
 * report of a checkpoint with 100,000 files stays small and still says how many there were.
 */
import { buildForest, forestLines } from '../model/process-forest.ts';
import type { CheckpointModel, SocketEndpoint, SocketInfo } from '../model/types.ts';
import {
  REPORT_IDENTITY_FIELDS,
  type Brief,
  type ReportContainer,
  type ReportIdentity,
  type ReportSocket,
} from './types.ts';

/** How many items of each list a report shows unless told otherwise. */
export const REPORT_LIST_LIMIT = 50;

export function brief<T>(items: readonly T[], limit: number): Brief<T> {
  return { total: items.length, shown: items.slice(0, Math.max(0, limit)) };
}

function identityOf(model: CheckpointModel): ReportIdentity {
  const c = model.container;
  const out: ReportIdentity = { engine: c.engine };
  for (const key of REPORT_IDENTITY_FIELDS) {
    const value = c[key];
    if (value !== undefined && value !== '') out[key] = value;
  }
  return out;
}

function endpointText(e: SocketEndpoint | undefined, family: string): string {
  if (!e) return '?';
  return family === 'INET6' ? `[${e.address}]:${e.port}` : `${e.address}:${e.port}`;
}

function socketRow(s: SocketInfo): ReportSocket {
  const holder = s.holders[0];
  const unix = s.family === 'UNIX';
  return {
    ...(holder ? { pid: holder.pid, fd: holder.fd } : {}),
    protocol: unix ? `UNIX ${s.type}` : `${s.protocol}${s.family === 'INET6' ? '6' : ''}`,
    state: s.state,
    local: unix ? (s.unixPath ?? '(unnamed)') : endpointText(s.local, s.family),
    ...(!unix && s.remote && s.remote.port !== 0
      ? { remote: endpointText(s.remote, s.family) }
      : {}),
  };
}

const isInet = (s: SocketInfo) => s.family === 'INET' || s.family === 'INET6';
const connected = (s: SocketInfo) => isInet(s) && !!s.remote && s.remote.port !== 0;

/** Waiting for peers: a TCP or UNIX listener, or a bound UDP socket with no peer. */
function isListening(s: SocketInfo): boolean {
  if (s.state === 'LISTEN') return true;
  return isInet(s) && s.protocol === 'UDP' && !connected(s) && (s.local?.port ?? 0) !== 0;
}

export function reportContainer(
  model: CheckpointModel,
  index: number,
  folder: string,
  limit = REPORT_LIST_LIMIT,
): ReportContainer {
  const procs = model.processes;
  const forest = buildForest(procs);
  // Only the lines shown are formatted: a checkpoint may hold many thousands of processes.
  const lines = forestLines(forest);
  const processes = {
    total: lines.length,
    shown: lines.slice(0, limit).map(({ index: i, depth }) => {
      const p = procs[i];
      return {
        pid: p.pid,
        ppid: p.ppid,
        depth,
        comm: p.comm,
        state: p.state,
        ...(p.exe !== undefined ? { exe: p.exe + (p.exeDeleted ? ' (deleted)' : '') } : {}),
        ...(p.cmdline !== undefined ? { cmdline: p.cmdline.join(' ') } : {}),
      };
    }),
  };
  const listening = model.sockets.filter(isListening);
  const established = model.sockets.filter((s) => connected(s) && s.state !== 'LISTEN');
  const changed = model.fsChanges.rootfsDiff?.entries.filter((e) => e.type !== 'directory') ?? [];
  return {
    index,
    folder,
    identity: identityOf(model),
    processes,
    listening: { total: listening.length, shown: listening.slice(0, limit).map(socketRow) },
    established: { total: established.length, shown: established.slice(0, limit).map(socketRow) },
    changedFiles: {
      total: changed.length,
      shown: changed.slice(0, limit).map((e) => ({
        path: e.path,
        type: e.type,
        size: e.size,
        ...(e.mtime !== undefined ? { mtime: e.mtime } : {}),
      })),
    },
    deletedFiles: brief(model.fsChanges.deletedFiles, limit),
  };
}

/**
 * The rows of the model's tables: flat and small, strings and numbers a person reads (hex
 * addresses, joined flags), so the page can filter, sort and export them without knowing the
 * model. Byte payloads (ghost files, memfds, socket queues…) stay behind a `ContentRef` and
 * are fetched one at a time, so a table never drags megabytes of evidence along.
 */
import type { MountInfo, SocketInfo } from '../model/types.ts';

export interface ProcessRow {
  pid: number;
  ppid: number;
  pgid: number;
  sid: number;
  comm: string;
  state: string;
  exitCode?: number;
  threads: number;
  children: number[];
  cmdline: string;
  exe: string;
  uid?: number;
  fds: number;
  vmas: number;
}

export interface FdRow {
  pid: number;
  comm: string;
  fd: number;
  fileId: number;
  type: string;
  kind: string;
  description: string;
  path: string;
  flags: string;
  pos?: string;
  size?: string;
  mode: string;
  deleted: boolean;
  cloexec: boolean;
  /** File locks held through this descriptor (`FLOCK LOCK_EX whole file`), `; `-separated. */
  lock: string;
  /** Content viewable through `content()`: a ghost file, a memfd, a pipe buffer or a socket. */
  content?: ContentRef;
}

/** A socket as a row: the model's names for it, its endpoints as text. */
export interface SocketRow extends Pick<
  SocketInfo,
  'id' | 'ino' | 'family' | 'type' | 'protocol' | 'state'
> {
  localAddress: string;
  localPort?: number;
  remoteAddress: string;
  remotePort?: number;
  /** UNIX path or abstract name (`@name`). */
  unixPath: string;
  peer: string;
  holders: string;
  pids: number[];
  inQueue: number;
  outQueue: number;
  /** sk-queues packets and their total size. */
  queuedPackets: number;
  queuedBytes: number;
  /** The first bytes of the queued data (in queue, out queue, packets), printable as text. */
  preview: string;
  description: string;
}

/** One queue of a socket, for the data viewer. */
export interface SocketQueue {
  label: string;
  length: number;
  ref: ContentRef;
}

export interface GhostRow {
  ghostId: number;
  path: string;
  size: number;
  mode: string;
  uid?: number;
  gid?: number;
  atime: string;
  mtime: string;
  symlinkTarget: string;
  holders: string;
  hasContent: boolean;
}

export interface MemfdRow {
  inodeId: number;
  name: string;
  size: number;
  mode: string;
  seals: string;
  holders: string;
  hasContent: boolean;
}

export interface PipeRow {
  kind: string;
  pipeId: number;
  path: string;
  readers: string;
  writers: string;
  buffered: number;
  bufferSize?: number;
}

export interface VmaRow {
  pid: number;
  start: string;
  end: string;
  size: number;
  prot: string;
  kind: string;
  path: string;
  offset: string;
  flags: string;
  status: string;
  shared: boolean;
  pagesDumped: number;
  pagesInImage: number;
  pagesInParent: number;
}

export type MountRow = Omit<MountInfo, 'flags' | 'superblockFlags'> & {
  flags: string;
  superblockFlags: string;
};

/** A byte payload held in the worker, fetched on demand and transferred. */
export type ContentRef =
  | { kind: 'ghost'; id: number; container?: number }
  | { kind: 'memfd'; id: number; container?: number }
  | { kind: 'pipe'; id: number; container?: number }
  | { kind: 'socket'; id: number; queue: 'in' | 'out' | number; container?: number }
  | { kind: 'tty'; id: number; container?: number }
  | { kind: 'shm'; namespace: number; id: number; container?: number }
  | { kind: 'msg'; namespace: number; id: number; index: number; container?: number }
  | { kind: 'fs'; member: string; path: string; container?: number };

/**
 * Row types of the model API (`model-api.ts`) that cross the worker boundary. The UI imports
 * them with `import type` only. Rows are flat and small: byte payloads (ghost files, memfds,
 * socket queues, rootfs-diff files) are fetched one at a time with `content(ref)`, so a
 * window of rows never drags megabytes of evidence along.
 */
import type {
  ContainerInfo,
  CriuInfo,
  Credentials,
  FileLockInfo,
  MountInfo,
  NamespacesInfo,
  CgroupSet,
  ProcessInfo,
  TarFileEntry,
} from '../src/lib/model/types.ts';

/** Every windowed call takes these; `filter` is a case-insensitive substring over the row. */
export interface WindowQuery {
  /** Container index (a pod checkpoint has several); 0 by default. */
  container?: number;
  filter?: string;
  offset?: number;
  limit?: number;
}

export interface RowWindow<T> {
  /** Rows matching the filter, before offset/limit. */
  total: number;
  offset: number;
  rows: T[];
}

export interface ModelContainer {
  index: number;
  /** Folder inside the archive (`` for a single container). */
  root: string;
  name: string;
  processCount: number;
}

export interface ContainerDetails {
  container: ContainerInfo;
  criu: Omit<CriuInfo, 'images'>;
  counts: Record<string, number>;
}

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

/** One process without its long lists (fds, maps): those come in windows. */
export type ProcessDetails = Omit<ProcessInfo, 'fds' | 'maps'> & {
  fdCount: number;
  vmaCount: number;
  /** Socket ids (files.img ids) this process holds. */
  socketIds: number[];
};

export type { Credentials };

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

export interface SocketRow {
  id: number;
  ino: number;
  family: string;
  type: string;
  protocol: string;
  state: string;
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

export interface FsEntryRow extends TarFileEntry {
  member: string;
}

export interface FsChangesView {
  rootfsDiff?: { member: string; entries: FsEntryRow[] };
  devShm?: { member: string; entries: FsEntryRow[] };
  deletedFiles: string[];
}

export interface IpcView {
  namespaceId: number;
  limits?: Record<string, string>;
  sharedMemory: {
    key: number;
    id: number;
    uid?: number;
    gid?: number;
    mode?: number;
    size: number;
    ref?: ContentRef;
  }[];
  messageQueues: {
    key: number;
    id: number;
    uid?: number;
    gid?: number;
    mode?: number;
    messages: { type: string; length: number; preview: string; ref: ContentRef }[];
  }[];
  semaphores: {
    key: number;
    id: number;
    uid?: number;
    gid?: number;
    mode?: number;
    values: number[];
  }[];
}

export interface SystemView {
  namespaces: NamespacesInfo;
  cgroups: CgroupSet[];
  fileLocks: FileLockInfo[];
  hostname?: string;
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

/** The tables `exportTable` can write. */
export type TableKind =
  'processes' | 'fds' | 'sockets' | 'ghosts' | 'memfds' | 'pipes' | 'mounts' | 'fs' | 'vmas';

export type ExportFormat = 'csv' | 'json';

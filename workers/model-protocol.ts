/**
 * Types of the model API (`model-api.ts`) that cross the worker boundary; the UI imports them
 * with `import type` only. The tables' rows are defined in `src/lib/table/` beside their
 * columns (re-exported here); byte payloads are fetched one at a time with `content(ref)`.
 */
import type {
  ContainerInfo,
  CriuInfo,
  Credentials,
  FileLockInfo,
  NamespacesInfo,
  CgroupSet,
  ProcessInfo,
  TarFileEntry,
} from '../src/lib/model/types.ts';
import type { ContentRef } from '../src/lib/table/row-types.ts';

export type {
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
} from '../src/lib/table/row-types.ts';

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

/** One process without its long lists (fds, maps): those come in windows. */
export type ProcessDetails = Omit<ProcessInfo, 'fds' | 'maps'> & {
  fdCount: number;
  vmaCount: number;
  /** Socket ids (files.img ids) this process holds. */
  socketIds: number[];
};

export type { Credentials };

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
    /** Byte ranges the checkpoint does not hold (never-touched pages): absent, not zeros. */
    notDumped?: { offset: number; length: number }[];
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

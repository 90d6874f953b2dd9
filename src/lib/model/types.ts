/**
 * The forensic model of one container checkpoint: what the UI shows and what
 * `inspect --json` exports. Plain data only (no classes, no functions) so it crosses the
 * worker boundary by structured clone. 64-bit values stay `bigint`; payloads stay
 * `Uint8Array` (see json.ts for how both are written out).
 */
import type { Engine } from '../archive/types.ts';
import type { VmaKind } from '../memory/types.ts';
import type { Problem } from '../problems.ts';
import type { TaskState } from './names/task-state.ts';
import type { WaitStatus } from './names/wait-status.ts';

export type { TaskState, WaitStatus };

export interface CheckpointModel {
  container: ContainerInfo;
  criu: CriuInfo;
  /** In pstree order; `children` link the tree. */
  processes: ProcessInfo[];
  /** Every files.img object, resolved, with the processes that hold it. */
  files: FileObject[];
  sockets: SocketInfo[];
  /** Pipes and FIFOs grouped by pipe inode, with both ends and their buffered bytes. */
  pipes: PipeInfo[];
  ghostFiles: GhostFile[];
  memfds: MemfdInfo[];
  ipc: IpcInfo[];
  fileLocks: FileLockInfo[];
  mounts: MountInfo[];
  namespaces: NamespacesInfo;
  cgroups: CgroupSet[];
  fsChanges: FsChanges;
  problems: Problem[];
}

// ---------------------------------------------------------------------------------------
// Container

export interface ContainerInfo {
  /** `Podman`, `CRI-O`, `containerd`, `unknown engine` or `bare CRIU` (no engine files). */
  engine: string;
  /** The same engine as `show --json` names it (`podman`, `cri-o`, …): one detection for both. */
  engineId: Engine;
  name?: string;
  id?: string;
  image?: string;
  imageId?: string;
  runtime?: string;
  createdTime?: string;
  checkpointedTime?: string;
  podName?: string;
  podNamespace?: string;
  hostname?: string;
  annotations: Record<string, string>;
  labels: Record<string, string>;
  network: NetworkInterface[];
  /** Ports the engine publishes (config.dump); undefined when the engine's files do not say. */
  publishedPorts?: PublishedPort[];
  /** OCI mounts from spec.dump. */
  ociMounts: OciMount[];
  /** OCI process args/env/cwd as configured (not as found in memory). */
  ociProcess?: { args: string[]; env: string[]; cwd?: string; user?: string };
  /** Files found next to the checkpoint images (config.dump, spec.dump, …). */
  rootFiles: string[];
  /** From dump.log (`Version: 4.2`) when the engine kept it. */
  criuVersion?: string;
  sizes: ContainerSizes;
}

/** Bytes, as checkpointctl reports them. */
export interface ContainerSizes {
  /** All CRIU images. */
  checkpoint: number;
  /** pages-*.img only. */
  memoryPages: number;
  rootFsDiff?: number;
}

export interface NetworkInterface {
  network?: string;
  interface?: string;
  ip?: string;
  mac?: string;
  gateway?: string;
}

export interface PublishedPort {
  /** Container port; with `range`, the first of `range` consecutive ports. */
  port: number;
  range: number;
  /** `tcp`, `udp` or `sctp`. */
  protocol: string;
}

export interface OciMount {
  destination: string;
  type?: string;
  source?: string;
  options: string[];
}

export interface CriuInfo {
  imageVersion?: number;
  lsm?: string;
  dumpRunId?: string;
  plugins: string[];
  /** Dump statistics (stats-dump), times in microseconds. */
  stats?: DumpStats;
  /** Raw inventory entry, for everything not lifted above. */
  inventory?: Record<string, unknown>;
  /** CRIU images present, with sizes. */
  images: { name: string; size: number }[];
  architecture?: string;
}

export interface DumpStats {
  freezingTimeUs?: bigint;
  frozenTimeUs?: bigint;
  memdumpTimeUs?: bigint;
  memwriteTimeUs?: bigint;
  irmapResolveUs?: bigint;
  pagesScanned?: bigint;
  pagesSkippedParent?: bigint;
  pagesWritten?: bigint;
  pagesLazy?: bigint;
  pageOutsTotal?: bigint;
  shpagesScanned?: bigint;
  shpagesSkippedParent?: bigint;
  shpagesWritten?: bigint;
}

// ---------------------------------------------------------------------------------------
// Processes

export interface ProcessInfo {
  pid: number;
  ppid: number;
  pgid: number;
  sid: number;
  children: number[];
  comm: string;
  state: TaskState;
  /**
   * Raw `tc.task_state` (1 alive, 2 dead — how CRIU dumps a zombie, so `state` is `zombie` —,
   * 3 stopped, 6 zombie).
   */
  stateCode?: number;
  /** A zombie's raw wait status as CRIU recorded it (`tc.exit_code`): 768 is `exit(3)`. */
  exitCode?: number;
  /** `exitCode` decoded: exited with status N, or killed by signal S (core dumped or not). */
  waitStatus?: WaitStatus;
  threads: ThreadInfo[];
  /** argv read from memory; undefined when the pages were not dumped. */
  cmdline?: string[];
  environ?: string[];
  /** Why cmdline/environ are missing or partial. */
  memoryNotes: string[];
  /**
   * The executable: its path, or `memfd:NAME` for a program run from a memfd (`fexecve`).
   * A deleted executable keeps its old path here; `exeDeleted` says it is gone.
   */
  exe?: string;
  /** files.img id of the executable (mm `exe_file_id`). */
  exeFileId?: number;
  /**
   * The executable was unlinked while the process ran it (`/proc/pid/exe` said `(deleted)`).
   * `exeGhostId` names the ghost file when CRIU kept its contents.
   */
  exeDeleted?: boolean;
  /** The ghost-file id (CheckpointModel.ghostFiles) holding a deleted executable's bytes. */
  exeGhostId?: number;
  /**
   * Set when the executable is a memfd (no file on any file system): its inode id in
   * CheckpointModel.memfds, whose `content` is the program.
   */
  exeMemfd?: { inodeId: number; name: string };
  cwd?: string;
  root?: string;
  umask?: number;
  creds?: Credentials;
  /**
   * `mode` is `disabled`, `strict` or `filter`; `not recorded` for a zombie, whose core CRIU
   * writes with the state, exit status, name and personality only (no seccomp mode, signal
   * dispositions, credentials, limits, threads, files or memory).
   */
  seccomp: { mode: string; filterIndex?: number };
  personality: { value: number; names: string[] };
  rlimits: Rlimit[];
  /** Only handlers that differ from SIG_DFL with no flags. */
  signalHandlers: SignalHandler[];
  blockedSignals: string[];
  pendingSignals: string[];
  loginuid?: number;
  oomScoreAdj?: number;
  childSubreaper?: boolean;
  /** Namespace ids from ids-<pid>.img (pid, net, ipc, uts, mnt, user, cgroup, time). */
  namespaces: Record<string, number>;
  /** vm/files/fs/sighand ids: equal ids mean shared (CLONE_VM, CLONE_FILES…). */
  sharing: Record<string, number>;
  cgroupSet?: number;
  fds: FdInfo[];
  maps: ProcessVma[];
  mm?: MmInfo;
  /** The file locks this process holds (the subset of CheckpointModel.fileLocks with its pid). */
  fileLocks?: FileLockInfo[];
}

export interface ThreadInfo {
  tid: number;
  comm: string;
  state?: TaskState;
  blockedSignals: string[];
  pendingSignals: string[];
  seccompMode?: string;
  creds?: Credentials;
  schedPolicy?: number;
  schedNice?: number;
}

export interface Credentials {
  uid: number;
  gid: number;
  euid: number;
  egid: number;
  suid: number;
  sgid: number;
  fsuid: number;
  fsgid: number;
  groups: number[];
  capInheritable: string[];
  capPermitted: string[];
  capEffective: string[];
  capBounding: string[];
  capAmbient: string[];
  secbits?: number;
  noNewPrivs?: boolean;
  lsmProfile?: string;
}

export interface Rlimit {
  name: string;
  /** `unlimited` for RLIM_INFINITY. */
  soft: bigint | 'unlimited';
  hard: bigint | 'unlimited';
}

export interface SignalHandler {
  signal: string;
  number: number;
  /** `SIG_IGN`, or the handler address in hex. */
  handler: string;
  flags: string[];
  mask: string[];
}

export interface MmInfo {
  startCode?: bigint;
  endCode?: bigint;
  startData?: bigint;
  endData?: bigint;
  startStack?: bigint;
  startBrk?: bigint;
  brk?: bigint;
  argStart?: bigint;
  argEnd?: bigint;
  envStart?: bigint;
  envEnd?: bigint;
  dumpable?: number;
  /** Pages dumped for this process (pagemap), and how many of them are in the image. */
  pagesInPagemap: number;
  pagesPresent: number;
}

/**
 * A VMA as the model shows it: the memory layer's `VmaInfo` (memory/types.ts, the one reading
 * of mm-<pid>.img) with its bits named, what backs it in the model's words, and how many of its
 * pages the checkpoint holds (`model/vmas.ts` builds it from `CheckpointMemory.vmas`).
 */
export interface ProcessVma {
  start: bigint;
  end: bigint;
  size: bigint;
  /** `r-x` style. */
  prot: string;
  flags: string[];
  status: string[];
  /** What backs the mapping: a path, or `[stack]`, `[heap]`, `[vdso]`, `shmem`, … */
  kind: VmaKind;
  path?: string;
  /** File offset in bytes (pgoff). */
  offset?: bigint;
  shared: boolean;
  /** Pages of this VMA listed in the pagemap, and how many of them are stored in pages-*.img. */
  pagesDumped: number;
  pagesInImage: number;
  pagesInParent: number;
  pagesLazy: number;
  madvise: string[];
}

/** One classification of VMAs for the model and the memory layer (`vmaKind` in memory/vma.ts). */
export type { VmaKind };

// ---------------------------------------------------------------------------------------
// Files

export interface FdInfo {
  fd: number;
  fileId: number;
  type: string;
  cloexec: boolean;
  /** One line: a path, `pipe[ino] (read end)`, `TCP 127.0.0.1:8080 LISTEN`, … */
  description: string;
  /** Locks held through this descriptor, one line each (`FLOCK LOCK_EX whole file`). */
  locks?: string[];
}

export interface FileHolder {
  pid: number;
  fd: number;
}

interface FileBase {
  id: number;
  /** fd_types name (REG, PIPE, INETSK…). */
  type: string;
  description: string;
  holders: FileHolder[];
  /** open(2) flags as names (O_RDWR, O_APPEND…) and their raw value. */
  flags: string[];
  flagsRaw?: number;
}

export interface RegularFile extends FileBase {
  kind: 'regular';
  path: string;
  pos?: bigint;
  size?: bigint;
  mode?: number;
  modeString?: string;
  mntId?: number;
  /** Unlinked while open: content is in a ghost file (`ghostId`) or a link-remap. */
  deleted: boolean;
  remap?: { type: string; remapId: number; ghostId?: number; linkedPath?: string };
}

export interface PipeEnd extends FileBase {
  kind: 'pipe' | 'fifo';
  pipeId: number;
  /** FIFO: the path it was opened by (its files.img REG entry `regfId`). */
  path?: string;
  regfId?: number;
  end: 'read' | 'write' | 'read-write';
}

export interface SocketFile extends FileBase {
  kind: 'socket';
  /** Index into CheckpointModel.sockets by `id`. */
  socketId: number;
}

export interface EventfdFile extends FileBase {
  kind: 'eventfd';
  counter: bigint;
}

export interface TimerfdFile extends FileBase {
  kind: 'timerfd';
  clock: string;
  ticks: bigint;
  settimeFlags: number;
  /** Time to next expiry and interval (seconds + nanoseconds). */
  value: { sec: bigint; nsec: bigint };
  interval: { sec: bigint; nsec: bigint };
}

export interface SignalfdFile extends FileBase {
  kind: 'signalfd';
  signals: string[];
  mask: bigint;
}

export interface EpollFile extends FileBase {
  kind: 'epoll';
  targets: { fd: number; events: string[]; data: bigint; fileId?: number; target?: string }[];
}

export interface InotifyFile extends FileBase {
  kind: 'inotify' | 'fanotify';
  watches: {
    wd?: number;
    path?: string;
    mask: string[];
    ignoredMask?: string[];
    inode?: bigint;
    dev?: number;
  }[];
}

export interface MemfdFile extends FileBase {
  kind: 'memfd';
  name: string;
  inodeId: number;
  pos?: bigint;
  size?: bigint;
  seals: string[];
}

export interface TtyFile extends FileBase {
  kind: 'tty';
  ttyType?: string;
  index?: number;
  rdev?: number;
  path?: string;
  /** Unread input pending in the terminal (tty-data.img). */
  buffered?: Uint8Array;
  details?: Record<string, unknown>;
}

export interface OtherFile extends FileBase {
  kind: 'other';
  /** The files.img sub-message as decoded. */
  details?: Record<string, unknown>;
}

export type FileObject =
  | RegularFile
  | PipeEnd
  | SocketFile
  | EventfdFile
  | TimerfdFile
  | SignalfdFile
  | EpollFile
  | InotifyFile
  | MemfdFile
  | TtyFile
  | OtherFile;

export interface PipeInfo {
  kind: 'pipe' | 'fifo';
  pipeId: number;
  path?: string;
  readers: FileHolder[];
  writers: FileHolder[];
  /** Unread bytes in the pipe buffer (pipes-data / fifo-data). */
  buffered?: Uint8Array;
  bufferSize?: number;
}

export interface GhostFile {
  /** The ghost-file-<id> image. */
  ghostId: number;
  /** files.img REG ids that are this deleted file. */
  fileIds: number[];
  path?: string;
  mode?: number;
  modeString?: string;
  uid?: number;
  gid?: number;
  size?: bigint;
  atime?: string;
  mtime?: string;
  /** `atime`/`mtime` exact, in microseconds since the epoch (CRIU records tv_sec + tv_usec). */
  atimeUs?: bigint;
  mtimeUs?: bigint;
  content?: Uint8Array;
  symlinkTarget?: string;
}

export interface MemfdInfo {
  inodeId: number;
  name: string;
  /** CRIU dumps MAP_SHARED|MAP_ANONYMOUS memory as a memfd named `/dev/zero`. */
  sharedAnonymous: boolean;
  size?: bigint;
  mode?: number;
  uid?: number;
  gid?: number;
  seals: string[];
  shmid?: bigint;
  fileIds: number[];
  /** Mapped only (no fd) when no fd refers to it, e.g. MAP_SHARED anonymous memory. */
  content?: Uint8Array;
  /** Ranges of `content` the checkpoint does not hold (zero there, not data). */
  notDumped?: ByteRange[];
}

// ---------------------------------------------------------------------------------------
// Sockets

export interface SocketEndpoint {
  address: string;
  port: number;
}

export interface SocketInfo {
  /** files.img id. */
  id: number;
  ino: number;
  family: string;
  type: string;
  protocol: string;
  state: string;
  local?: SocketEndpoint;
  remote?: SocketEndpoint;
  /** UNIX: bound path, or abstract name (leading NUL shown as `@`). */
  unixPath?: string;
  abstract?: boolean;
  /** The bound socket file was unlinked while the socket stayed open. */
  unixDeleted?: boolean;
  peerIno?: number;
  /** Files.img id of the peer socket when it is in the checkpoint. */
  peerId?: number;
  backlog?: number;
  sendBuffer?: number;
  receiveBuffer?: number;
  shutdown?: number;
  interface?: string;
  holders: FileHolder[];
  /** TCP queues from tcp-stream-<ino>.img. */
  tcp?: { inQueue?: Uint8Array; outQueue?: Uint8Array; inSeq?: number; outSeq?: number };
  /** Queued datagrams / stream data from sk-queues.img, in order. */
  queued: Uint8Array[];
  description: string;
  details?: Record<string, unknown>;
}

// ---------------------------------------------------------------------------------------
// IPC, locks, mounts, namespaces, cgroups

/** A stretch of a payload, by byte offset. */
export interface ByteRange {
  offset: number;
  length: number;
}

export interface IpcInfo {
  namespaceId: number;
  limits?: Record<string, unknown>;
  sharedMemory: {
    key: number;
    id: number;
    uid?: number;
    gid?: number;
    mode?: number;
    size?: bigint;
    /** The segment's bytes as dumped; ranges in `notDumped` are zero here and not data. */
    content?: Uint8Array;
    /** Pages of the segment the checkpoint does not hold (CRIU skips never-touched pages). */
    notDumped?: ByteRange[];
  }[];
  messageQueues: {
    key: number;
    id: number;
    uid?: number;
    gid?: number;
    mode?: number;
    messages: { type: bigint; data: Uint8Array }[];
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

export interface FileLockInfo {
  /** `POSIX`, `FLOCK`, `OFD` or `LEASE` (filelocks.img `flag`). */
  kind: string;
  /** `LOCK_SH`/`LOCK_EX` for a flock; `F_RDLCK`/`F_WRLCK` for the others. */
  type: string;
  /** The process and descriptor CRIU recorded as holding it (for an OFD lock: the fd's holder). */
  pid: number;
  fd: number;
  start: bigint;
  /** 0 means to the end of the file. */
  length: bigint;
  /** `whole file`, `bytes 100–199`, `from byte N to EOF`. */
  range: string;
  path?: string;
}

export interface MountInfo {
  namespaceId: number;
  mntId: number;
  parentMntId?: number;
  mountpoint: string;
  root?: string;
  fstype: string;
  source?: string;
  options?: string;
  flags: string[];
  superblockFlags: string[];
  shared?: number;
  master?: number;
  external?: string;
}

export interface NamespacesInfo {
  uts: { id: number; hostname?: string; domainname?: string }[];
  time: {
    id: number;
    monotonic?: { sec: bigint; nsec: number };
    boottime?: { sec: bigint; nsec: number };
  }[];
  /** Namespace id → the processes in it, per kind. */
  membership: { kind: string; id: number; pids: number[] }[];
}

export interface CgroupSet {
  id: number;
  controllers: { name: string; path: string }[];
}

// ---------------------------------------------------------------------------------------
// File-system changes of the container

export interface TarFileEntry {
  path: string;
  type: 'file' | 'hardlink' | 'symlink' | 'chardev' | 'blockdev' | 'directory' | 'fifo' | 'other';
  size: number;
  mode: number;
  modeString?: string;
  mtime?: string;
  uid?: number;
  gid?: number;
  linkTarget?: string;
}

export interface TarListing {
  member: string;
  entries: TarFileEntry[];
}

export interface FsChanges {
  rootfsDiff?: TarListing;
  deletedFiles: string[];
  devShm?: TarListing;
}

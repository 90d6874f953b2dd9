// The CRIU image types as data: magic numbers (criu/include/magic.h), the
// names crit prints in "magic", the protobuf message of each entry, how the
// payload after each entry is laid out, and the file names CRIU gives them
// (criu/image-desc.c). Images without any magic ("raw") are listed apart.
import type * as criu from './generated/criu.js';

/** Head magic of every image except inventory.img (image format v1.1). */
export const IMG_COMMON_MAGIC = 0x54564319;
/** Head magic of the "service" images: stats-* and irmap-cache. */
export const IMG_SERVICE_MAGIC = 0x55105940;
/** Pseudo-magic of raw images, which start with their data instead. */
export const RAW_IMAGE_MAGIC = 0;

/** Names of the message types the generated module exports. */
export type MessageName = {
  [K in keyof typeof criu]: (typeof criu)[K] extends { decode: unknown } ? K : never;
}[keyof typeof criu];

/** Which head magic precedes the type magic. */
export type HeadMagic = 'common' | 'service' | 'none';

/**
 * How an image continues after the framing `[u32 size][message]`:
 * - `entries`: nothing else, entries repeat to the end;
 * - `pagemap`: the first entry is `auxMessage` (pagemap_head), the rest `message`;
 * - `ghost-file`: one `message`, then chunk records (`auxMessage`) with data, or raw data to EOF;
 * - `pipe-data`: each entry is followed by `bytes` raw bytes;
 * - `sk-queue`: each entry is followed by `length` raw bytes;
 * - `tcp-stream`: the entry is followed by `inq_len` then `outq_len` bytes;
 * - `bpfmap-data`: each entry is followed by `keys_bytes + values_bytes` bytes;
 * - `ipc-sem`: each entry is followed by `nsems` u16 values, padded to 8 bytes;
 * - `ipc-msg`: each entry is followed by `qnum` × ([u32 size][`auxMessage`] + `msize` bytes padded to 8);
 * - `ipc-shm`: unless `in_pagemaps`, each entry is followed by `size` bytes padded to 4.
 */
/** How an image's entries are laid out: plain entries, a head first, or a payload after each. */
export type EntryLayout =
  | 'entries'
  | 'pagemap'
  | 'ghost-file'
  | 'pipe-data'
  | 'sk-queue'
  | 'tcp-stream'
  | 'bpfmap-data'
  | 'ipc-sem'
  | 'ipc-msg'
  | 'ipc-shm';

export interface ImageType {
  /** As crit prints it in `"magic"`. */
  readonly name: string;
  /** The type magic (second u32 when a head magic is present). */
  readonly magic: number;
  readonly head: HeadMagic;
  /** Message type of the entries. */
  readonly message: MessageName;
  /** The other message type some layouts use (see EntryLayout). */
  readonly auxMessage?: MessageName;
  readonly kind: EntryLayout;
  /** File names CRIU writes this image under. */
  readonly files: readonly RegExp[];
  /** Only written by old CRIU versions (the data moved elsewhere since). */
  readonly legacy?: boolean;
  readonly description: string;
}

const ID = String.raw`\d+`;
const HEX = '[0-9a-f]+';
const SIGNED = String.raw`-?\d+`;

/** `name` → /^name\.img$/, with %u/%x/%d replaced by their digit classes. */
function img(pattern: string, suffix = '.img'): RegExp {
  const escaped = (pattern + suffix).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const body = escaped.replaceAll('%u', ID).replaceAll('%x', HEX).replaceAll('%d', SIGNED);
  return new RegExp(`^${body}$`);
}

type Row = Omit<ImageType, 'head' | 'kind' | 'files'> & {
  head?: HeadMagic;
  kind?: EntryLayout;
  files: readonly RegExp[];
};

const rows: readonly Row[] = [
  // --- process tree and tasks
  {
    name: 'INVENTORY',
    magic: 0x58313116,
    head: 'none',
    message: 'inventory_entry',
    files: [img('inventory')],
    description: 'image format version, root ids, LSM, dump run id',
  },
  {
    name: 'PSTREE',
    magic: 0x50273030,
    message: 'pstree_entry',
    files: [img('pstree')],
    description: 'process tree: pid, ppid, pgid, sid, threads',
  },
  {
    name: 'CORE',
    magic: 0x55053847,
    message: 'core_entry',
    files: [img('core-%u')],
    description: 'one thread: registers, task and thread state, creds',
  },
  {
    name: 'IDS',
    magic: 0x54432030,
    message: 'task_kobj_ids_entry',
    files: [img('ids-%u')],
    description: 'ids of the kernel objects and namespaces a task uses',
  },
  {
    name: 'FS',
    magic: 0x51403912,
    message: 'fs_entry',
    files: [img('fs-%u')],
    description: 'cwd, root and umask of a task',
  },
  {
    name: 'MM',
    magic: 0x57492820,
    message: 'mm_entry',
    files: [img('mm-%u')],
    description: 'address space layout and VMAs',
  },
  {
    name: 'VMAS',
    magic: 0x54123737,
    message: 'vma_entry',
    files: [img('vmas-%u')],
    legacy: true,
    description: 'VMAs (now in mm)',
  },
  {
    name: 'PAGEMAP',
    magic: 0x56084025,
    message: 'pagemap_entry',
    auxMessage: 'pagemap_head',
    kind: 'pagemap',
    files: [img('pagemap-%u'), img('pagemap-shmem-%u')],
    description: 'which pages were dumped, and where their data is',
  },
  {
    name: 'SIGACT',
    magic: 0x55344201,
    message: 'sa_entry',
    files: [img('sigacts-%u')],
    legacy: true,
    description: 'signal handlers (now in core)',
  },
  {
    name: 'ITIMERS',
    magic: 0x57464056,
    message: 'itimer_entry',
    files: [img('itimers-%u')],
    legacy: true,
    description: 'interval timers (now in core)',
  },
  {
    name: 'POSIX_TIMERS',
    magic: 0x52603957,
    message: 'posix_timer_entry',
    files: [img('posix-timers-%u')],
    legacy: true,
    description: 'POSIX timers (now in core)',
  },
  {
    name: 'CREDS',
    magic: 0x54023547,
    message: 'creds_entry',
    files: [img('creds-%u')],
    legacy: true,
    description: 'credentials (now in core)',
  },
  {
    name: 'RLIMIT',
    magic: 0x57113925,
    message: 'rlimit_entry',
    files: [img('rlimit-%u')],
    legacy: true,
    description: 'resource limits (now in core)',
  },
  {
    name: 'SIGNAL',
    magic: 0x59255647,
    message: 'siginfo_entry',
    files: [img('signal-s-%d'), img('signal-p-%d')],
    legacy: true,
    description: 'pending signals, shared (s) and private (p) (now in core)',
  },
  {
    name: 'SECCOMP',
    magic: 0x64413049,
    message: 'seccomp_entry',
    files: [img('seccomp')],
    description: 'seccomp filter chains',
  },
  {
    name: 'APPARMOR',
    magic: 0x59423047,
    message: 'apparmor_entry',
    files: [img('apparmor')],
    description: 'AppArmor namespaces and policies',
  },
  // --- files
  {
    name: 'FDINFO',
    magic: 0x56213732,
    message: 'fdinfo_entry',
    files: [img('fdinfo-%u')],
    description: 'descriptor table: fd → file id',
  },
  {
    name: 'FILES',
    magic: 0x56303138,
    message: 'file_entry',
    files: [img('files')],
    description: 'every open file description, of every kind',
  },
  {
    name: 'REG_FILES',
    magic: 0x50363636,
    message: 'reg_file_entry',
    files: [img('reg-files')],
    legacy: true,
    description: 'regular files (now in files)',
  },
  {
    name: 'EXT_FILES',
    magic: 0x59255641,
    message: 'ext_file_entry',
    files: [img('ext-files')],
    legacy: true,
    description: 'plugin-handled files (now in files)',
  },
  {
    name: 'NS_FILES',
    magic: 0x61394011,
    message: 'ns_file_entry',
    files: [img('ns-files')],
    legacy: true,
    description: 'open namespace files (now in files)',
  },
  {
    name: 'REMAP_FPATH',
    magic: 0x59133954,
    message: 'remap_file_path_entry',
    files: [img('remap-fpath')],
    description: 'files whose path was unlinked or moved: link-remaps and ghosts',
  },
  {
    name: 'GHOST_FILE',
    magic: 0x52583605,
    message: 'ghost_file_entry',
    auxMessage: 'ghost_chunk_entry',
    kind: 'ghost-file',
    files: [img('ghost-file-%x')],
    description: 'contents of a deleted file that was still open',
  },
  {
    name: 'MEMFD_INODE',
    magic: 0x48453499,
    message: 'memfd_inode_entry',
    files: [img('memfd')],
    description: 'memfd inodes (contents in pagemap-shmem)',
  },
  {
    name: 'PIPES',
    magic: 0x56513555,
    message: 'pipe_entry',
    files: [img('pipes')],
    legacy: true,
    description: 'pipes (now in files)',
  },
  {
    name: 'PIPES_DATA',
    magic: 0x56453709,
    message: 'pipe_data_entry',
    kind: 'pipe-data',
    files: [img('pipes-data')],
    description: 'unread data in pipes',
  },
  {
    name: 'FIFO',
    magic: 0x58364939,
    message: 'fifo_entry',
    files: [img('fifo')],
    legacy: true,
    description: 'FIFOs (now in files)',
  },
  {
    name: 'FIFO_DATA',
    magic: 0x59333054,
    message: 'pipe_data_entry',
    kind: 'pipe-data',
    files: [img('fifo-data')],
    description: 'unread data in FIFOs',
  },
  {
    name: 'EVENTFD_FILE',
    magic: 0x44523722,
    message: 'eventfd_file_entry',
    files: [img('eventfd')],
    legacy: true,
    description: 'eventfds (now in files)',
  },
  {
    name: 'EVENTPOLL_FILE',
    magic: 0x45023858,
    message: 'eventpoll_file_entry',
    files: [img('eventpoll')],
    legacy: true,
    description: 'epoll instances (now in files)',
  },
  {
    name: 'EVENTPOLL_TFD',
    magic: 0x44433746,
    message: 'eventpoll_tfd_entry',
    files: [img('eventpoll-tfd')],
    legacy: true,
    description: 'epoll targets (now inside the epoll entry)',
  },
  {
    name: 'SIGNALFD',
    magic: 0x57323820,
    message: 'signalfd_entry',
    files: [img('signalfd')],
    legacy: true,
    description: 'signalfds (now in files)',
  },
  {
    name: 'TIMERFD',
    magic: 0x50493712,
    message: 'timerfd_entry',
    files: [img('timerfd')],
    legacy: true,
    description: 'timerfds (now in files)',
  },
  {
    name: 'INOTIFY_FILE',
    magic: 0x48424431,
    message: 'inotify_file_entry',
    files: [img('inotify')],
    legacy: true,
    description: 'inotify instances (now in files)',
  },
  {
    name: 'INOTIFY_WD',
    magic: 0x54562009,
    message: 'inotify_wd_entry',
    files: [img('inotify-wd')],
    legacy: true,
    description: 'inotify watches (now inside the inotify entry)',
  },
  {
    name: 'FANOTIFY_FILE',
    magic: 0x55096122,
    message: 'fanotify_file_entry',
    files: [img('fanotify')],
    legacy: true,
    description: 'fanotify instances (now in files)',
  },
  {
    name: 'FANOTIFY_MARK',
    magic: 0x56506035,
    message: 'fanotify_mark_entry',
    files: [img('fanotify-mark')],
    legacy: true,
    description: 'fanotify marks (now inside the fanotify entry)',
  },
  {
    name: 'TTY_FILES',
    magic: 0x59433025,
    message: 'tty_file_entry',
    files: [img('tty')],
    legacy: true,
    description: 'terminal descriptors (now in files)',
  },
  {
    name: 'TTY_INFO',
    magic: 0x59453036,
    message: 'tty_info_entry',
    files: [img('tty-info')],
    description: 'terminals: type, session, termios, window size',
  },
  {
    name: 'TTY_DATA',
    magic: 0x59413026,
    message: 'tty_data_entry',
    files: [img('tty-data')],
    description: 'data pending in pty buffers',
  },
  {
    name: 'TUNFILE',
    magic: 0x57143751,
    message: 'tunfile_entry',
    files: [img('tunfile')],
    legacy: true,
    description: 'tun/tap descriptors (now in files)',
  },
  {
    name: 'FILE_LOCKS',
    magic: 0x54323616,
    message: 'file_lock_entry',
    files: [img('filelocks')],
    description: 'POSIX, flock and OFD file locks',
  },
  {
    name: 'BPFMAP_FILE',
    magic: 0x57506142,
    message: 'bpfmap_file_entry',
    files: [img('bpfmap-file')],
    legacy: true,
    description: 'BPF map descriptors (now in files)',
  },
  {
    name: 'BPFMAP_DATA',
    magic: 0x64324033,
    message: 'bpfmap_data_entry',
    kind: 'bpfmap-data',
    files: [img('bpfmap-data')],
    description: 'keys and values of BPF maps',
  },
  {
    name: 'PIDFD',
    magic: 0x54435556,
    message: 'pidfd_entry',
    files: [img('pidfd')],
    description: 'pidfds',
  },
  // --- sockets
  {
    name: 'UNIXSK',
    magic: 0x54373943,
    message: 'unix_sk_entry',
    files: [img('unixsk')],
    legacy: true,
    description: 'unix sockets (now in files)',
  },
  {
    name: 'INETSK',
    magic: 0x56443851,
    message: 'inet_sk_entry',
    files: [img('inetsk')],
    legacy: true,
    description: 'TCP/UDP sockets (now in files)',
  },
  {
    name: 'PACKETSK',
    magic: 0x60454618,
    message: 'packet_sock_entry',
    files: [img('packetsk')],
    legacy: true,
    description: 'packet sockets (now in files)',
  },
  {
    name: 'NETLINK_SK',
    magic: 0x58005614,
    message: 'netlink_sk_entry',
    files: [img('netlinksk')],
    legacy: true,
    description: 'netlink sockets (now in files)',
  },
  {
    name: 'SK_QUEUES',
    magic: 0x56264026,
    message: 'sk_packet_entry',
    kind: 'sk-queue',
    files: [img('sk-queues')],
    description: 'packets queued on sockets',
  },
  {
    name: 'TCP_STREAM',
    magic: 0x51465506,
    message: 'tcp_stream_entry',
    kind: 'tcp-stream',
    files: [img('tcp-stream-%x')],
    description: 'state and queued data of an established TCP connection',
  },
  // --- namespaces
  {
    name: 'UTSNS',
    magic: 0x54473203,
    message: 'utsns_entry',
    files: [img('utsns-%u')],
    description: 'host and domain name',
  },
  {
    name: 'IPC_VAR',
    magic: 0x53115007,
    message: 'ipc_var_entry',
    files: [img('ipcns-var-%u')],
    description: 'IPC namespace sysctls',
  },
  {
    name: 'IPCNS_SHM',
    magic: 0x46283044,
    message: 'ipc_shm_entry',
    kind: 'ipc-shm',
    files: [img('ipcns-shm-%u')],
    description: 'SysV shared memory segments',
  },
  {
    name: 'IPCNS_MSG',
    magic: 0x55453737,
    message: 'ipc_msg_entry',
    auxMessage: 'ipc_msg',
    kind: 'ipc-msg',
    files: [img('ipcns-msg-%u')],
    description: 'SysV message queues and their messages',
  },
  {
    name: 'IPCNS_SEM',
    magic: 0x59573019,
    message: 'ipc_sem_entry',
    kind: 'ipc-sem',
    files: [img('ipcns-sem-%u')],
    description: 'SysV semaphore sets and their values',
  },
  {
    name: 'MNTS',
    magic: 0x55563928,
    message: 'mnt_entry',
    files: [img('mountpoints-%u')],
    description: 'mount namespace: the mounts',
  },
  {
    name: 'NETDEV',
    magic: 0x57373951,
    message: 'net_device_entry',
    files: [img('netdev-%u')],
    description: 'network devices of a net namespace',
  },
  {
    name: 'NETNS',
    magic: 0x55933752,
    message: 'netns_entry',
    files: [img('netns-%u')],
    description: 'net namespace sysctls and peer namespace ids',
  },
  {
    name: 'USERNS',
    magic: 0x55474906,
    message: 'userns_entry',
    files: [img('userns-%u')],
    description: 'uid/gid maps',
  },
  {
    name: 'TIMENS',
    magic: 0x43114433,
    message: 'timens_entry',
    files: [img('timens-%u')],
    description: 'monotonic and boottime clock offsets',
  },
  {
    name: 'PIDNS',
    magic: 0x61157326,
    message: 'pidns_entry',
    files: [img('pidns-%u')],
    description: 'pid namespace (external key)',
  },
  {
    name: 'CGROUP',
    magic: 0x59383330,
    message: 'cgroup_entry',
    files: [img('cgroup')],
    description: 'cgroup sets and controller trees',
  },
  // --- system
  {
    name: 'CPUINFO',
    magic: 0x61404013,
    message: 'cpuinfo_entry',
    files: [img('cpuinfo')],
    description: 'CPU features of the dumping host',
  },
  {
    name: 'AUTOFS',
    magic: 0x49353943,
    message: 'autofs_entry',
    files: [img('autofs-%u')],
    description: 'autofs mount parameters',
  },
  {
    name: 'BINFMT_MISC',
    magic: 0x67343323,
    message: 'binfmt_misc_entry',
    files: [img('binfmt-misc'), img('binfmt-misc-%u')],
    description: 'binfmt_misc handlers',
  },
  {
    name: 'STATS',
    magic: 0x57093306,
    head: 'service',
    message: 'stats_entry',
    files: [img('stats-dump', ''), img('stats-restore', '')],
    description: 'timings and page counts of the dump or restore',
  },
  {
    name: 'IRMAP_CACHE',
    magic: 0x57004059,
    head: 'service',
    message: 'irmap_cache_entry',
    files: [img('irmap-cache', '')],
    description: 'inode → path hints for fsnotify watches',
  },
];

/** Every image type, in a stable order (grouped by subject). */
export const IMAGE_TYPES: readonly ImageType[] = rows.map((r) => ({
  ...r,
  head: r.head ?? 'common',
  kind: r.kind ?? 'entries',
}));

/**
 * Other names magic.h gives to the same magics. crit prints the canonical
 * name (a pagemap-shmem image says "PAGEMAP"); these are accepted on input.
 */
export const MAGIC_ALIASES: Readonly<Record<string, string>> = {
  SHMEM_PAGEMAP: 'PAGEMAP',
  PAGES_OLD: 'PAGEMAP',
  SHM_PAGES_OLD: 'PAGEMAP',
  PSIGNAL: 'SIGNAL',
  BINFMT_MISC_OLD: 'BINFMT_MISC',
};

/** Images with no magic at all, recognised by their file name only. */
export type RawImageKind =
  | 'pages'
  | 'tmpfs'
  | 'tmpfs-dev'
  | 'iptables'
  | 'ip6tables'
  | 'nftables'
  | 'ifaddr'
  | 'route'
  | 'route6'
  | 'rule'
  | 'netns-ct'
  | 'netns-exp';

export interface RawImage {
  readonly kind: RawImageKind;
  readonly file: RegExp;
  /** What the number in the name refers to. */
  readonly idMeaning: string;
  readonly description: string;
}

export const RAW_IMAGES: readonly RawImage[] = [
  {
    kind: 'pages',
    file: img('pages-%u'),
    idMeaning: 'pagemap_head.pages_id',
    description: 'page contents, packed in pagemap order for PE_PRESENT entries',
  },
  {
    kind: 'tmpfs',
    file: img('tmpfs-%u.tar.gz'),
    idMeaning: 'mnt_entry.mnt_id',
    description: 'gzip tar of a tmpfs mount',
  },
  {
    kind: 'tmpfs-dev',
    file: img('tmpfs-dev-%u.tar.gz'),
    idMeaning: 'mnt_entry.root_dev (s_dev)',
    description: 'gzip tar of a tmpfs mount, keyed by device',
  },
  {
    kind: 'iptables',
    file: img('iptables-%u'),
    idMeaning: 'net namespace id',
    description: 'iptables-save text',
  },
  {
    kind: 'ip6tables',
    file: img('ip6tables-%u'),
    idMeaning: 'net namespace id',
    description: 'ip6tables-save text',
  },
  {
    kind: 'nftables',
    file: img('nftables-%u'),
    idMeaning: 'net namespace id',
    description: 'nft list ruleset text',
  },
  {
    kind: 'ifaddr',
    file: img('ifaddr-%u'),
    idMeaning: 'net namespace id',
    description: 'binary `ip addr save` dump',
  },
  {
    kind: 'route',
    file: img('route-%u'),
    idMeaning: 'net namespace id',
    description: 'binary `ip -4 route save` dump',
  },
  {
    kind: 'route6',
    file: img('route6-%u'),
    idMeaning: 'net namespace id',
    description: 'binary `ip -6 route save` dump',
  },
  {
    kind: 'rule',
    file: img('rule-%u'),
    idMeaning: 'net namespace id',
    description: 'binary `ip rule save` dump',
  },
  {
    kind: 'netns-ct',
    file: img('netns-ct-%u'),
    idMeaning: 'net namespace id',
    description: 'conntrack entries as raw netlink messages',
  },
  {
    kind: 'netns-exp',
    file: img('netns-exp-%u'),
    idMeaning: 'net namespace id',
    description: 'conntrack expectations as raw netlink messages',
  },
];

const byMagicValue = new Map(IMAGE_TYPES.map((t) => [t.magic, t]));
const byMagicName = new Map(IMAGE_TYPES.map((t) => [t.name, t]));

/** The image type with this type magic (aliases resolve to the canonical type). */
export function byMagic(value: number): ImageType | undefined {
  return byMagicValue.get(value >>> 0);
}

/** The image type crit calls `name`; aliases such as SHMEM_PAGEMAP are accepted. */
export function byName(name: string): ImageType | undefined {
  return byMagicName.get(MAGIC_ALIASES[name] ?? name);
}

/** The image type CRIU writes under this file name (a base name, no directory). */
export function byFileName(fileName: string): ImageType | undefined {
  return IMAGE_TYPES.find((t) => t.files.some((re) => re.test(fileName)));
}

/** The raw (magic-less) image this file name denotes, if it is one. */
export function rawImageByFileName(fileName: string): RawImage | undefined {
  return RAW_IMAGES.find((r) => r.file.test(fileName));
}

/**
 * Raw images have no magic at all (page contents, tmpfs tarballs, `ip`/iptables/nft dumps,
 * conntrack netlink messages); they are recognised by name only, before any byte is read.
 */
export function isRawImageName(name: string): boolean {
  return rawImageByFileName(name.slice(name.lastIndexOf('/') + 1)) !== undefined;
}

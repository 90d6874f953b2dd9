/**
 * The image kinds the decoder knows: crit's magic name, the type magic, and the entry message.
 * Numbers are CRIU's `criu/include/magic.h`; message names are the project's proto/ names.
 * Image types without a handler in crit (BINFMT_MISC, PIDFD) are decoded all the same.
 */
export const IMG_COMMON = 0x54564319;
export const IMG_SERVICE = 0x55105940;

export interface ImageKind {
  /** crit's magic name, e.g. `CORE`. */
  name: string;
  magic: number;
  /** The message of (most) entries; PAGEMAP and GHOST_FILE have a head of another type. */
  message?: string;
}

const KINDS: ImageKind[] = [
  { name: 'INVENTORY', magic: 0x58313116, message: 'inventory_entry' },
  { name: 'PSTREE', magic: 0x50273030, message: 'pstree_entry' },
  { name: 'CORE', magic: 0x55053847, message: 'core_entry' },
  { name: 'IDS', magic: 0x54432030, message: 'task_kobj_ids_entry' },
  { name: 'MM', magic: 0x57492820, message: 'mm_entry' },
  { name: 'VMAS', magic: 0x54123737, message: 'vma_entry' },
  { name: 'PAGEMAP', magic: 0x56084025, message: 'pagemap_entry' },
  { name: 'FS', magic: 0x51403912, message: 'fs_entry' },
  { name: 'FDINFO', magic: 0x56213732, message: 'fdinfo_entry' },
  { name: 'FILES', magic: 0x56303138, message: 'file_entry' },
  { name: 'REG_FILES', magic: 0x50363636, message: 'reg_file_entry' },
  { name: 'EXT_FILES', magic: 0x59255641, message: 'ext_file_entry' },
  { name: 'NS_FILES', magic: 0x61394011, message: 'ns_file_entry' },
  { name: 'REMAP_FPATH', magic: 0x59133954, message: 'remap_file_path_entry' },
  { name: 'GHOST_FILE', magic: 0x52583605, message: 'ghost_file_entry' },
  { name: 'MEMFD_INODE', magic: 0x48453499, message: 'memfd_inode_entry' },
  { name: 'PIPES', magic: 0x56513555, message: 'pipe_entry' },
  { name: 'PIPES_DATA', magic: 0x56453709, message: 'pipe_data_entry' },
  { name: 'FIFO', magic: 0x58364939, message: 'fifo_entry' },
  { name: 'FIFO_DATA', magic: 0x59333054, message: 'pipe_data_entry' },
  { name: 'UNIXSK', magic: 0x54373943, message: 'unix_sk_entry' },
  { name: 'INETSK', magic: 0x56443851, message: 'inet_sk_entry' },
  { name: 'PACKETSK', magic: 0x60454618, message: 'packet_sock_entry' },
  { name: 'NETLINK_SK', magic: 0x58005614, message: 'netlink_sk_entry' },
  { name: 'SK_QUEUES', magic: 0x56264026, message: 'sk_packet_entry' },
  { name: 'TCP_STREAM', magic: 0x51465506, message: 'tcp_stream_entry' },
  { name: 'EVENTFD_FILE', magic: 0x44523722, message: 'eventfd_file_entry' },
  { name: 'EVENTPOLL_FILE', magic: 0x45023858, message: 'eventpoll_file_entry' },
  { name: 'EVENTPOLL_TFD', magic: 0x44433746, message: 'eventpoll_tfd_entry' },
  { name: 'SIGNALFD', magic: 0x57323820, message: 'signalfd_entry' },
  { name: 'TIMERFD', magic: 0x50493712, message: 'timerfd_entry' },
  { name: 'INOTIFY_FILE', magic: 0x48424431, message: 'inotify_file_entry' },
  { name: 'INOTIFY_WD', magic: 0x54562009, message: 'inotify_wd_entry' },
  { name: 'FANOTIFY_FILE', magic: 0x55096122, message: 'fanotify_file_entry' },
  { name: 'FANOTIFY_MARK', magic: 0x56506035, message: 'fanotify_mark_entry' },
  { name: 'TTY_FILES', magic: 0x59433025, message: 'tty_file_entry' },
  { name: 'TTY_INFO', magic: 0x59453036, message: 'tty_info_entry' },
  { name: 'TTY_DATA', magic: 0x59413026, message: 'tty_data_entry' },
  { name: 'TUNFILE', magic: 0x57143751, message: 'tunfile_entry' },
  { name: 'FILE_LOCKS', magic: 0x54323616, message: 'file_lock_entry' },
  { name: 'SIGACT', magic: 0x55344201, message: 'sa_entry' },
  { name: 'ITIMERS', magic: 0x57464056, message: 'itimer_entry' },
  { name: 'POSIX_TIMERS', magic: 0x52603957, message: 'posix_timer_entry' },
  { name: 'CREDS', magic: 0x54023547, message: 'creds_entry' },
  { name: 'RLIMIT', magic: 0x57113925, message: 'rlimit_entry' },
  { name: 'SIGNAL', magic: 0x59255647, message: 'siginfo_entry' },
  { name: 'UTSNS', magic: 0x54473203, message: 'utsns_entry' },
  { name: 'IPC_VAR', magic: 0x53115007, message: 'ipc_var_entry' },
  { name: 'IPCNS_SHM', magic: 0x46283044, message: 'ipc_shm_entry' },
  { name: 'IPCNS_MSG', magic: 0x55453737, message: 'ipc_msg_entry' },
  { name: 'IPCNS_SEM', magic: 0x59573019, message: 'ipc_sem_entry' },
  { name: 'MNTS', magic: 0x55563928, message: 'mnt_entry' },
  { name: 'NETDEV', magic: 0x57373951, message: 'net_device_entry' },
  { name: 'NETNS', magic: 0x55933752, message: 'netns_entry' },
  { name: 'USERNS', magic: 0x55474906, message: 'userns_entry' },
  { name: 'TIMENS', magic: 0x43114433, message: 'timens_entry' },
  { name: 'PIDNS', magic: 0x61157326, message: 'pidns_entry' },
  { name: 'CGROUP', magic: 0x59383330, message: 'cgroup_entry' },
  { name: 'SECCOMP', magic: 0x64413049, message: 'seccomp_entry' },
  { name: 'APPARMOR', magic: 0x59423047, message: 'apparmor_entry' },
  { name: 'CPUINFO', magic: 0x61404013, message: 'cpuinfo_entry' },
  { name: 'AUTOFS', magic: 0x49353943, message: 'autofs_entry' },
  { name: 'BINFMT_MISC', magic: 0x67343323, message: 'binfmt_misc_entry' },
  { name: 'BPFMAP_FILE', magic: 0x57506142, message: 'bpfmap_file_entry' },
  { name: 'BPFMAP_DATA', magic: 0x64324033, message: 'bpfmap_data_entry' },
  { name: 'PIDFD', magic: 0x54435556, message: 'pidfd_entry' },
  { name: 'STATS', magic: 0x57093306, message: 'stats_entry' },
  { name: 'IRMAP_CACHE', magic: 0x57004059, message: 'irmap_cache_entry' },
];

const BY_MAGIC = new Map(KINDS.map((k) => [k.magic, k]));
const BY_NAME = new Map(KINDS.map((k) => [k.name, k]));

export function imageKindByMagic(magic: number): ImageKind | undefined {
  return BY_MAGIC.get(magic);
}

export function imageKindByName(name: string): ImageKind | undefined {
  return BY_NAME.get(name);
}

/**
 * Raw images have no magic at all (page contents, tmpfs tarballs, `ip`/iptables/nft dumps,
 * conntrack netlink messages); they are recognised by name only, before any byte is read.
 */
const RAW_NAMES = [
  /^pages-\d+\.img$/,
  /^tmpfs(-dev)?-\d+\.tar\.gz\.img$/,
  /^(ifaddr|route6?|rule|iptables|ip6tables|nftables|netns-ct|netns-exp)-\d+\.img$/,
];

export function isRawImageName(name: string): boolean {
  const base = name.slice(name.lastIndexOf('/') + 1);
  return RAW_NAMES.some((re) => re.test(base));
}

import { flagNames, type FlagTable } from './bits.ts';

/** memfd F_SEAL_* bits. */
const SEALS: FlagTable = [
  [0x1, 'F_SEAL_SEAL'],
  [0x2, 'F_SEAL_SHRINK'],
  [0x4, 'F_SEAL_GROW'],
  [0x8, 'F_SEAL_WRITE'],
  [0x10, 'F_SEAL_FUTURE_WRITE'],
  [0x20, 'F_SEAL_EXEC'],
];
export const sealNames = (v: number | undefined): string[] => flagNames(v, SEALS);

export const CLOCKS: Readonly<Record<number, string>> = {
  0: 'CLOCK_REALTIME',
  1: 'CLOCK_MONOTONIC',
  7: 'CLOCK_BOOTTIME',
  8: 'CLOCK_REALTIME_ALARM',
  9: 'CLOCK_BOOTTIME_ALARM',
};

const EPOLL_EVENTS: FlagTable = [
  [0x1, 'EPOLLIN'],
  [0x2, 'EPOLLPRI'],
  [0x4, 'EPOLLOUT'],
  [0x8, 'EPOLLERR'],
  [0x10, 'EPOLLHUP'],
  [0x20, 'EPOLLNVAL'],
  [0x40, 'EPOLLRDNORM'],
  [0x80, 'EPOLLRDBAND'],
  [0x100, 'EPOLLWRNORM'],
  [0x200, 'EPOLLWRBAND'],
  [0x400, 'EPOLLMSG'],
  [0x2000, 'EPOLLRDHUP'],
  [1 << 28, 'EPOLLEXCLUSIVE'],
  [1 << 29, 'EPOLLWAKEUP'],
  [1 << 30, 'EPOLLONESHOT'],
  [0x80000000, 'EPOLLET'],
];
export const epollEventNames = (v: number | undefined): string[] => flagNames(v, EPOLL_EVENTS);

const INOTIFY_MASK: FlagTable = [
  [0x1, 'IN_ACCESS'],
  [0x2, 'IN_MODIFY'],
  [0x4, 'IN_ATTRIB'],
  [0x8, 'IN_CLOSE_WRITE'],
  [0x10, 'IN_CLOSE_NOWRITE'],
  [0x20, 'IN_OPEN'],
  [0x40, 'IN_MOVED_FROM'],
  [0x80, 'IN_MOVED_TO'],
  [0x100, 'IN_CREATE'],
  [0x200, 'IN_DELETE'],
  [0x400, 'IN_DELETE_SELF'],
  [0x800, 'IN_MOVE_SELF'],
  [0x2000, 'IN_UNMOUNT'],
  [0x4000, 'IN_Q_OVERFLOW'],
  [0x8000, 'IN_IGNORED'],
  [0x1000000, 'IN_ONLYDIR'],
  [0x2000000, 'IN_DONT_FOLLOW'],
  [0x4000000, 'IN_EXCL_UNLINK'],
  [0x10000000, 'IN_MASK_CREATE'],
  [0x20000000, 'IN_MASK_ADD'],
  [0x40000000, 'IN_ISDIR'],
  [0x80000000, 'IN_ONESHOT'],
];
export const inotifyMaskNames = (v: number | undefined): string[] => flagNames(v, INOTIFY_MASK);

/** fanotify event bits share the low inotify values. */
export const fanotifyMaskNames = (v: number | undefined): string[] =>
  flagNames(v, [
    [0x1, 'FAN_ACCESS'],
    [0x2, 'FAN_MODIFY'],
    [0x4, 'FAN_ATTRIB'],
    [0x8, 'FAN_CLOSE_WRITE'],
    [0x10, 'FAN_CLOSE_NOWRITE'],
    [0x20, 'FAN_OPEN'],
    [0x1000, 'FAN_OPEN_EXEC'],
    [0x10000, 'FAN_OPEN_PERM'],
    [0x20000, 'FAN_ACCESS_PERM'],
    [0x40000, 'FAN_OPEN_EXEC_PERM'],
    [0x40000000, 'FAN_ONDIR'],
    [0x8000000, 'FAN_EVENT_ON_CHILD'],
  ]);

const MOUNT_FLAGS: FlagTable = [
  [1, 'MS_RDONLY'],
  [2, 'MS_NOSUID'],
  [4, 'MS_NODEV'],
  [8, 'MS_NOEXEC'],
  [16, 'MS_SYNCHRONOUS'],
  [32, 'MS_REMOUNT'],
  [64, 'MS_MANDLOCK'],
  [128, 'MS_DIRSYNC'],
  [1024, 'MS_NOATIME'],
  [2048, 'MS_NODIRATIME'],
  [4096, 'MS_BIND'],
  [8192, 'MS_MOVE'],
  [16384, 'MS_REC'],
  [32768, 'MS_SILENT'],
  [1 << 16, 'MS_POSIXACL'],
  [1 << 17, 'MS_UNBINDABLE'],
  [1 << 18, 'MS_PRIVATE'],
  [1 << 19, 'MS_SLAVE'],
  [1 << 20, 'MS_SHARED'],
  [1 << 21, 'MS_RELATIME'],
  [1 << 22, 'MS_KERNMOUNT'],
  [1 << 23, 'MS_I_VERSION'],
  [1 << 24, 'MS_STRICTATIME'],
  [1 << 25, 'MS_LAZYTIME'],
];
export const mountFlagNames = (v: number | undefined): string[] => flagNames(v, MOUNT_FLAGS);

/** `fstype` enum of CRIU's mnt.proto; AUTO means "see the fsname field". */
export const FSTYPES: Readonly<Record<number, string>> = {
  0: 'unsupported',
  1: 'proc',
  2: 'sysfs',
  3: 'devtmpfs',
  4: 'binfmt_misc',
  5: 'tmpfs',
  6: 'devpts',
  7: 'simfs',
  8: 'pstore',
  9: 'securityfs',
  10: 'fusectl',
  11: 'debugfs',
  12: 'cgroup',
  13: 'aufs',
  14: 'mqueue',
  15: 'fuse',
  16: 'auto',
  17: 'overlay',
  18: 'autofs',
  19: 'tracefs',
  23: 'cgroup2',
};

/** personality(2): the low byte is the execution domain, the rest are flags. */
const PERSONALITY_FLAGS: FlagTable = [
  [0x0040000, 'ADDR_NO_RANDOMIZE'],
  [0x0100000, 'MMAP_PAGE_ZERO'],
  [0x0200000, 'ADDR_COMPAT_LAYOUT'],
  [0x0400000, 'READ_IMPLIES_EXEC'],
  [0x0800000, 'ADDR_LIMIT_32BIT'],
  [0x1000000, 'SHORT_INODE'],
  [0x2000000, 'WHOLE_SECONDS'],
  [0x4000000, 'STICKY_TIMEOUTS'],
  [0x8000000, 'ADDR_LIMIT_3GB'],
];
export function personalityNames(v: number | undefined): string[] {
  if (v === undefined) return [];
  const domain = v & 0xff;
  const domains: Record<number, string> = { 0: 'PER_LINUX', 8: 'PER_LINUX32' };
  return [
    domains[domain] ?? `domain 0x${domain.toString(16)}`,
    ...flagNames(v & ~0xff, PERSONALITY_FLAGS),
  ];
}

/** seccomp_mode enum of core.proto. */
export const SECCOMP_MODES: Readonly<Record<number, string>> = {
  0: 'disabled',
  1: 'strict',
  2: 'filter',
};

/** remap_file_path_type of remap-file-path.proto. */
export const REMAP_TYPES: Readonly<Record<number, string>> = {
  0: 'LINKED',
  1: 'GHOST',
  2: 'PROCFS',
};

/** tty_type of tty.proto. */
export const TTY_TYPES: Readonly<Record<number, string>> = {
  0: 'UNKNOWN',
  1: 'PTY',
  2: 'CONSOLE',
  3: 'VT',
  4: 'CTTY',
  5: 'EXT_TTY',
  6: 'SERIAL',
};

/** file_lock_entry.flag (fs.h FL_*) and type (F_RDLCK… or LOCK_SH/LOCK_EX for flock). */
/**
 * filelocks.img `flag`: CRIU's own numbering (criu/include/file-lock.h), not the kernel's
 * FL_* bits (where a lease is 32 and an OFD lock 1024).
 */
export const LOCK_KINDS: Readonly<Record<number, string>> = {
  1: 'POSIX',
  2: 'FLOCK',
  4: 'OFD',
  8: 'LEASE',
};
/** filelocks.img `type` for POSIX and OFD locks and leases: fcntl's F_RDLCK/F_WRLCK. */
export const LOCK_TYPES: Readonly<Record<number, string>> = {
  0: 'F_RDLCK',
  1: 'F_WRLCK',
  2: 'F_UNLCK',
};
/** A flock is stored as the F_RDLCK/F_WRLCK the kernel keeps for it: 0 is LOCK_SH, 1 LOCK_EX. */
export const FLOCK_TYPES: Readonly<Record<number, string>> = {
  0: 'LOCK_SH',
  1: 'LOCK_EX',
};
/** CRIU ORs this into a lease's type while the lease is being broken. */
export const LEASE_BREAKING = 4;

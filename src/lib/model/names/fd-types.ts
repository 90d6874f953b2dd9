/** `fd_types` from CRIU's fdinfo.proto: the type of each fdinfo and files.img entry. */
export const FD_TYPES: Readonly<Record<number, string>> = {
  0: 'UND',
  1: 'REG',
  2: 'PIPE',
  3: 'FIFO',
  4: 'INETSK',
  5: 'UNIXSK',
  6: 'EVENTFD',
  7: 'EVENTPOLL',
  8: 'INOTIFY',
  9: 'SIGNALFD',
  10: 'PACKETSK',
  11: 'TTY',
  12: 'FANOTIFY',
  13: 'NETLINKSK',
  14: 'NS',
  15: 'TUNF',
  16: 'EXT',
  17: 'TIMERFD',
  18: 'MEMFD',
  19: 'BPFMAP',
  20: 'PIDFD',
  65534: 'CTL_TTY',
  65535: 'AUTOFS_PIPE',
};

/** The files.img one-of field that carries each type's details. */
export const FILE_ENTRY_FIELD: Readonly<Record<string, string>> = {
  REG: 'reg',
  PIPE: 'pipe',
  FIFO: 'fifo',
  INETSK: 'isk',
  UNIXSK: 'usk',
  EVENTFD: 'efd',
  EVENTPOLL: 'epfd',
  INOTIFY: 'ify',
  SIGNALFD: 'sgfd',
  PACKETSK: 'psk',
  TTY: 'tty',
  FANOTIFY: 'ffy',
  NETLINKSK: 'nlsk',
  NS: 'nsf',
  TUNF: 'tunf',
  EXT: 'ext',
  TIMERFD: 'tfd',
  MEMFD: 'memfd',
  BPFMAP: 'bpf',
  PIDFD: 'pidfd',
};

/** The decoder gives enums as numbers; tolerate a name too (older tooling, crit JSON). */
export function fdTypeName(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return FD_TYPES[v] ?? `UNKNOWN(${v})`;
  return 'UND';
}

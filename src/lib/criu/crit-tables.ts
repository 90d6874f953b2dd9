/**
 * The value-to-name tables crit's pretty mode uses (`(criu).flags` and `(criu).dict` field
 * options). The names and bit values are the Linux/CRIU constants listed in pycriu; the tables
 * are written here, in crit's order (flag names print in table order).
 */
export type FlagTable = ReadonlyArray<readonly [name: string, bit: bigint]>;

export const FLAG_TABLES: Record<string, FlagTable> = {
  'mmap.prot': [
    ['PROT_READ', 0x1n],
    ['PROT_WRITE', 0x2n],
    ['PROT_EXEC', 0x4n],
  ],
  'mmap.flags': [
    ['MAP_SHARED', 0x1n],
    ['MAP_PRIVATE', 0x2n],
    ['MAP_DROPPABLE', 0x8n],
    ['MAP_ANON', 0x20n],
    ['MAP_GROWSDOWN', 0x100n],
  ],
  'mmap.status': [
    ['VMA_AREA_NONE', 0n],
    ['VMA_AREA_REGULAR', 1n << 0n],
    ['VMA_AREA_STACK', 1n << 1n],
    ['VMA_AREA_VSYSCALL', 1n << 2n],
    ['VMA_AREA_VDSO', 1n << 3n],
    ['VMA_AREA_HEAP', 1n << 5n],
    ['VMA_FILE_PRIVATE', 1n << 6n],
    ['VMA_FILE_SHARED', 1n << 7n],
    ['VMA_ANON_SHARED', 1n << 8n],
    ['VMA_ANON_PRIVATE', 1n << 9n],
    ['VMA_AREA_SYSVIPC', 1n << 10n],
    ['VMA_AREA_SOCKET', 1n << 11n],
    ['VMA_AREA_VVAR', 1n << 12n],
    ['VMA_AREA_AIORING', 1n << 13n],
    ['VMA_AREA_MEMFD', 1n << 14n],
    ['VMA_AREA_SHSTK', 1n << 15n],
    ['VMA_AREA_UPROBES', 1n << 17n],
    ['VMA_UNSUPP', 1n << 31n],
  ],
  'rfile.flags': [
    ['O_WRONLY', 0o1n],
    ['O_RDWR', 0o2n],
    ['O_CREAT', 0o100n],
    ['O_EXCL', 0o200n],
    ['O_NOCTTY', 0o400n],
    ['O_TRUNC', 0o1000n],
    ['O_APPEND', 0o2000n],
    ['O_NONBLOCK', 0o4000n],
    ['O_DSYNC', 0o10000n],
    ['FASYNC', 0o20000n],
    ['O_DIRECT', 0o40000n],
    ['O_LARGEFILE', 0o100000n],
    ['O_DIRECTORY', 0o200000n],
    ['O_NOFOLLOW', 0o400000n],
    ['O_NOATIME', 0o1000000n],
    ['O_CLOEXEC', 0o2000000n],
  ],
  'pmap.flags': [
    ['PE_PARENT', 1n << 0n],
    ['PE_LAZY', 1n << 1n],
    ['PE_PRESENT', 1n << 2n],
  ],
  'seals.flags': [
    ['F_SEAL_SEAL', 0x1n],
    ['F_SEAL_SHRINK', 0x2n],
    ['F_SEAL_GROW', 0x4n],
    ['F_SEAL_WRITE', 0x8n],
    ['F_SEAL_FUTURE_WRITE', 0x10n],
  ],
};

/** A dict table: field name → (value → label). */
export type DictTable = Record<string, ReadonlyMap<number, string>>;

/**
 * `task_state` as CRIU defines it (compel's TASK_* constants): a zombie is dumped as 2 (Dead);
 * 6 is the zombie state seen while collecting.
 */
const TASK_STATE = new Map([
  [1, 'Alive'],
  [2, 'Dead'],
  [3, 'Stopped'],
  [6, 'Zombie'],
]);

/** What crit 4.2 prints: 3 and 6 swapped and 2 missing. Only for comparing with crit. */
const TASK_STATE_CRIT = new Map([
  [1, 'Alive'],
  [3, 'Zombie'],
  [6, 'Stopped'],
]);

const SOCKET_DICT: DictTable = {
  family: new Map([
    [1, 'UNIX'],
    [2, 'INET'],
    [10, 'INET6'],
    [16, 'NETLINK'],
    [17, 'PACKET'],
  ]),
  type: new Map([
    [1, 'STREAM'],
    [2, 'DGRAM'],
    [3, 'RAW'],
    [5, 'SEQPACKET'],
    [10, 'PACKET'],
  ]),
  state: new Map([
    [1, 'ESTABLISHED'],
    [2, 'SYN_SENT'],
    [3, 'SYN_RECV'],
    [4, 'FIN_WAIT1'],
    [5, 'FIN_WAIT2'],
    [6, 'TIME_WAIT'],
    [7, 'CLOSE'],
    [8, 'CLOSE_WAIT'],
    [9, 'LAST_ACK'],
    [10, 'LISTEN'],
  ]),
  proto: new Map([
    [0, 'IP'],
    [6, 'TCP'],
    [17, 'UDP'],
    [136, 'UDPLITE'],
  ]),
};

export function dictTables(critCompat: boolean): Record<string, DictTable> {
  return {
    gen: { task_state: critCompat ? TASK_STATE_CRIT : TASK_STATE },
    sk: SOCKET_DICT,
  };
}

/** RLIMIT_* in the order the kernel (and core.tc.rlimits) lists them. */
export const RLIMIT_NAMES = [
  'RLIMIT_CPU',
  'RLIMIT_FSIZE',
  'RLIMIT_DATA',
  'RLIMIT_STACK',
  'RLIMIT_CORE',
  'RLIMIT_RSS',
  'RLIMIT_NPROC',
  'RLIMIT_NOFILE',
  'RLIMIT_MEMLOCK',
  'RLIMIT_AS',
  'RLIMIT_LOCKS',
  'RLIMIT_SIGPENDING',
  'RLIMIT_MSGQUEUE',
  'RLIMIT_NICE',
  'RLIMIT_RTPRIO',
  'RLIMIT_RTTIME',
];

/** RLIM_INFINITY is all ones in 64 bits. */
export const RLIM_INFINITY = 0xffffffffffffffffn;

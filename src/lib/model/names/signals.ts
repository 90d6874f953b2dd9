import { flagNames, setBits, type FlagTable } from './bits.ts';

/** x86_64/generic Linux signal numbers; 32..64 are real-time signals. */
const SIGNALS: Readonly<Record<number, string>> = {
  1: 'SIGHUP',
  2: 'SIGINT',
  3: 'SIGQUIT',
  4: 'SIGILL',
  5: 'SIGTRAP',
  6: 'SIGABRT',
  7: 'SIGBUS',
  8: 'SIGFPE',
  9: 'SIGKILL',
  10: 'SIGUSR1',
  11: 'SIGSEGV',
  12: 'SIGUSR2',
  13: 'SIGPIPE',
  14: 'SIGALRM',
  15: 'SIGTERM',
  16: 'SIGSTKFLT',
  17: 'SIGCHLD',
  18: 'SIGCONT',
  19: 'SIGSTOP',
  20: 'SIGTSTP',
  21: 'SIGTTIN',
  22: 'SIGTTOU',
  23: 'SIGURG',
  24: 'SIGXCPU',
  25: 'SIGXFSZ',
  26: 'SIGVTALRM',
  27: 'SIGPROF',
  28: 'SIGWINCH',
  29: 'SIGIO',
  30: 'SIGPWR',
  31: 'SIGSYS',
};

export function signalName(n: number): string {
  return SIGNALS[n] ?? (n >= 32 && n <= 64 ? `SIGRT${n - 32}` : `SIG${n}`);
}

/** A kernel sigset: bit n-1 stands for signal n. */
export function signalSet(mask: bigint | undefined): string[] {
  if (mask === undefined) return [];
  return setBits(mask).map((b) => signalName(b + 1));
}

const SA_FLAGS: FlagTable = [
  [0x1, 'SA_NOCLDSTOP'],
  [0x2, 'SA_NOCLDWAIT'],
  [0x4, 'SA_SIGINFO'],
  [0x04000000, 'SA_RESTORER'],
  [0x08000000, 'SA_ONSTACK'],
  [0x10000000, 'SA_RESTART'],
  [0x40000000, 'SA_NODEFER'],
  [0x80000000, 'SA_RESETHAND'],
];

export function sigactionFlagNames(flags: number | undefined): string[] {
  return flagNames(flags, SA_FLAGS);
}

import { flagNames, type FlagTable } from './bits.ts';

/** open(2) flags as x86_64/generic Linux defines them (octal in the headers). */
const OPEN_FLAGS: FlagTable = [
  [0o100, 'O_CREAT'],
  [0o200, 'O_EXCL'],
  [0o400, 'O_NOCTTY'],
  [0o1000, 'O_TRUNC'],
  [0o2000, 'O_APPEND'],
  [0o4000, 'O_NONBLOCK'],
  [0o10000, 'O_DSYNC'],
  [0o20000, 'O_ASYNC'],
  [0o40000, 'O_DIRECT'],
  [0o100000, 'O_LARGEFILE'],
  [0o200000, 'O_DIRECTORY'],
  [0o400000, 'O_NOFOLLOW'],
  [0o1000000, 'O_NOATIME'],
  [0o2000000, 'O_CLOEXEC'],
  [0o4000000, '__O_SYNC'],
  [0o10000000, 'O_PATH'],
  [0o20000000, '__O_TMPFILE'],
];

const ACCESS_MODES = ['O_RDONLY', 'O_WRONLY', 'O_RDWR', 'O_ACCMODE'];

/** The access mode first (it is a 2-bit field, not a flag), then the set flags. */
export function openFlagNames(flags: number | undefined): string[] {
  if (flags === undefined) return [];
  return [ACCESS_MODES[flags & 3] ?? 'O_RDONLY', ...flagNames(flags & ~3, OPEN_FLAGS)];
}

export function accessMode(flags: number | undefined): 'read' | 'write' | 'read-write' {
  const m = (flags ?? 0) & 3;
  return m === 0 ? 'read' : m === 1 ? 'write' : 'read-write';
}

/** `ls -l` style rendering of st_mode, e.g. `-rw-------` or `prw-------` for a FIFO. */
export function modeString(mode: number | undefined): string | undefined {
  if (mode === undefined) return undefined;
  const kinds: Record<number, string> = {
    0o140000: 's',
    0o120000: 'l',
    0o100000: '-',
    0o60000: 'b',
    0o40000: 'd',
    0o20000: 'c',
    0o10000: 'p',
  };
  const k = kinds[mode & 0o170000] ?? '?';
  const rwx = (v: number, special: boolean, ch: string): string =>
    (v & 4 ? 'r' : '-') +
    (v & 2 ? 'w' : '-') +
    (special ? (v & 1 ? ch : ch.toUpperCase()) : v & 1 ? 'x' : '-');
  return (
    k +
    rwx((mode >> 6) & 7, (mode & 0o4000) !== 0, 's') +
    rwx((mode >> 3) & 7, (mode & 0o2000) !== 0, 's') +
    rwx(mode & 7, (mode & 0o1000) !== 0, 't')
  );
}

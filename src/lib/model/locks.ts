/**
 * File locks (filelocks.img, written when CRIU dumps with --file-locks): POSIX, flock and OFD
 * locks and leases, each with the process and descriptor that hold it and the locked file.
 */
import { big, num } from './entry.ts';
import type { ImageSet } from '../criu/image-cache.ts';
import { enumName } from './names/bits.ts';
import { FLOCK_TYPES, LEASE_BREAKING, LOCK_KINDS, LOCK_TYPES } from './names/misc.ts';
import type { FileLockInfo } from './types.ts';

/** CRIU's name for the image (criu/image-desc.c); `file-locks.img` was never written. */
export const FILE_LOCKS_IMAGE = 'filelocks.img';

function lockType(kind: string, type: number | undefined): string {
  if (kind === 'FLOCK') return enumName(type, FLOCK_TYPES);
  if (kind === 'LEASE' && type !== undefined && type & LEASE_BREAKING)
    return `${enumName(type & ~LEASE_BREAKING, LOCK_TYPES)} (breaking)`;
  return enumName(type, LOCK_TYPES);
}

/** `whole file`, `bytes 100–199`, `from byte 4096 to EOF` (a length of 0 means to EOF). */
export function lockRange(start: bigint, length: bigint): string {
  if (length === 0n) return start === 0n ? 'whole file' : `from byte ${start} to EOF`;
  // A negative length locks the bytes before start (POSIX allows it; the kernel normalises).
  if (length < 0n) return `bytes ${start + length}–${start - 1n}`;
  return `bytes ${start}–${start + length - 1n}`;
}

/** One line for a lock, as the fd's lock column and `inspect` show it: `FLOCK LOCK_EX whole file`. */
export function lockSummary(l: Pick<FileLockInfo, 'kind' | 'type' | 'range'>): string {
  return `${l.kind} ${l.type} ${l.range}`;
}

export async function buildFileLocks(
  images: ImageSet,
  pathOfFd: (pid: number, fd: number) => string | undefined,
): Promise<FileLockInfo[]> {
  return ((await images.load(FILE_LOCKS_IMAGE)) ?? []).map((e) => {
    const kind = enumName(num(e, 'flag'), LOCK_KINDS);
    const pid = num(e, 'pid') ?? 0;
    const fd = num(e, 'fd') ?? -1;
    const start = big(e, 'start') ?? 0n;
    const length = big(e, 'len') ?? 0n;
    return {
      kind,
      type: lockType(kind, num(e, 'type')),
      pid,
      fd,
      start,
      length,
      range: lockRange(start, length),
      path: pathOfFd(pid, fd),
    };
  });
}

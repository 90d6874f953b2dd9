/** File locks (file-locks.img): POSIX, flock, OFD locks and leases with the locked file. */
import { big, num } from './entry.ts';
import type { ImageSet } from '../criu/image-cache.ts';
import { enumName } from './names/bits.ts';
import { LOCK_KINDS, LOCK_TYPES } from './names/misc.ts';
import type { FileLockInfo } from './types.ts';

export async function buildFileLocks(
  images: ImageSet,
  pathOfFd: (pid: number, fd: number) => string | undefined,
): Promise<FileLockInfo[]> {
  return ((await images.load('file-locks.img')) ?? []).map((e) => {
    const kind = enumName(num(e, 'flag'), LOCK_KINDS);
    const pid = num(e, 'pid') ?? 0;
    const fd = num(e, 'fd') ?? -1;
    return {
      kind,
      type:
        kind === 'FLOCK'
          ? (({ 1: 'LOCK_SH', 2: 'LOCK_EX' } as Record<number, string>)[num(e, 'type') ?? 0] ??
            String(num(e, 'type')))
          : enumName(num(e, 'type'), LOCK_TYPES),
      pid,
      fd,
      start: big(e, 'start') ?? 0n,
      length: big(e, 'len') ?? 0n,
      path: pathOfFd(pid, fd),
    };
  });
}

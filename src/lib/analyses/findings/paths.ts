/** Path facts the executable, library and rootfs rules share. */

/** World-writable places droppers write to (no trailing slash). */
export const TEMP_DIRS: readonly string[] = ['/tmp', '/var/tmp', '/dev/shm'];

/** `/a/b/` style, leading slash, no `./`; rootfs-diff members are stored without the slash. */
export function absolute(path: string): string {
  const p = path.replace(/^\.\//, '').replace(/^\/+/, '');
  return '/' + p;
}

export function basename(path: string): string {
  const trimmed = path.replace(/ \(deleted\)$/, '').replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

export function inTempDir(path: string): boolean {
  const p = absolute(path);
  return TEMP_DIRS.some((d) => p === d || p.startsWith(d + '/'));
}

/** A component of the path starts with a dot (not `.` or `..`). */
export function isHidden(path: string): boolean {
  return absolute(path)
    .split('/')
    .some((c) => c.startsWith('.') && c !== '.' && c !== '..');
}

/** The kernel marks the path of an unlinked file this way in /proc (and CRIU keeps it). */
export function markedDeleted(path: string): boolean {
  return path.endsWith(' (deleted)');
}

/** `memfd:NAME` is how the kernel names a memfd's path (`memfd:NAME (deleted)`). */
export function isMemfdPath(path: string): boolean {
  return path.startsWith('memfd:') || path.startsWith('/memfd:');
}

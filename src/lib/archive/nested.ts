import { openArchive } from './open-archive.ts';
import type { Archive, OpenOptions } from './types.ts';

/**
 * Open a tar stored inside the archive (rootfs-diff.tar, devshm-checkpoint.tar,
 * volumes/*.tar) as an archive of its own. The member is read where it lives (a window of
 * the input, or memory), so an uncompressed nested tar is indexed by its headers only; a
 * compressed one (containerd's rootfs-diff.tar is gzip despite its name) is streamed once.
 * Undefined when the member has no data.
 */
export async function openNestedArchive(
  archive: Archive,
  path: string,
  options: OpenOptions = {},
): Promise<Archive | undefined> {
  const source = archive.source(path);
  if (!source) return undefined;
  return openArchive(source, { name: path, skipLayout: true, ...options });
}

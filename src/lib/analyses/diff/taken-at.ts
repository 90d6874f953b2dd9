/**
 * When a checkpoint was taken, for engines that do not write it down (Podman leaves
 * config.dump's `checkpointedTime` unset): the archive member time of the CRIU inventory,
 * which CRIU writes at the end of the dump. Second resolution; absent for a folder input
 * without times.
 */
import type { Archive, ContainerLayout } from '../../archive/types.ts';

export function checkpointTakenAt(archive: Archive, layout: ContainerLayout): string | undefined {
  if (layout.checkpointDir === undefined) return undefined;
  const m =
    archive.member(`${layout.checkpointDir}inventory.img`) ??
    archive.member(`${layout.checkpointDir}pstree.img`);
  if (!m || !Number.isFinite(m.mtime) || m.mtime <= 0) return undefined;
  return new Date(m.mtime * 1000).toISOString();
}

/** A comparison's side taken from an opened archive: its label, model, time and digest. */
import type { Archive, ContainerLayout } from '../../archive/types.ts';
import type { ContainerModel } from '../../model/from-archive.ts';
import type { DiffSide } from './container.ts';

/**
 * When a checkpoint was taken, for engines that do not write it down (Podman leaves
 * config.dump's `checkpointedTime` unset): the archive member time of the CRIU inventory,
 * which CRIU writes at the end of the dump. Second resolution; absent for a folder input
 * without times.
 */
export function checkpointTakenAt(archive: Archive, layout: ContainerLayout): string | undefined {
  if (layout.checkpointDir === undefined) return undefined;
  const m =
    archive.member(`${layout.checkpointDir}inventory.img`) ??
    archive.member(`${layout.checkpointDir}pstree.img`);
  if (!m || !Number.isFinite(m.mtime) || m.mtime <= 0) return undefined;
  return new Date(m.mtime * 1000).toISOString();
}

/**
 * One container of an opened archive as a side of a comparison: its label (the archive name,
 * with the container folder in a pod), model, time taken and the archive's SHA-256 if known.
 */
export function archiveSide(archive: Archive, container: ContainerModel): DiffSide {
  const side: DiffSide = {
    label: container.root ? `${archive.name}:${container.root}` : archive.name,
    model: container.model,
  };
  const layout = archive.layout.containers.find((l) => l.root === container.root);
  const taken = layout && checkpointTakenAt(archive, layout);
  if (taken !== undefined) side.takenAt = taken;
  if (archive.sha256 !== undefined) side.sha256 = archive.sha256;
  return side;
}

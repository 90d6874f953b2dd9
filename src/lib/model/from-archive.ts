/**
 * The model of every container of an opened archive (one for a container checkpoint, several
 * for a pod, one for a bare CRIU directory). This is what the worker and the CLI call.
 */
import type { Archive, ContainerLayout } from '../archive/types.ts';
import { openContainerMemory } from '../memory/archive-memory.ts';
import { openMemory } from '../memory/open-memory.ts';
import { problem } from '../problems.ts';
import { containerReader, type ContainerReader } from '../reader/container-reader.ts';
import { bareCriuName } from '../summary/identity.ts';
import { buildModel } from './build.ts';
import type { CheckpointModel } from './types.ts';

export interface ContainerModel {
  /** The container's folder inside the archive (`` at the top, `<id>-<name>/` in a pod). */
  root: string;
  model: CheckpointModel;
}

export async function buildContainerModel(
  archive: Archive,
  layout: ContainerLayout,
  reader: ContainerReader = containerReader(archive, layout),
): Promise<CheckpointModel> {
  // The container's one memory reader (`containerReader`'s, through openContainerMemory): it
  // follows the archive's parent link into pre-dump images, and the Memory view, search and
  // comparison read the same one. Without an images directory, an empty memory.
  const memory =
    (await openContainerMemory(archive, layout)) ??
    (await openMemory(layout.images, { parent: null }));
  const model = await buildModel({
    images: reader.images.store,
    root: archive.store(layout.root),
    engine: layout.engine,
    memory,
  });
  if (layout.engine === 'bare-criu')
    model.container.name ??= bareCriuName(layout.root, archive.name);
  if (!layout.checkpointDir)
    model.problems.push(
      problem('no-criu-images', `${layout.root || archive.name} has no CRIU images directory`, {
        file: layout.root || archive.name,
      }),
    );
  // Name the archive member too: in a pod, every container has its own core-1.img.
  for (const p of model.problems)
    if (p.image !== undefined && p.file === undefined && layout.checkpointDir !== undefined)
      p.file = layout.checkpointDir + p.image;
  return model;
}

export async function buildArchiveModels(archive: Archive): Promise<ContainerModel[]> {
  const out: ContainerModel[] = [];
  for (const layout of archive.layout.containers)
    out.push({ root: layout.root, model: await buildContainerModel(archive, layout) });
  return out;
}

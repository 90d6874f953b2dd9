/**
 * The model of every container of an opened archive (one for a container checkpoint, several
 * for a pod, one for a bare CRIU directory). This is what the worker and the CLI call.
 */
import type { Archive, ContainerLayout } from '../archive/types.ts';
import { decodeImage } from '../criu/decode-image.ts';
import { openMemory } from '../memory/open-memory.ts';
import { problem } from '../problems.ts';
import { buildModel } from './build.ts';
import { memoryReader } from './memory-adapter.ts';
import type { CheckpointModel } from './types.ts';

export interface ContainerModel {
  /** The container's folder inside the archive (`` at the top, `<id>-<name>/` in a pod). */
  root: string;
  model: CheckpointModel;
}

export async function buildContainerModel(
  archive: Archive,
  layout: ContainerLayout,
): Promise<CheckpointModel> {
  const memory = await openMemory(layout.images, { decode: decodeImage });
  const model = await buildModel({
    images: layout.images,
    root: archive.store(layout.root),
    decode: decodeImage,
    memory: memoryReader(memory),
  });
  model.problems.push(...memory.problems.filter((p) => p.code !== 'missing-image'));
  if (!layout.checkpointDir)
    model.problems.push(
      problem('no-criu-images', `${layout.root || 'the archive'} has no CRIU images directory`),
    );
  return model;
}

export async function buildArchiveModels(archive: Archive): Promise<ContainerModel[]> {
  const out: ContainerModel[] = [];
  for (const layout of archive.layout.containers)
    out.push({ root: layout.root, model: await buildContainerModel(archive, layout) });
  return out;
}

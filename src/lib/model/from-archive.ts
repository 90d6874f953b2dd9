/**
 * The model of every container of an opened archive (one for a container checkpoint, several
 * for a pod, one for a bare CRIU directory). This is what the worker and the CLI call.
 */
import type { Archive, ContainerLayout } from '../archive/types.ts';
import { decodeImage } from '../criu/decode-image.ts';
import type { CheckpointMemory } from '../memory/checkpoint-memory.ts';
import { openMemory } from '../memory/open-memory.ts';
import { problem } from '../problems.ts';
import { buildModel } from './build.ts';
import { memoryReader } from './memory-adapter.ts';
import type { CheckpointModel } from './types.ts';
import { appendAll } from '../append-all.ts';

export interface ContainerModel {
  /** The container's folder inside the archive (`` at the top, `<id>-<name>/` in a pod). */
  root: string;
  model: CheckpointModel;
}

export async function buildContainerModel(
  archive: Archive,
  layout: ContainerLayout,
): Promise<CheckpointModel> {
  // The memory layer follows PE_PARENT pages into pre-dump images; should it fail, the
  // model falls back to its own reader of this directory's pagemaps.
  let memory: CheckpointMemory | undefined;
  try {
    memory = await openMemory(layout.images, { decode: decodeImage });
  } catch {
    memory = undefined;
  }
  const model = await buildModel({
    images: layout.images,
    root: archive.store(layout.root),
    decode: decodeImage,
    memory: memory && memoryReader(memory),
  });
  // Missing images are already reported by the model itself.
  appendAll(
    model.problems,
    (memory?.problems ?? []).filter((p) => p.code !== 'missing-image'),
  );
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

import type { Archive } from '../archive/types.ts';
import type { CheckpointMemory } from './checkpoint-memory.ts';
import { openMemory, type OpenMemoryOptions } from './open-memory.ts';

export interface ContainerMemory {
  /** The container's folder in the archive (`` for a single container). */
  root: string;
  mem: CheckpointMemory;
}

/** The memory of every container of an opened archive that has a CRIU images directory. */
export async function openArchiveMemory(
  archive: Archive,
  options: Omit<OpenMemoryOptions, 'parent'> = {},
): Promise<ContainerMemory[]> {
  const out: ContainerMemory[] = [];
  for (const c of archive.layout.containers) {
    if (c.checkpointDir === undefined) continue;
    out.push({ root: c.root, mem: await openMemory(c.images, options) });
  }
  return out;
}

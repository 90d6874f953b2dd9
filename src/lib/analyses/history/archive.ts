/**
 * History of every container of an opened archive, for the CLI and `inspect --json`: builds
 * (or takes) the models, opens each container's memory, reads history files from its
 * rootfs-diff.tar.
 */
import type { Archive } from '../../archive/types.ts';
import { openContainerMemory } from '../../memory/archive-memory.ts';
import { buildArchiveModels, type ContainerModel } from '../../model/from-archive.ts';
import { readFsChangeFile } from '../../model/fs-changes.ts';
import { analyseHistory } from './index.ts';
import type { HistoryResult } from './types.ts';

export interface ContainerHistory extends HistoryResult {
  /** The container's folder in the archive (`` for a single container). */
  root: string;
}

export async function archiveHistory(
  archive: Archive,
  models?: ContainerModel[],
): Promise<ContainerHistory[]> {
  const built = models ?? (await buildArchiveModels(archive));
  const out: ContainerHistory[] = [];
  for (const [i, layout] of archive.layout.containers.entries()) {
    const model = built.find((m) => m.root === layout.root)?.model ?? built[i]?.model;
    if (!model) continue;
    const mem = await openContainerMemory(archive, layout);
    const root = archive.store(layout.root);
    const result = await analyseHistory(model, mem, {
      readRootfsFile: (path) => readFsChangeFile(root, 'rootfs-diff.tar', path),
    });
    out.push({ root: layout.root, ...result });
  }
  return out;
}

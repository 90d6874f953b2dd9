/** Secrets of every container of an opened archive, for the CLI. */
import type { Archive } from '../../archive/types.ts';
import { openContainerMemory } from '../../memory/archive-memory.ts';
import { buildArchiveModels } from '../../model/from-archive.ts';
import { readFsChangeFile } from '../../model/fs-changes.ts';
import { scanSecrets } from './index.ts';
import type { SecretRule, SecretsResult } from './types.ts';

export interface ContainerSecrets extends SecretsResult {
  root: string;
}

export async function archiveSecrets(
  archive: Archive,
  rules?: readonly SecretRule[],
): Promise<ContainerSecrets[]> {
  const models = await buildArchiveModels(archive);
  const out: ContainerSecrets[] = [];
  for (const [i, layout] of archive.layout.containers.entries()) {
    const model = models[i]?.model;
    if (!model) continue;
    const mem = await openContainerMemory(archive, layout);
    const root = archive.store(layout.root);
    const result = await scanSecrets(model, mem, {
      ...(rules ? { rules } : {}),
      ...(archive.layout.containers.length > 1 ? { container: i } : {}),
      readRootfsFile: (path) => readFsChangeFile(root, 'rootfs-diff.tar', path),
    });
    out.push({ root: layout.root, ...result });
  }
  return out;
}

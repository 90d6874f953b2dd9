/**
 * The findings of a whole opened archive as the CLI reports them everywhere (`findings`,
 * `inspect`, `report`): each container's triage findings with the other analyses' added
 * (shell-history anti-forensics and, when asked, high-confidence secrets). One function, so
 * the three commands cannot drift apart.
 */
import type { Archive } from '../../archive/types.ts';
import { openContainerMemory } from '../../memory/archive-memory.ts';
import type { ContainerModel } from '../../model/from-archive.ts';
import { archiveFindings, type ArchiveFindings } from './archive.ts';
import { archiveExtras } from './extras.ts';

export async function findingsOfArchive(
  archive: Archive,
  models: ContainerModel[],
  options: { secrets?: boolean } = {},
): Promise<ArchiveFindings> {
  const extras = await archiveExtras(archive, models, options);
  return archiveFindings(
    models,
    (root) => {
      const layout = archive.layout.containers.find((l) => l.root === root);
      return layout ? openContainerMemory(archive, layout) : undefined;
    },
    (i) => extras[i]?.findings ?? [],
  );
}

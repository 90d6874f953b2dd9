import type { Archive, ContainerLayout } from '../../lib/archive/types.ts';
import type { Finding } from '../../lib/analyses/findings/types.ts';
import type { CheckpointMemory } from '../../lib/memory/checkpoint-memory.ts';
import type { CheckpointModel } from '../../lib/model/types.ts';

export interface ContainerAnalyses {
  findings: Finding[];
  secrets?: number;
  historyEntries?: number;
}

/**
 * The analyses `triage` runs on each container, in one place so that the batch documents
 * count what `findings`, `secrets` and `history` would report for the same archive.
 */
export async function containerAnalyses(
  model: CheckpointModel,
  memory: CheckpointMemory | undefined,
  archive: Archive,
  layout: ContainerLayout,
): Promise<ContainerAnalyses> {
  void model;
  void memory;
  void archive;
  void layout;
  return { findings: [] }; // MERGE: replaced by the findings/secrets/history analyses
}

import type { Archive, ContainerLayout } from '../../lib/archive/types.ts';
import { collectFindings } from '../../lib/analyses/findings/index.ts';
import { analystExtras } from '../../lib/analyses/findings/extras.ts';
import type { Finding } from '../../lib/analyses/findings/types.ts';
import type { CheckpointMemory } from '../../lib/memory/checkpoint-memory.ts';
import { readFsChangeFile } from '../../lib/model/fs-changes.ts';
import type { CheckpointModel } from '../../lib/model/types.ts';

export interface ContainerAnalyses {
  findings: Finding[];
  secrets?: number;
  historyEntries?: number;
}

/**
 * The analyses `triage` runs on each container, in one place so that the batch documents
 * count what `findings`, `secrets` and `history` report for the same archive: the triage
 * rules, shell history (its anti-forensics findings and the entries recovered) and the
 * secrets pass (its high-confidence findings and the distinct values found).
 */
export async function containerAnalyses(
  model: CheckpointModel,
  memory: CheckpointMemory | undefined,
  archive: Archive,
  layout: ContainerLayout,
  container?: number,
): Promise<ContainerAnalyses> {
  const store = archive.store(layout.root);
  const extras = await analystExtras(model, memory, {
    secrets: true,
    ...(container !== undefined ? { container } : {}),
    readRootfsFile: (path) => readFsChangeFile(store, 'rootfs-diff.tar', path),
  });
  const r = await collectFindings({
    model,
    ...(memory ? { memory } : {}),
    ...(container !== undefined ? { container } : {}),
    extra: extras.findings,
  });
  return {
    findings: r.findings,
    historyEntries: extras.historyEntries,
    ...(extras.secrets !== undefined ? { secrets: extras.secrets } : {}),
  };
}

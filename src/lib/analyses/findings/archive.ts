/**
 * Findings for every container of an archive (a pod has several): each container's own list,
 * and all of them together, ordered most severe first. The CLI and the worker both use it.
 */
import { appendAll } from '../../append-all.ts';
import type { ContainerModel } from '../../model/from-archive.ts';
import type { CheckpointMemory } from '../../memory/checkpoint-memory.ts';
import type { Problem } from '../../problems.ts';
import { collectFindings, sortFindings } from './index.ts';
import type { Finding } from './types.ts';

/** The findings other analyses add to container `container`: the one place they plug in. */
export type ExtraFindings = (container: number) => readonly Finding[] | Promise<readonly Finding[]>;

export interface ContainerFindings {
  /** Index in the archive's containers. */
  container: number;
  /** The container's folder (`` for a single container). */
  folder: string;
  name?: string;
  findings: Finding[];
}

export interface ArchiveFindings {
  containers: ContainerFindings[];
  /** Every container's findings, together. */
  all: Finding[];
  problems: Problem[];
}

export async function archiveFindings(
  models: readonly ContainerModel[],
  memoryOf: (root: string) => CheckpointMemory | undefined | Promise<CheckpointMemory | undefined>,
  /** Other analyses' findings for one container (history, secrets, YARA); may be computed. */
  extraOf: ExtraFindings = () => [],
): Promise<ArchiveFindings> {
  const containers: ContainerFindings[] = [];
  const problems: Problem[] = [];
  const pod = models.length > 1;
  for (const [i, c] of models.entries()) {
    const r = await collectFindings({
      model: c.model,
      memory: await memoryOf(c.root),
      ...(pod ? { container: i } : {}),
      extra: await extraOf(i),
    });
    containers.push({
      container: i,
      folder: c.root,
      name: c.model.container.name,
      findings: r.findings,
    });
    appendAll(problems, r.problems);
  }
  return { containers, all: sortFindings(containers.flatMap((c) => c.findings)), problems };
}

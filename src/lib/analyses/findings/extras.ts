/**
 * The findings the other analyses add to a container's triage findings, in one place so the
 * `findings` and `inspect` commands, `triage` and the page all report the same list:
 * shell-history anti-forensics (always: the history pass is cheap) and high-confidence
 * secrets (when asked: the secrets pass reads all of the container's memory once more).
 * YARA findings need the analyst's rules and join only where a scan was run.
 */
import type { Archive } from '../../archive/types.ts';
import { openContainerMemory } from '../../memory/archive-memory.ts';
import type { CheckpointMemory } from '../../memory/checkpoint-memory.ts';
import type { ContainerModel } from '../../model/from-archive.ts';
import { readFsChangeFile } from '../../model/fs-changes.ts';
import type { CheckpointModel } from '../../model/types.ts';
import type { Problem } from '../../problems.ts';
import { historyFindings } from '../history/findings.ts';
import { analyseHistory } from '../history/index.ts';
import { secretFindings } from '../secrets/findings.ts';
import { scanSecrets } from '../secrets/index.ts';
import type { Finding } from './types.ts';

export interface AnalystExtras {
  findings: Finding[];
  /** History entries recovered from memory, in every process. */
  historyEntries: number;
  /** Distinct secret values, when the secrets pass ran. */
  secrets?: number;
  problems: Problem[];
}

export interface ExtrasOptions {
  /** Index of the container in a pod (absent for a single container). */
  container?: number;
  /** A rootfs-diff.tar file's bytes, for history files and secrets in files. */
  readRootfsFile?: (path: string) => Promise<Uint8Array | undefined>;
  /** Also run the secrets pass (a second read of all dumped memory). */
  secrets?: boolean;
}

export async function analystExtras(
  model: CheckpointModel,
  memory: CheckpointMemory | undefined,
  options: ExtrasOptions = {},
): Promise<AnalystExtras> {
  const { container, readRootfsFile } = options;
  const history = await analyseHistory(model, memory, readRootfsFile ? { readRootfsFile } : {});
  const findings = historyFindings(history, container);
  const problems = [...history.problems];
  const historyEntries = history.processes.reduce((n, p) => n + p.entries.length, 0);
  if (!options.secrets) return { findings, historyEntries, problems };
  const secrets = await scanSecrets(model, memory, {
    ...(container !== undefined ? { container } : {}),
    ...(readRootfsFile ? { readRootfsFile } : {}),
  });
  for (const f of secretFindings(secrets, container)) findings.push(f);
  for (const p of secrets.problems) problems.push(p);
  return { findings, historyEntries, secrets: secrets.secrets.length, problems };
}

/** `analystExtras` for every container of an opened archive, in the models' order. */
export async function archiveExtras(
  archive: Archive,
  models: readonly ContainerModel[],
  options: Pick<ExtrasOptions, 'secrets'> = {},
): Promise<AnalystExtras[]> {
  const out: AnalystExtras[] = [];
  const pod = models.length > 1;
  for (const [i, m] of models.entries()) {
    const layout = archive.layout.containers.find((l) => l.root === m.root);
    const memory = layout ? await openContainerMemory(archive, layout) : undefined;
    const store = archive.store(m.root);
    out.push(
      await analystExtras(m.model, memory, {
        ...options,
        ...(pod ? { container: i } : {}),
        readRootfsFile: (path) => readFsChangeFile(store, 'rootfs-diff.tar', path),
      }),
    );
  }
  return out;
}

import { appendAll } from '../../lib/append-all.ts';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  triageDocuments,
  unreadableDocument,
  type ContainerResult,
  type TriageDocument,
} from '../../lib/analyses/triage/documents.ts';
import { openContainerMemory } from '../../lib/memory/archive-memory.ts';
import { buildArchiveModels } from '../../lib/model/from-archive.ts';
import { problem, type Problem } from '../../lib/problems.ts';
import { summarize } from '../../lib/summary/index.ts';
import type { CheckpointSummary } from '../../lib/summary/types.ts';
import { openPath } from '../open-path.ts';
import { containerAnalyses } from './container-analyses.ts';
import type { TriageInput } from './inputs.ts';
import { TOOL_VERSION } from './version.ts';

/** SHA-256 of a file as given, streamed (Node's crypto: about 1 GB/s with SHA-NI). */
async function fileSha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 4 << 20 }))
    hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * A folder of images has no single digest: its identity is the SHA-256 of a manifest of its
 * files (relative path and each file's SHA-256, one per line, sorted), as `sha256sum` of
 * `find DIR -type f | sort | xargs sha256sum` would give for the list.
 */
async function folderSha256(dir: string): Promise<{ sha256: string; size: number }> {
  const files: string[] = [];
  const walk = async (d: string) => {
    for (const e of await fs.promises.readdir(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile()) files.push(full);
    }
  };
  await walk(dir);
  files.sort();
  const manifest = createHash('sha256');
  let size = 0;
  for (const f of files) {
    size += (await fs.promises.stat(f)).size;
    manifest.update(`${await fileSha256(f)}  ${path.relative(dir, f)}\n`);
  }
  return { sha256: manifest.digest('hex'), size };
}

/** The identity of an input: cheap to compute before deciding to skip it. */
export async function inputIdentity(input: TriageInput): Promise<{ sha256: string; size: number }> {
  if (input.kind === 'images-folder') return folderSha256(input.path);
  const size = (await fs.promises.stat(input.path)).size;
  return { sha256: await fileSha256(input.path), size };
}

/**
 * Everything `triage` says about one checkpoint: its archive document and one document per
 * finding. Never throws for bad evidence: an input that cannot be opened at all is still a
 * document, with the problem that stopped it.
 */
export async function analyseInput(
  input: TriageInput,
  identity: { sha256: string; size: number },
  now: () => Date = () => new Date(),
): Promise<TriageDocument[]> {
  const base = {
    path: input.path,
    size: identity.size,
    sha256: identity.sha256,
    analysedAt: now().toISOString(),
    toolVersion: TOOL_VERSION,
  };
  let archive;
  try {
    archive = await openPath(input.path, { skipHash: true });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return [unreadableDocument({ ...base, problems: [problem('unreadable-input', message)] })];
  }
  try {
    const problems: Problem[] = [...archive.problems];
    let summary: CheckpointSummary | undefined;
    try {
      summary = await summarize(archive);
    } catch (e) {
      problems.push(problem('unreadable-input', `summary: ${String(e)}`));
    }
    const containers: ContainerResult[] = [];
    const models = await buildArchiveModels(archive);
    for (const [i, c] of models.entries()) {
      appendAll(problems, c.model.problems);
      const layout = archive.layout.containers[i]!;
      const memory = await openContainerMemory(archive, layout);
      containers.push({
        root: c.root,
        model: c.model,
        ...(await containerAnalyses(
          c.model,
          memory,
          archive,
          layout,
          models.length > 1 ? i : undefined,
        )),
      });
    }
    return triageDocuments({ ...base, ...(summary ? { summary } : {}), containers, problems });
  } finally {
    await archive.dispose();
  }
}

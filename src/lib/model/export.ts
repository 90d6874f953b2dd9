/**
 * The one JSON document `inspect --json` prints and the page offers for download: the model
 * of the container (with the archive's name), or `{archive, containers: [...]}` for a pod.
 */
import type { ContainerModel } from './from-archive.ts';
import { toJson } from './json.ts';

export function inspectDocument(
  archiveName: string,
  models: ContainerModel[],
  sha256?: string,
): Record<string, unknown> {
  // The input's digest rides along for the chain of custody.
  const head = { archive: archiveName, ...(sha256 ? { sha256 } : {}) };
  if (models.length === 1) return { ...head, ...models[0]!.model };
  return { ...head, containers: models.map((c) => ({ folder: c.root, ...c.model })) };
}

export function inspectJson(
  archiveName: string,
  models: ContainerModel[],
  indent = 2,
  sha256?: string,
): string {
  return toJson(inspectDocument(archiveName, models, sha256), indent);
}

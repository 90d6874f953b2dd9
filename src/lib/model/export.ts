/**
 * The one JSON document `inspect --json` prints and the page offers for download: the model
 * of the container (with the archive's name), or `{archive, containers: [...]}` for a pod.
 */
import type { ContainerModel } from './from-archive.ts';
import { toJson } from './json.ts';

export function inspectDocument(
  archiveName: string,
  models: ContainerModel[],
): Record<string, unknown> {
  if (models.length === 1) return { archive: archiveName, ...models[0]!.model };
  return { archive: archiveName, containers: models.map((c) => ({ folder: c.root, ...c.model })) };
}

export function inspectJson(archiveName: string, models: ContainerModel[], indent = 2): string {
  return toJson(inspectDocument(archiveName, models), indent);
}

/**
 * The engine's JSON files of one container (config.dump, spec.dump, status.dump) and
 * containerd's `status`, read once for the engine and checkpoint sources. Bad JSON is already
 * a problem of the model (model/container.ts reads the same files), so it is not reported twice.
 */
import type { MemberStore } from '../../archive/member-store.ts';
import { isRecord, parseJsonFile } from '../../summary/json-file.ts';

export interface EngineFiles {
  config?: Record<string, unknown>;
  spec?: Record<string, unknown>;
  statusDump?: Record<string, unknown>;
  /** containerd's `status` as text: its times are nanosecond integers past 2^53. */
  statusText?: string;
}

export async function readEngineFiles(root: MemberStore): Promise<EngineFiles> {
  const files: EngineFiles = {};
  const config = await readJson(root, 'config.dump');
  if (config) files.config = config;
  const spec = await readJson(root, 'spec.dump');
  if (spec) files.spec = spec;
  const statusDump = await readJson(root, 'status.dump');
  if (statusDump) files.statusDump = statusDump;
  if (root.has('status')) files.statusText = new TextDecoder().decode(await root.read('status'));
  return files;
}

async function readJson(
  root: MemberStore,
  name: string,
): Promise<Record<string, unknown> | undefined> {
  if (!root.has(name)) return undefined;
  const parsed = parseJsonFile(new TextDecoder().decode(await root.read(name)), name, []);
  return isRecord(parsed) ? parsed : undefined;
}

import { readExact } from '../archive/byte-source.ts';
import type { Archive, ContainerLayout } from '../archive/types.ts';
import type { Problem } from '../problems.ts';
import { bareCriuName, containerIdentity } from './identity.ts';
import { isRecord, parseJsonFile, str } from './json-file.ts';
import { podmanInterfaces } from './network.ts';
import { decodeStatsFile } from './stats-dump.ts';
import type { CheckpointSummary, ContainerSummary, MemberSummary } from './types.ts';

/** stats-dump is ~50 bytes; a bigger one is damaged and only its head is decoded. */
const STATS_MAX = 64 * 1024;

/** Big log files are not read whole just to find the version line near their top. */
const DUMP_LOG_HEAD = 64 * 1024;

async function readHead(
  archive: Archive,
  path: string,
  bytes: number,
): Promise<string | undefined> {
  const source = archive.source(path);
  if (!source) return undefined;
  const head = await source.read(0, bytes);
  return new TextDecoder().decode(head);
}

function criuVersionFromLog(log: string | undefined): string | undefined {
  return log?.match(/\bVersion:\s*([0-9][\w.\-+]*)/)?.[1];
}

async function summarizeContainer(
  archive: Archive,
  c: ContainerLayout,
  problems: Problem[],
): Promise<ContainerSummary> {
  const text = async (path: string | undefined) => (path ? archive.readText(path) : undefined);
  const config = parseJsonFile(
    await text(c.files['config.dump']),
    c.files['config.dump'] ?? '',
    problems,
  );
  const spec = parseJsonFile(
    await text(c.files['spec.dump']),
    c.files['spec.dump'] ?? '',
    problems,
  );
  const status = parseJsonFile(
    await text(c.files['status.dump']),
    c.files['status.dump'] ?? '',
    problems,
  );
  const identity = containerIdentity(c.engine, config, spec, status);

  const images = c.images.list();
  const sizeOf = (re: RegExp) =>
    images.filter((m) => re.test(m.name)).reduce((n, m) => n + m.size, 0);
  const summary: ContainerSummary = {
    root: c.root,
    engine: c.engine,
    ...identity,
    network: [],
    imageCount: images.filter((m) => m.name.endsWith('.img')).length,
    checkpointSize: images.reduce((n, m) => n + m.size, 0),
    memoryPagesSize: sizeOf(/^pages-/),
    amdgpuPagesSize: sizeOf(/^amdgpu-pages-/),
    files: { ...c.files },
  };
  if (c.checkpointDir !== undefined) summary.imagesDir = c.checkpointDir;
  if (c.engine === 'bare-criu' && !summary.name) summary.name = bareCriuName(c.root, archive.name);

  const diff = c.files['rootfs-diff.tar'];
  if (diff) summary.rootFsDiffSize = archive.member(diff)?.size ?? 0;

  if (c.files['network.status']) {
    const status = parseJsonFile(
      await text(c.files['network.status']),
      c.files['network.status'],
      problems,
    );
    summary.network = podmanInterfaces(status);
  }
  if (c.files['deleted.files']) {
    const deleted = parseJsonFile(
      await text(c.files['deleted.files']),
      c.files['deleted.files'],
      problems,
    );
    if (Array.isArray(deleted))
      summary.deletedFiles = deleted.filter((d): d is string => typeof d === 'string');
  }
  const log = c.files['dump.log'];
  const version = criuVersionFromLog(log ? await readHead(archive, log, DUMP_LOG_HEAD) : undefined);
  if (version) summary.criuVersion = version;

  const statsPath = c.files['stats-dump'];
  if (statsPath) {
    const source = archive.source(statsPath);
    const bytes = source
      ? await readExact(source, 0, Math.min(source.size, STATS_MAX))
      : new Uint8Array(0);
    const decoded = decodeStatsFile(bytes, statsPath);
    problems.push(...decoded.problems);
    if (decoded.stats) summary.stats = decoded.stats;
  }
  return summary;
}

async function podNames(archive: Archive, problems: Problem[]): Promise<CheckpointSummary['pod']> {
  const path = archive.layout.podOptions;
  if (!path) return undefined;
  const options = parseJsonFile(await archive.readText(path), path, problems);
  const annotations = isRecord(options) && isRecord(options.annotations) ? options.annotations : {};
  const pod: NonNullable<CheckpointSummary['pod']> = {};
  const name = str(annotations['org.criu.checkpoint.pod.name']);
  const namespace = str(annotations['org.criu.checkpoint.pod.namespace']);
  if (name) pod.name = name;
  if (namespace) pod.namespace = namespace;
  return pod;
}

/**
 * The summary of an opened checkpoint: per container what `checkpointctl show` and the top of
 * `inspect` print (name, image, ID, runtime, times, engine, pod, sizes, network, CRIU dump
 * statistics), plus the member list. Reads only small files; never throws on bad content.
 */
export async function summarize(archive: Archive): Promise<CheckpointSummary> {
  const problems: Problem[] = [...archive.problems];
  const pod = await podNames(archive, problems);
  const containers: ContainerSummary[] = [];
  for (const c of archive.layout.containers) {
    const summary = await summarizeContainer(archive, c, problems);
    // A pod checkpoint names its pod once, in pod.options; containers inherit it.
    if (pod?.name && !summary.pod) summary.pod = pod.name;
    if (pod?.namespace && !summary.namespace) summary.namespace = pod.namespace;
    containers.push(summary);
  }
  const members: MemberSummary[] = archive.members.map((m) => ({
    path: m.path,
    type: m.type,
    size: m.size,
    mode: m.mode,
    mtime: m.mtime,
    ...(m.linkTarget !== undefined ? { linkTarget: m.linkTarget } : {}),
    ...(m.truncated ? { truncated: true } : {}),
  }));
  return {
    name: archive.name,
    inputKind: archive.inputKind,
    inputDescription: archive.inputDescription,
    compression: archive.compression,
    inputSize: archive.inputSize,
    ...(archive.sha256 ? { sha256: archive.sha256 } : {}),
    unpackedSize: members.reduce((n, m) => n + m.size, 0),
    engine: archive.layout.engine,
    layoutKind: archive.layout.kind,
    ...(pod ? { pod } : {}),
    containers,
    members,
    problems,
  };
}

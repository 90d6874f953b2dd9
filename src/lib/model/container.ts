/**
 * The container around the checkpoint, from the engine's files next to the images:
 * config.dump (Podman's container config, or the reduced one CRI-O/containerd write),
 * spec.dump (the OCI spec with annotations and mounts), network.status, status.dump.
 * A bare CRIU directory has none of them; the container is then described as `bare CRIU`.
 */
import { containerEngine, specAnnotationsOf } from '../archive/layout.ts';
import type { MemberStore } from '../archive/member-store.ts';
import { CONTAINER_ROOT_FILES, type ContainerRootFile, type Engine } from '../archive/types.ts';
import type { Problem } from '../problems.ts';
import { containerIdentity } from '../summary/identity.ts';
import { parseJsonFile } from '../summary/json-file.ts';
import { podmanInterfaces } from '../summary/network.ts';
import type { ContainerInfo, ContainerSizes, NetworkInterface, OciMount } from './types.ts';

type Json = Record<string, unknown>;

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const s = (o: Json | undefined, k: string): string | undefined => {
  const v = o?.[k];
  return typeof v === 'string' && v !== '' ? v : undefined;
};
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
const stringMap = (v: unknown): Record<string, string> =>
  isObj(v)
    ? Object.fromEntries(
        Object.entries(v).map(([k, x]) => [k, typeof x === 'string' ? x : JSON.stringify(x)]),
      )
    : {};

/** A root JSON file, parsed; bad JSON is a named problem (parseJsonFile), never an exception. */
async function readJson(root: MemberStore, name: string, problems: Problem[]): Promise<unknown> {
  if (!root.has(name)) return undefined;
  return parseJsonFile(new TextDecoder().decode(await root.read(name)), name, problems);
}

/**
 * The model's words for the engines `containerEngine` (src/lib/archive/layout.ts) tells apart.
 * Kept apart from `show`'s labels (summary/format.ts) on purpose: they are the documented
 * `container.engine` values of `inspect --json`; `engineId` carries the shared identifier.
 */
const ENGINE_NAMES: Record<Engine, string> = {
  podman: 'Podman',
  'cri-o': 'CRI-O',
  containerd: 'containerd',
  unknown: 'unknown engine',
  'bare-criu': 'bare CRIU',
};

/** The engine from the files in the container's folder, when the layout's is not given. */
function engineFromRoot(root: MemberStore | undefined, annotations: Json, config: unknown): Engine {
  const present: Partial<Record<ContainerRootFile, boolean>> = {};
  for (const name of CONTAINER_ROOT_FILES) if (root?.has(name)) present[name] = true;
  return containerEngine(annotations, present, config);
}

function ociMounts(spec: Json | undefined): OciMount[] {
  const list = spec?.['mounts'];
  if (!Array.isArray(list)) return [];
  return list.filter(isObj).map((m) => ({
    destination: s(m, 'destination') ?? '',
    type: s(m, 'type'),
    source: s(m, 'source'),
    options: strings(m['options']),
  }));
}

/** dump.log starts with CRIU's version line; only its head is read. */
async function criuVersion(root: MemberStore | undefined): Promise<string | undefined> {
  if (!root?.has('dump.log')) return undefined;
  const head = new TextDecoder().decode(await root.readRange('dump.log', 0, 64 * 1024));
  return /\bVersion:\s*([0-9][\w.+-]*)/.exec(head)?.[1];
}

function sizes(images: MemberStore, root: MemberStore | undefined): ContainerSizes {
  const list = images.list();
  return {
    checkpoint: list.reduce((n, m) => n + m.size, 0),
    memoryPages: list
      .filter((m) => /^pages-\d+\.img$/.test(m.name))
      .reduce((n, m) => n + m.size, 0),
    rootFsDiff: root?.size('rootfs-diff.tar'),
  };
}

export async function buildContainer(
  root: MemberStore | undefined,
  images: MemberStore,
  problems: Problem[],
  layoutEngine?: Engine,
): Promise<ContainerInfo> {
  const files = root?.list().map((m) => m.name) ?? [];
  const config = root ? await readJson(root, 'config.dump', problems) : undefined;
  const spec = root ? await readJson(root, 'spec.dump', problems) : undefined;
  const status = root ? await readJson(root, 'status.dump', problems) : undefined;
  const podmanConfig = isObj(config) ? config : undefined;
  const specObj = isObj(spec) ? spec : undefined;
  const annotations = stringMap(specAnnotationsOf(spec));
  const podmanSpec = isObj(podmanConfig?.['spec']) ? podmanConfig['spec'] : undefined;
  const engine = layoutEngine ?? engineFromRoot(root, annotations, config);
  const identity = containerIdentity(engine, config, spec, status);
  const process = isObj(specObj?.['process'])
    ? specObj['process']
    : isObj(podmanSpec?.['process'])
      ? podmanSpec['process']
      : undefined;
  let network: NetworkInterface[] = [];
  if (root?.has('network.status')) {
    network = podmanInterfaces(await readJson(root, 'network.status', problems)).map((n) => ({
      network: n.network || undefined,
      interface: n.interface || undefined,
      ip: n.addresses[0],
      gateway: n.gateways[0],
      mac: n.mac,
    }));
  }
  const criIp = identity.ip ?? annotations['io.kubernetes.cri-o.IP.0'];
  if (network.length === 0 && criIp) network.push({ ip: criIp });
  const user = isObj(process?.['user']) ? process['user'] : undefined;
  return {
    engine: ENGINE_NAMES[engine],
    engineId: engine,
    name: identity.name,
    id: identity.id,
    image: identity.image,
    imageId: s(podmanConfig, 'rootfsImageID') ?? s(podmanConfig, 'rootfsImageRef'),
    runtime: identity.runtime,
    createdTime: identity.created,
    checkpointedTime: identity.checkpointed,
    podName: identity.pod,
    podNamespace: identity.namespace,
    hostname: s(specObj, 'hostname') ?? s(podmanSpec, 'hostname'),
    annotations,
    labels: stringMap(podmanConfig?.['labels']),
    network,
    ociMounts: ociMounts(specObj ?? podmanSpec),
    ociProcess: process && {
      args: strings(process['args']),
      env: strings(process['env']),
      cwd: s(process, 'cwd'),
      user: user ? `${String(user['uid'] ?? '?')}:${String(user['gid'] ?? '?')}` : undefined,
    },
    rootFiles: files,
    criuVersion: await criuVersion(root),
    sizes: sizes(images, root),
  };
}

/**
 * The container around the checkpoint, from the engine's files next to the images:
 * config.dump (Podman's container config, or the reduced one CRI-O/containerd write),
 * spec.dump (the OCI spec with annotations and mounts), network.status, status.dump.
 * A bare CRIU directory has none of them; the container is then described as `bare CRIU`.
 */
import type { MemberStore } from '../archive/member-store.ts';
import { problem, type Problem } from '../problems.ts';
import { publishedPorts } from './ports.ts';
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

async function readJson(
  root: MemberStore,
  name: string,
  problems: Problem[],
): Promise<Json | undefined> {
  if (!root.has(name)) return undefined;
  try {
    const text = new TextDecoder().decode(await root.read(name));
    const v: unknown = JSON.parse(text);
    return isObj(v) ? v : undefined;
  } catch (e) {
    problems.push(
      problem(
        'bad-json',
        `${name} is not valid JSON (${e instanceof Error ? e.message : String(e)})`,
        {
          severity: 'warning',
          file: name,
        },
      ),
    );
    return undefined;
  }
}

function engineOf(
  annotations: Record<string, string>,
  hasConfig: boolean,
  hasSpec: boolean,
): string {
  const manager = annotations['io.container.manager'];
  if (manager === 'libpod') return 'Podman';
  if (manager === 'cri-o') return 'CRI-O';
  if (Object.keys(annotations).some((k) => k.startsWith('io.kubernetes.cri.'))) return 'containerd';
  if (hasConfig || hasSpec) return 'unknown engine';
  return 'bare CRIU';
}

/** Podman's network.status: a map network name → {interfaces: {ifname: {subnets, mac_address}}}. */
function podmanNetwork(v: unknown): NetworkInterface[] {
  const out: NetworkInterface[] = [];
  if (Array.isArray(v)) return cniNetwork(v);
  if (!isObj(v)) return out;
  for (const [network, status] of Object.entries(v)) {
    const ifaces = isObj(status) ? status['interfaces'] : undefined;
    if (!isObj(ifaces)) continue;
    for (const [ifname, iface] of Object.entries(ifaces)) {
      if (!isObj(iface)) continue;
      const subnets = Array.isArray(iface['subnets']) ? iface['subnets'].filter(isObj) : [];
      const first = subnets[0];
      out.push({
        network,
        interface: ifname,
        ip: s(first, 'ipnet'),
        gateway: s(first, 'gateway'),
        mac: s(iface, 'mac_address'),
      });
    }
  }
  return out;
}

/**
 * Podman < 4 wrote CNI results: `[{interfaces: [{name, mac, sandbox?}], ips: [{address,
 * gateway, interface: <index>}]}]`; the container side is the interface with a sandbox.
 */
function cniNetwork(results: unknown[]): NetworkInterface[] {
  const out: NetworkInterface[] = [];
  for (const r of results.filter(isObj)) {
    const ifaces = Array.isArray(r['interfaces']) ? r['interfaces'] : [];
    for (const ip of (Array.isArray(r['ips']) ? r['ips'] : []).filter(isObj)) {
      const index = typeof ip['interface'] === 'number' ? ip['interface'] : -1;
      const iface = isObj(ifaces[index]) ? ifaces[index] : undefined;
      out.push({
        network: s(r, 'network') ?? s(r, 'name'),
        interface: s(iface, 'name'),
        mac: s(iface, 'mac'),
        ip: s(ip, 'address'),
        gateway: s(ip, 'gateway'),
      });
    }
  }
  return out;
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
): Promise<ContainerInfo> {
  const files = root?.list().map((m) => m.name) ?? [];
  const config = root ? await readJson(root, 'config.dump', problems) : undefined;
  const spec = root ? await readJson(root, 'spec.dump', problems) : undefined;
  const status = root ? await readJson(root, 'status.dump', problems) : undefined;
  const annotations = stringMap(spec?.['annotations']);
  const podmanSpec = isObj(config?.['spec']) ? config['spec'] : undefined;
  const process = isObj(spec?.['process'])
    ? spec['process']
    : isObj(podmanSpec?.['process'])
      ? podmanSpec['process']
      : undefined;
  let network: NetworkInterface[] = [];
  if (root?.has('network.status')) {
    try {
      network = podmanNetwork(
        JSON.parse(new TextDecoder().decode(await root.read('network.status'))),
      );
    } catch {
      // checkpointctl ignores a broken network.status too; the IP may still come from annotations.
    }
  }
  const criIp = annotations['io.kubernetes.cri-o.IP.0'];
  if (network.length === 0 && criIp) network.push({ ip: criIp });
  const user = isObj(process?.['user']) ? process['user'] : undefined;
  const image = isObj(status?.['image']) ? status['image'] : undefined;
  return {
    // A config.dump that does not parse still says an engine wrote this checkpoint.
    engine: engineOf(
      annotations,
      root?.has('config.dump') ?? false,
      root?.has('spec.dump') ?? false,
    ),
    name:
      s(config, 'name') ??
      annotations['io.kubernetes.container.name'] ??
      annotations['io.kubernetes.cri.container-name'] ??
      (isObj(status?.['metadata']) ? s(status['metadata'], 'name') : undefined),
    id: s(config, 'id') ?? s(status, 'id'),
    image:
      s(config, 'rootfsImageName') ??
      annotations['io.kubernetes.cri.image-name'] ??
      s(image, 'image'),
    imageId: s(config, 'rootfsImageID') ?? s(config, 'rootfsImageRef'),
    runtime: s(config, 'runtime') ?? s(config, 'ociRuntime'),
    createdTime: s(config, 'createdTime') ?? s(status, 'createdAt'),
    checkpointedTime: s(config, 'checkpointedTime'),
    podName: annotations['io.kubernetes.pod.name'] ?? annotations['io.kubernetes.cri.sandbox-name'],
    podNamespace:
      annotations['io.kubernetes.pod.namespace'] ??
      annotations['io.kubernetes.cri.sandbox-namespace'],
    hostname: s(spec, 'hostname') ?? s(podmanSpec, 'hostname'),
    annotations,
    labels: stringMap(config?.['labels']),
    network,
    publishedPorts: publishedPorts(config),
    ociMounts: ociMounts(spec ?? podmanSpec),
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

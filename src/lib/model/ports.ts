/**
 * The ports the engine publishes (forwards from the host) for a container, from Podman's
 * config.dump: `newPortMappings` (Podman 4+: `container_port`, `protocol`, `range`) or the
 * older `portMappings` (`containerPort`, `protocol`). Undefined when the config says nothing
 * (CRI-O and containerd checkpoints do not carry port mappings).
 */
import type { PublishedPort } from './types.ts';

type Json = Record<string, unknown>;

function isObj(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function publishedPorts(config: Json | undefined): PublishedPort[] | undefined {
  if (!config) return undefined;
  const lists = [config['newPortMappings'], config['portMappings']].filter(Array.isArray);
  if (lists.length === 0) return isObj(config['spec']) ? [] : undefined;
  const out: PublishedPort[] = [];
  for (const m of lists.flat()) {
    if (!isObj(m)) continue;
    const port = m['container_port'] ?? m['containerPort'];
    if (typeof port !== 'number' || !Number.isInteger(port) || port < 0 || port > 65535) continue;
    const range =
      typeof m['range'] === 'number' && m['range'] > 1 ? Math.min(m['range'], 65536 - port) : 1;
    const protocols = String(m['protocol'] ?? 'tcp')
      .toLowerCase()
      .split(',');
    for (const protocol of protocols) out.push({ port, range, protocol: protocol.trim() || 'tcp' });
  }
  return out;
}

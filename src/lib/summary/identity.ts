import type { Engine } from '../archive/types.ts';
import { isRecord, str } from './json-file.ts';

export interface ContainerIdentity {
  name?: string;
  image?: string;
  id?: string;
  runtime?: string;
  created?: string;
  checkpointed?: string;
  pod?: string;
  namespace?: string;
  ip?: string;
  command?: string[];
}

/** Go's zero time, which engines write for "never". */
function realTime(v: unknown): string | undefined {
  const s = str(v);
  return s && !s.startsWith('0001-01-01') ? s : undefined;
}

function metadataName(annotation: unknown): string | undefined {
  const text = str(annotation);
  if (!text) return undefined;
  try {
    const parsed = JSON.parse(text) as unknown;
    return isRecord(parsed) ? str(parsed.name) : undefined;
  } catch {
    return undefined;
  }
}

function stringArray(v: unknown): string[] | undefined {
  return Array.isArray(v) && v.every((x) => typeof x === 'string') && v.length > 0
    ? (v as string[])
    : undefined;
}

/**
 * Name, image, times and pod of a container, from config.dump and spec.dump (and containerd's
 * status.dump where those lack a field), the way each
 * engine stores them (as checkpointctl reads them, with fallbacks where a field is missing):
 * Podman keeps the name and creation time in config.dump; CRI-O in the JSON annotation
 * `io.kubernetes.cri-o.Metadata` and `io.kubernetes.cri-o.Created`; containerd in
 * `io.kubernetes.cri.container-name` and config.dump `createdTime`. The one reader of a
 * container's identity: `show` prints it and the model (`inspect`, the page) copies it.
 */
export function containerIdentity(
  engine: Engine,
  config: unknown,
  spec: unknown,
  status?: unknown,
): ContainerIdentity {
  const c = isRecord(config) ? config : {};
  const st = isRecord(status) ? status : {};
  const stMetadata = isRecord(st.metadata) ? st.metadata : {};
  const stImage = isRecord(st.image) ? st.image : {};
  const s = isRecord(spec) ? spec : {};
  const a = isRecord(s.annotations) ? s.annotations : {};
  const id: ContainerIdentity = {};
  const set = <K extends keyof ContainerIdentity>(
    key: K,
    value: ContainerIdentity[K] | undefined,
  ) => {
    if (value !== undefined) id[key] = value;
  };

  let name: string | undefined;
  let created: string | undefined;
  if (engine === 'cri-o') {
    name =
      metadataName(a['io.kubernetes.cri-o.Metadata']) ?? str(a['io.kubernetes.container.name']);
    created = realTime(a['io.kubernetes.cri-o.Created']);
    set('pod', str(a['io.kubernetes.pod.name']));
    set('namespace', str(a['io.kubernetes.pod.namespace']));
    set('ip', str(a['io.kubernetes.cri-o.IP.0']));
  } else if (engine === 'containerd') {
    name = str(a['io.kubernetes.cri.container-name']);
    set('pod', str(a['io.kubernetes.cri.sandbox-name']));
    set('namespace', str(a['io.kubernetes.cri.sandbox-namespace']));
  }
  set('name', name ?? str(c.name) ?? str(stMetadata.name));
  set('created', created ?? realTime(c.createdTime) ?? realTime(st.createdAt));
  set('checkpointed', realTime(c.checkpointedTime));
  set('id', str(c.id) ?? str(st.id));
  set(
    'image',
    str(c.rootfsImageName) ??
      str(c.RawImageName) ??
      str(a['io.kubernetes.cri.image-name']) ??
      str(c.rootfsImage) ??
      str(stImage.image),
  );
  set('runtime', str(c.runtime) ?? str(c.OCIRuntime) ?? str(c.ociRuntime));
  const process = isRecord(s.process) ? s.process : {};
  set('command', stringArray(c.command) ?? stringArray(process.args));
  return id;
}

/** A bare CRIU directory has no engine files to name it: it goes by its folder, or the input's name. */
export function bareCriuName(root: string, archiveName: string): string {
  return root.replace(/\/$/, '') || archiveName;
}

import { problem, type Problem } from '../problems.ts';
import type { MemberStore } from './member-store.ts';
import {
  CONTAINER_ROOT_FILES,
  type ArchiveLayout,
  type ArchiveMember,
  type ContainerLayout,
  type ContainerRootFile,
  type Engine,
} from './types.ts';

/** What layout detection needs from an opened input. */
export interface LayoutSource {
  readonly members: readonly ArchiveMember[];
  readText(path: string): Promise<string | undefined>;
  store(dir: string): MemberStore;
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function dirOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash + 1);
}

/**
 * The engine, from the strongest evidence down: the `io.container.manager` annotation that
 * Podman and CRI-O write into spec.dump; containerd's `io.kubernetes.cri.*` annotations or
 * its `status` files; then files only one engine exports.
 */
export function detectEngine(
  annotations: Record<string, unknown>,
  files: Partial<Record<ContainerRootFile, string>>,
): Engine {
  const manager = annotations['io.container.manager'];
  if (manager === 'libpod') return 'podman';
  if (manager === 'cri-o') return 'cri-o';
  if (Object.keys(annotations).some((k) => k.startsWith('io.kubernetes.cri.'))) return 'containerd';
  if (files['status'] || files['status.dump'] || files['container.log']) return 'containerd';
  if (files['io.kubernetes.cri-o.LogPath'] || files['bind.mounts']) return 'cri-o';
  if (files['network.status'] || files['devshm-checkpoint.tar'] || files['ctr.log'])
    return 'podman';
  return 'unknown';
}

/** Keys only libpod's ContainerConfig has (CRI-O and containerd write a reduced config.dump). */
const PODMAN_CONFIG_KEYS = ['lockID', 'RawImageName', 'conmonPidFile', 'CreateCommand'];

/**
 * The engine of one container folder: `detectEngine` over spec.dump's annotations and the
 * files present, then config.dump's own shape when spec.dump is absent (Podman's config.dump
 * is libpod's ContainerConfig), and `bare-criu` when there are no engine files at all (someone
 * tarred an engine's checkpoint folder). The layout, `show` and the model all call this one.
 */
export function containerEngine(
  annotations: Record<string, unknown>,
  files: Partial<Record<ContainerRootFile, unknown>>,
  config?: unknown,
): Engine {
  const engine = detectEngine(annotations, files as Partial<Record<ContainerRootFile, string>>);
  if (engine !== 'unknown') return engine;
  if (isRecord(config) && PODMAN_CONFIG_KEYS.some((k) => k in config)) return 'podman';
  if (!files['config.dump'] && !files['spec.dump']) return 'bare-criu';
  return 'unknown';
}

/** The annotations engines write into spec.dump (Podman also keeps the spec in config.dump). */
export function specAnnotationsOf(spec: unknown): Record<string, unknown> {
  return isRecord(spec) && isRecord(spec.annotations) ? spec.annotations : {};
}

/** Folders (with trailing `/`) that hold a `checkpoint/` directory or engine dump files. */
function containerRoots(paths: Set<string>): string[] {
  const roots = new Set<string>();
  for (const path of paths) {
    const parts = path.split('/');
    for (let i = 0; i < parts.length - 1; i++) {
      if (parts[i] === 'checkpoint')
        roots.add(
          parts
            .slice(0, i)
            .map((p) => `${p}/`)
            .join(''),
        );
    }
    const name = parts[parts.length - 1];
    if (name === 'config.dump' || name === 'spec.dump') roots.add(dirOf(path));
    if (path.endsWith('/checkpoint') || path === 'checkpoint') roots.add(dirOf(path));
  }
  // A folder inside another container's folder is part of it, not a container of its own.
  // Sorted by name so that containers are listed in a stable order.
  const sorted = [...roots].sort();
  return sorted.filter(
    (r) => !sorted.some((o) => o !== r && o.length < r.length && r.startsWith(o)),
  );
}

/** Folders holding CRIU images (`*.img`) directly; those with `inventory.img` win. */
function imageDirs(members: readonly ArchiveMember[]): string[] {
  const counts = new Map<string, number>();
  const withInventory = new Set<string>();
  for (const m of members) {
    if (m.type !== 'file' || !m.path.endsWith('.img')) continue;
    const dir = dirOf(m.path);
    counts.set(dir, (counts.get(dir) ?? 0) + 1);
    if (m.path.slice(dir.length) === 'inventory.img') withInventory.add(dir);
  }
  return withInventory.size > 0 ? [...withInventory].sort() : [...counts.keys()].sort();
}

function rootFiles(
  paths: Set<string>,
  ...dirs: string[]
): Partial<Record<ContainerRootFile, string>> {
  const files: Partial<Record<ContainerRootFile, string>> = {};
  for (const name of CONTAINER_ROOT_FILES) {
    const found = dirs.map((d) => d + name).find((p) => paths.has(p));
    if (found) files[name] = found;
  }
  return files;
}

async function engineContainer(
  source: LayoutSource,
  paths: Set<string>,
  root: string,
  problems: Problem[],
): Promise<ContainerLayout> {
  const candidates = [`${root}checkpoint/`, `${root}pre-checkpoint/`];
  // A directory's own entry counts: an empty `checkpoint/` is there, it just holds no images.
  const checkpointDir = candidates.find((d) =>
    [...paths].some((p) => p.startsWith(d) || p === d.slice(0, -1)),
  );
  if (!checkpointDir) {
    problems.push(
      problem('no-criu-images', `no checkpoint/ directory in ${root || 'the archive'}`, {
        file: root || undefined,
      }),
    );
  } else if (![...paths].some((p) => p.startsWith(checkpointDir) && p !== checkpointDir)) {
    problems.push(
      problem('no-criu-images', `${checkpointDir} is empty: the archive holds no CRIU images`, {
        file: checkpointDir,
      }),
    );
  }
  // CRIU itself writes stats-dump and dump.log into the images directory; engines move them up.
  const files = rootFiles(paths, root, ...(checkpointDir ? [checkpointDir] : []));
  const specPath = files['spec.dump'];
  const annotations = specAnnotationsOf(parseJson(specPath && (await source.readText(specPath))));
  let config: unknown;
  if (files['config.dump'] && !specPath) {
    problems.push(
      problem(
        'missing-file',
        `${root}spec.dump is missing (config.dump is there): the OCI spec's annotations, mounts and process are left out`,
        { file: `${root}spec.dump`, severity: 'warning' },
      ),
    );
    config = parseJson(await source.readText(files['config.dump']));
  }
  const rootFilePaths = new Set(Object.values(files));
  const otherFiles = source.members
    .filter(
      (m) =>
        m.path.startsWith(root) &&
        m.type !== 'directory' &&
        !rootFilePaths.has(m.path) &&
        !(checkpointDir && m.path.startsWith(checkpointDir)),
    )
    .map((m) => m.path);
  const engine = containerEngine(annotations, files, config);
  return {
    root,
    checkpointDir,
    engine,
    images: source.store(checkpointDir ?? `${root}checkpoint/`),
    files,
    otherFiles,
  };
}

function bareContainer(source: LayoutSource, paths: Set<string>, dir: string): ContainerLayout {
  return {
    root: dir,
    checkpointDir: dir,
    engine: 'bare-criu',
    images: source.store(dir),
    files: rootFiles(paths, dir),
    otherFiles: source.members
      .filter(
        (m) =>
          m.path.startsWith(dir) &&
          m.type !== 'directory' &&
          m.path.slice(dir.length).includes('/'),
      )
      .map((m) => m.path),
  };
}

/** The shallowest `pod.options`: at the top of a tar, or under the folder's name when dropped. */
function findPodOptions(paths: Set<string>): string | undefined {
  return [...paths]
    .filter((p) => p === 'pod.options' || p.endsWith('/pod.options'))
    .sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : 1))[0];
}

async function podRoots(
  source: LayoutSource,
  path: string,
  problems: Problem[],
): Promise<string[] | undefined> {
  const text = await source.readText(path);
  const options = parseJson(text);
  if (!isRecord(options) || !isRecord(options.containers)) {
    problems.push(
      problem('bad-json', `${path} is not the JSON object a pod checkpoint writes`, {
        file: path,
        severity: 'warning',
      }),
    );
    return undefined;
  }
  const prefix = dirOf(path);
  return Object.values(options.containers)
    .filter((v): v is string => typeof v === 'string' && v.length > 0)
    .map((v) => `${prefix}${v.replace(/\/+$/, '')}/`);
}

/**
 * How the input is laid out: one container (Podman, CRI-O, containerd export), a pod
 * checkpoint (`pod.options` and one `<id>-<name>/` folder per container), or bare CRIU image
 * directories at any prefix. Reads only small JSON files.
 */
export async function detectLayout(
  source: LayoutSource,
): Promise<{ layout: ArchiveLayout; problems: Problem[] }> {
  const problems: Problem[] = [];
  const paths = new Set(source.members.map((m) => m.path));

  let kind: ArchiveLayout['kind'] = 'container';
  let roots: string[] | undefined;
  const podOptions = findPodOptions(paths);
  if (podOptions) {
    roots = await podRoots(source, podOptions, problems);
    kind = 'pod';
  }
  roots ??= containerRoots(paths);
  if (kind !== 'pod' && roots.length > 1) kind = 'pod';

  let containers: ContainerLayout[];
  if (roots.length > 0) {
    containers = [];
    for (const root of roots) containers.push(await engineContainer(source, paths, root, problems));
  } else {
    const dirs = imageDirs(source.members);
    containers = dirs.map((d) => bareContainer(source, paths, d));
    kind = containers.length > 0 ? 'bare' : 'none';
    if (containers.length === 0) {
      problems.push(
        problem(
          'no-criu-images',
          'no checkpoint directory and no CRIU images (*.img) in the input',
        ),
      );
    }
  }

  if (kind === 'container' && containers.every((c) => c.engine === 'bare-criu')) kind = 'bare';
  const engines = new Set(containers.map((c) => c.engine));
  const engine: Engine = engines.size === 1 ? [...engines][0] : 'unknown';
  const layout: ArchiveLayout = { engine, kind, containers };
  if (podOptions) layout.podOptions = podOptions;
  return { layout, problems };
}

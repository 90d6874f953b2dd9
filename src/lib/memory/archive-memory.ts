import type { Archive, ContainerLayout } from '../archive/types.ts';
import type { MemberStore } from '../archive/member-store.ts';
import type { CheckpointMemory } from './checkpoint-memory.ts';
import { containerReader } from '../reader/container-reader.ts';
import { openMemory, type OpenMemoryOptions } from './open-memory.ts';

export interface ContainerMemory {
  /** The container's folder in the archive (`` for a single container). */
  root: string;
  mem: CheckpointMemory;
}

/** The memory of every container of an opened archive that has a CRIU images directory. */
export async function openArchiveMemory(
  archive: Archive,
  options: Omit<OpenMemoryOptions, 'parent'> = {},
): Promise<ContainerMemory[]> {
  const out: ContainerMemory[] = [];
  for (const c of archive.layout.containers) {
    const mem = await openContainerMemory(archive, c, options);
    if (mem) out.push({ root: c.root, mem });
  }
  return out;
}

/**
 * The memory of one container of an archive, with its parent (pre-dump) images found through
 * the archive's `parent` link; undefined when it has no CRIU images directory. The one place
 * the CLI, the worker and the model open a container's memory, so all follow the same parent
 * links. With default options it is opened once per container (`containerReader`) and shared
 * by every caller; options (a test's decoder, another window cache) open a copy of one's own.
 */
export async function openContainerMemory(
  archive: Archive,
  container: ContainerLayout,
  options: Omit<OpenMemoryOptions, 'parent'> = {},
): Promise<CheckpointMemory | undefined> {
  if (options.decode === undefined && options.cacheWindows === undefined)
    return containerReader(archive, container).memory(openFresh);
  return openFresh(archive, container, options);
}

function openFresh(
  archive: Archive,
  container: ContainerLayout,
  options: Omit<OpenMemoryOptions, 'parent'> = {},
): Promise<CheckpointMemory | undefined> {
  if (container.checkpointDir === undefined) return Promise.resolve(undefined);
  const parent = parentStore(archive, container.checkpointDir);
  return openMemory(container.images, { ...options, parent: parent ?? null });
}

/**
 * The parent (pre-dump) images of an images directory. CRIU links them with a `parent` entry
 * in the directory: a symlink (Podman: `checkpoint/parent -> ../pre-checkpoint`) or, once
 * copied around, a real directory. The symlink is resolved inside the archive only; a target
 * outside it (absolute, or above the archive root) means there is no parent here.
 */
export function parentStore(archive: Archive, imagesDir: string): MemberStore | undefined {
  const link = archive.member(`${imagesDir}parent`);
  let dir: string | undefined;
  if (link?.type === 'symlink' && link.linkTarget !== undefined) {
    dir = resolveInside(imagesDir, link.linkTarget);
  } else if (archive.members.some((m) => m.path.startsWith(`${imagesDir}parent/`))) {
    dir = `${imagesDir}parent`;
  }
  if (dir === undefined) return undefined;
  const store = archive.store(`${dir}/`);
  return store.list().length > 0 ? store : undefined;
}

/** `base` + relative `target`, normalised; undefined if absolute or escaping the root. */
function resolveInside(base: string, target: string): string | undefined {
  if (target.startsWith('/')) return undefined;
  const parts = base.split('/').filter(Boolean);
  for (const p of target.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(p);
  }
  return parts.join('/');
}

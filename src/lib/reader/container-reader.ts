/**
 * One reader per container of an opened archive: the decoded-image cache of its images
 * directory and its memory (opened once, with the archive's parent link). The model
 * (`buildContainerModel`), the memory layer (`openContainerMemory`), the worker's Images view
 * and the comparison all get theirs from `containerReader`, so nothing is decoded twice and
 * every view reads the same facts.
 */
import type { Archive, ContainerLayout } from '../archive/types.ts';
import { imageCacheOf, type ImageCache } from '../criu/image-cache.ts';
import type { CheckpointMemory } from '../memory/checkpoint-memory.ts';

/** How `ContainerReader` opens memory; `openContainerMemory`'s own, given to avoid a cycle. */
export type MemoryOpener = (
  archive: Archive,
  layout: ContainerLayout,
) => Promise<CheckpointMemory | undefined>;

export class ContainerReader {
  readonly archive: Archive;
  readonly layout: ContainerLayout;
  readonly images: ImageCache;
  #memory: Promise<CheckpointMemory | undefined> | undefined;

  constructor(archive: Archive, layout: ContainerLayout) {
    this.archive = archive;
    this.layout = layout;
    this.images = imageCacheOf(layout.images);
  }

  /**
   * The container's memory, opened on first use; undefined without a CRIU images directory.
   * Opening never throws: a failure is remembered as undefined (the model says what it could
   * not read from the images themselves).
   */
  memory(open: MemoryOpener): Promise<CheckpointMemory | undefined> {
    this.#memory ??= open(this.archive, this.layout).catch(() => undefined);
    return this.#memory;
  }
}

/** Readers live as long as their archive (weakly held): a newly opened archive starts afresh. */
const readers = new WeakMap<Archive, Map<ContainerLayout, ContainerReader>>();

export function containerReader(archive: Archive, layout: ContainerLayout): ContainerReader {
  let byLayout = readers.get(archive);
  if (!byLayout) {
    byLayout = new Map();
    readers.set(archive, byLayout);
  }
  let reader = byLayout.get(layout);
  if (!reader) {
    reader = new ContainerReader(archive, layout);
    byLayout.set(layout, reader);
  }
  return reader;
}

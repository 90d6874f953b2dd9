import type { MemberStore } from '../archive/member-store.ts';
import type { Entry } from '../criu/types.ts';
import { problem, type Problem } from '../problems.ts';
import { toNumber } from './addr.ts';
import { AddressSpace, type MappedRun } from './address-space.ts';
import { loadBackingLookup } from './backing.ts';
import { CheckpointMemory } from './checkpoint-memory.ts';
import { ImageSet, imageCacheOf, type DecodeImage } from '../criu/image-cache.ts';
import { pageSizeOf } from './page-size.ts';
import { buildPagemapIndex, sortAndClip, type PagemapIndex } from './pagemap-index.ts';
import { PagesReader } from './pages-reader.ts';
import { PrefixedStore } from './prefixed-store.ts';
import { RunPlacer } from './place-runs.ts';
import type { ProcessMemoryInfo } from './types.ts';
import { readVmas } from './vma.ts';
import { appendAll } from '../append-all.ts';

export interface OpenMemoryOptions {
  /** The CRIU image decoder; default `decodeImage` from src/lib/criu (tests inject fakes). */
  decode?: DecodeImage;
  /**
   * The parent (pre-dump) checkpoint's images for PE_PARENT pages. Default: the store's
   * `parent/` members if it lists any. `null`: none, PE_PARENT pages read as parent-missing.
   */
  parent?: MemberStore | null;
  /** 1 MiB windows kept for small reads (default 16). */
  cacheWindows?: number;
}

/** A chain of pre-dumps is short in practice; a symlink loop must not recurse forever. */
const MAX_PARENT_DEPTH = 8;

/**
 * Loads the memory layout of every process of one CRIU images directory: pstree for the PIDs,
 * mm-<pid> for VMAs, pagemap-<pid> and pagemap-shmem-<id> for where pages are, files/memfd for
 * what VMAs map. Reads only those small images; pages files are read later, by window.
 */
export async function openMemory(
  store: MemberStore,
  options: OpenMemoryOptions = {},
): Promise<CheckpointMemory> {
  return open(store, options, 0);
}

async function open(
  store: MemberStore,
  options: OpenMemoryOptions,
  depth: number,
): Promise<CheckpointMemory> {
  const images = new ImageSet(imageCacheOf(store, options.decode));
  const problems: Problem[] = [];
  const parentStore =
    options.parent === null
      ? undefined
      : (options.parent ??
        (PrefixedStore.hasPrefix(store, 'parent/')
          ? new PrefixedStore(store, 'parent/')
          : undefined));
  let parent: CheckpointMemory | undefined;
  if (parentStore && depth < MAX_PARENT_DEPTH) {
    // The parent's own parent is its `parent/` members, never the option given for this level.
    parent = await open(parentStore, { ...options, parent: undefined }, depth + 1);
    appendAll(
      problems,
      parent.problems.map((p) => ({ ...p, message: `parent: ${p.message}` })),
    );
  }

  const backing = await loadBackingLookup(images);
  const reader = new PagesReader(store, options.cacheWindows);
  const placer = new RunPlacer(store, reader, problems);
  const shmem = new Map<string, PagemapIndex | undefined>();
  const spaces = new Map<number, AddressSpace>();
  const info = new Map<number, ProcessMemoryInfo>();

  for (const pid of await checkpointPids(images)) {
    const mm = (await images.load(`mm-${pid}.img`))?.[0];
    const pagemapName = `pagemap-${pid}.img`;
    // Zombies and dead tasks have a core image only: they have no memory to show.
    if (!mm && !store.has(pagemapName)) continue;
    const core = (await images.load(`core-${pid}.img`))?.[0];
    const pageSize = pageSizeOf(mm, core);
    const { vmas, skipped } = readVmas(mm, backing);
    if (skipped) {
      problems.push(
        problem(
          'malformed-protobuf',
          `mm-${pid}.img: ${skipped} VMA(s) invalid or overlapping, ignored`,
          { image: `mm-${pid}.img`, severity: 'warning' },
        ),
      );
    }

    const runs: MappedRun[] = [];
    const pagemap = await images.load(pagemapName, true);
    if (pagemap) {
      const index = buildPagemapIndex(pagemapName, pagemap, pageSize.size);
      appendAll(problems, index.problems);
      placer.place(index.runs, runs);
    }
    const ownRuns = [...runs];
    for (const v of vmas) {
      if (!v.sharedObject) continue;
      if (!shmem.has(v.sharedObject)) {
        const entries = await images.load(v.sharedObject);
        const index = entries
          ? buildPagemapIndex(v.sharedObject, entries, pageSize.size)
          : undefined;
        if (index) appendAll(problems, index.problems);
        shmem.set(v.sharedObject, index);
      }
      const index = shmem.get(v.sharedObject);
      if (!index) continue;
      if (!v.perms.endsWith('p')) {
        placer.placeShared(index.runs, v, runs);
        continue;
      }
      // A private mapping of a memfd (an fexecve'd program's text): the process's own pagemap
      // holds the pages it wrote (copied on write); the memfd's contents show through elsewhere.
      const fromObject: MappedRun[] = [];
      placer.placeShared(index.runs, v, fromObject);
      for (const r of fromObject) appendAll(runs, outsideOf(r, ownRuns));
    }
    const placed = sortAndClip(runs, pagemapName, problems);
    if (!parentStore && placed.some((r) => r.kind === 'parent')) {
      problems.push(
        problem(
          'parent-missing',
          `${pagemapName}: some pages are in a parent checkpoint that is not here`,
          {
            image: pagemapName,
            severity: 'warning',
          },
        ),
      );
    }
    const space = new AddressSpace(pid, vmas, placed, parent?.space(pid));
    spaces.set(pid, space);
    info.set(pid, {
      pid,
      comm: commOf(core),
      pageSize: pageSize.size,
      pageSizeSource: pageSize.source,
      vmas,
      dumpedBytes: Number(space.readableBytes()),
    });
  }
  // Image problems first; `unshift(...list)` would pass each problem as an argument.
  const ordered = appendAll([...images.problems], problems);
  problems.length = 0;
  appendAll(problems, ordered);
  // Shared objects by themselves (SysV shm and memfd contents, mapped or not): their pagemap
  // offsets placed like addresses, read later through `CheckpointMemory.readShared`.
  const pageSize = info.values().next().value?.pageSize ?? 4096;
  const sharedRuns = async (shmid: bigint): Promise<MappedRun[] | undefined> => {
    const name = `pagemap-shmem-${shmid}.img`;
    if (!shmem.has(name)) {
      const entries = await images.load(name);
      const index = entries ? buildPagemapIndex(name, entries, pageSize) : undefined;
      if (index) appendAll(problems, index.problems);
      shmem.set(name, index);
    }
    const index = shmem.get(name);
    if (!index) return undefined;
    const runs: MappedRun[] = [];
    placer.place(index.runs, runs);
    return runs;
  };
  return new CheckpointMemory(spaces, info, problems, { runs: sharedRuns, parent });
}

/**
 * PIDs from pstree.img (leaders only: threads share the leader's mm); else from mm-*.img names.
 * The model lists its processes the same way, so a checkpoint without pstree.img (a truncated
 * tar) shows the same processes in every view.
 */
export async function checkpointPids(images: ImageSet): Promise<number[]> {
  const pstree = await images.load('pstree.img', true);
  const fromTree = (pstree ?? [])
    .map((e) => toNumber(e.pid))
    .filter((p): p is number => p !== undefined);
  if (fromTree.length) return [...new Set(fromTree)];
  return images.store
    .list()
    .map((m) => /^mm-(\d+)\.img$/.exec(m.name)?.[1])
    .filter((p): p is string => p !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

function commOf(core: Entry | undefined): string | undefined {
  const tc = core?.tc as Entry | undefined;
  const tcore = core?.thread_core as Entry | undefined;
  const c = tc?.comm ?? tcore?.comm;
  return typeof c === 'string' ? c : undefined;
}

/** The parts of `r` that no run of `covered` (sorted, not overlapping) covers. */
function outsideOf(r: MappedRun, covered: readonly MappedRun[]): MappedRun[] {
  const out: MappedRun[] = [];
  let start = r.start;
  for (const c of covered) {
    if (c.end <= start || c.start >= r.end) continue;
    if (c.start > start)
      out.push({ ...r, start, end: c.start, fileOffset: r.fileOffset + Number(start - r.start) });
    start = c.end > start ? c.end : start;
    if (start >= r.end) return out;
  }
  if (start < r.end)
    out.push({ ...r, start, end: r.end, fileOffset: r.fileOffset + Number(start - r.start) });
  return out;
}

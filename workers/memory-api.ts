/**
 * The memory part of the worker API, composed into `createAnalyserApi()`: windows of memory,
 * exports and ELF cores (the long scans are `jobs/`). The memory of each container is opened
 * on first use (reading only pstree, mm, pagemap and files images) and kept until another
 * archive is opened. Byte windows and exports are transferred, never copied.
 */
import * as Comlink from 'comlink';
import { nextDumpedAddress } from '../src/lib/memory/next-dumped.ts';
import type { Archive } from '../src/lib/archive/index.ts';
import type { MemberStore } from '../src/lib/archive/member-store.ts';
import type { CheckpointMemory } from '../src/lib/memory/checkpoint-memory.ts';
import { buildElfCore } from '../src/lib/memory/elf-core.ts';
import { exportRange } from '../src/lib/memory/export.ts';
import { openContainerMemory } from '../src/lib/memory/archive-memory.ts';
import { READABLE_KINDS } from '../src/lib/memory/types.ts';
import { problem, type Problem } from '../src/lib/problems.ts';
import { dumpedOf } from './memory-bins.ts';
import type { CoreResult, ExportResult, MemoryProcess, MemoryWindow } from './memory-protocol.ts';
import { appendAll } from '../src/lib/append-all.ts';

/** The hex viewer asks for 64 KiB; a little more is allowed, a whole VMA is not. */
export const MAX_WINDOW = 1 << 20;
/** An export streams, but the page collects it into one Blob: keep that sane. */
export const MAX_EXPORT = 4 * 2 ** 30;

export interface OpenedContainer {
  index: number;
  root: string;
  mem: CheckpointMemory;
  /** The container's images (the ELF core reads pstree, core and mm images from them). */
  images: MemberStore;
}

export interface Opened {
  containers: OpenedContainer[];
  problems: Problem[];
}

/**
 * Every container's memory of the open archive, opened once per archive (a new archive drops
 * the old state). The memory API and the comparison share one, so A's pagemaps are read once.
 */
export function memoryCache(currentArchive: () => Archive | undefined) {
  let openedFor: Archive | undefined;
  let opening: Promise<Opened> | undefined;
  return function opened(): Promise<Opened> {
    const archive = currentArchive();
    if (!archive) return Promise.reject(new Error('no checkpoint is open'));
    if (archive !== openedFor || !opening) {
      // Jobs on the old archive see it is gone at their next batch (`current`) and stop.
      openedFor = archive;
      opening = openAll(archive);
    }
    return opening;
  };
}

export function createMemoryApi(
  currentArchive: () => Archive | undefined,
  opened: () => Promise<Opened> = memoryCache(currentArchive),
) {
  async function containers(): Promise<OpenedContainer[]> {
    return (await opened()).containers;
  }

  async function container(index: number): Promise<OpenedContainer> {
    const c = (await containers()).find((x) => x.index === index);
    if (!c) throw new Error(`container ${index} has no memory images`);
    return c;
  }

  /** True while `archive` is still the open one: a core stream stops when it is replaced. */
  const current = (archive: Archive | undefined) => archive === currentArchive();

  const api = {
    /** Every process with memory images, with its VMAs and how much of each was dumped. */
    async memoryProcesses(): Promise<{ processes: MemoryProcess[]; problems: Problem[] }> {
      const { containers: list, problems: openProblems } = await opened();
      const processes: MemoryProcess[] = [];
      const problems: Problem[] = [...openProblems];
      for (const c of list) {
        appendAll(problems, c.mem.problems);
        for (const p of c.mem.processes()) {
          processes.push({
            container: c.index,
            root: c.root,
            pid: p.pid,
            ...(p.comm !== undefined ? { comm: p.comm } : {}),
            pageSize: p.pageSize,
            dumpedBytes: p.dumpedBytes,
            vmas: p.vmas.map((v) => ({
              index: v.index,
              start: v.start,
              end: v.end,
              pgoff: v.pgoff,
              perms: v.perms,
              prot: v.prot,
              flags: v.flags,
              kind: v.kind,
              ...(v.backing !== undefined ? { backing: v.backing } : {}),
              ...(v.sharedObject !== undefined ? { sharedObject: v.sharedObject } : {}),
              ...dumpedOf(c.mem, p.pid, v, p.pageSize),
            })),
          });
        }
      }
      return { processes, problems };
    },

    /** A window of one process's memory (at most 1 MiB), its buffer transferred. */
    async memoryRead(
      containerIndex: number,
      pid: number,
      address: bigint,
      length: number,
    ): Promise<MemoryWindow> {
      const { mem } = await container(containerIndex);
      const r = await mem.read(pid, address, Math.min(length, MAX_WINDOW));
      const window: MemoryWindow = {
        container: containerIndex,
        pid,
        address: r.address,
        bytes: r.bytes,
        segments: r.segments.map((s) => ({
          offset: s.offset,
          length: s.length,
          kind: s.kind,
          ...(s.vma !== undefined ? { vma: s.vma } : {}),
        })),
        problems: r.problems,
      };
      return Comlink.transfer(window, [r.bytes.buffer as ArrayBuffer]);
    },

    /** The first address at or after `from` whose bytes the checkpoint holds, if any. */
    async memoryNextDumped(
      containerIndex: number,
      pid: number,
      from: bigint,
    ): Promise<bigint | undefined> {
      const { mem } = await container(containerIndex);
      const space = mem.space(pid);
      return space ? nextDumpedAddress(space, from) : undefined;
    },

    /**
     * The bytes of [start, end) of one process as a transferred stream (read as the page pulls
     * it). Parts not in the checkpoint are zeros in the file; `dumpedBytes` says how many are
     * real. A VMA is exported by passing its bounds.
     */
    async memoryExport(
      containerIndex: number,
      pid: number,
      start: bigint,
      end: bigint,
    ): Promise<ExportResult> {
      const { mem } = await container(containerIndex);
      if (end <= start) throw new Error('the range is empty');
      if (end - start > BigInt(MAX_EXPORT)) throw new Error('the range is larger than 4 GiB');
      const dumpedBytes = mem
        .describe(pid, start, end - start)
        .filter((s) => READABLE_KINDS.has(s.kind))
        .reduce((n, s) => n + s.length, 0);
      const stream = pullStream(exportRange(mem, pid, start, end), (c) => c.bytes);
      const result: ExportResult = {
        stream,
        length: Number(end - start),
        dumpedBytes,
        name: `pid-${pid}-${start.toString(16)}-${end.toString(16)}.bin`,
      };
      return Comlink.transfer(result, [stream as unknown as Transferable]);
    },

    /**
     * An ELF core file of one process (what `memdump --core` writes), as a transferred stream
     * read as the page pulls it. Rejects with a readable message when there is nothing to
     * write (no such process, an architecture the builder does not know).
     */
    async memoryCore(containerIndex: number, pid: number): Promise<CoreResult> {
      const archive = currentArchive();
      const { mem, images } = await container(containerIndex);
      if (!mem.process(pid)) throw new Error(`pid ${pid} has no memory images in this checkpoint`);
      const core = await buildElfCore(mem, images, pid);
      if (core.size === 0) {
        const why = core.problems.find((p) => p.severity === 'error') ?? core.problems[0];
        throw new Error(why?.message ?? `no core file could be written for pid ${pid}`);
      }
      // The page collects the stream into one Blob, like an export.
      if (core.size > MAX_EXPORT) throw new Error('the core file would be larger than 4 GiB');
      // Problems found now; reads while streaming add theirs to the builder's list, which the
      // page cannot see any more, so they are not promised here.
      const problems = [...core.problems];
      const stop = new AbortController();
      const stream = pullStream(
        core.chunks(stop.signal),
        (bytes) => bytes,
        () => current(archive),
        () => stop.abort(),
      );
      const result: CoreResult = { stream, size: core.size, name: `core.${pid}`, problems };
      return Comlink.transfer(result, [stream as unknown as Transferable]);
    },
  };
  return { api };
}

/**
 * A byte stream that pulls one chunk from `chunks` each time its reader wants more, so a
 * large file is never held whole in the worker. Cancelling it ends the generator (its
 * `finally` runs); when `alive` turns false (another archive was opened) it errors instead of
 * reading from a closed archive.
 */
export function pullStream<T>(
  chunks: AsyncGenerator<T>,
  bytesOf: (chunk: T) => Uint8Array,
  alive: () => boolean = () => true,
  onCancel: () => void = () => undefined,
): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!alive()) {
        await chunks.return(undefined);
        controller.error(new Error('the checkpoint was closed'));
        return;
      }
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(bytesOf(next.value));
    },
    async cancel() {
      onCancel();
      await chunks.return(undefined);
    },
  });
}

export type MemoryApi = ReturnType<typeof createMemoryApi>;

async function openAll(archive: Archive): Promise<Opened> {
  const containers: OpenedContainer[] = [];
  const problems: Problem[] = [];
  for (const [index, c] of archive.layout.containers.entries()) {
    try {
      // Through the archive's parent link (Podman: checkpoint/parent -> ../pre-checkpoint),
      // as the CLI does, so PE_PARENT pages read from the pre-dump here too.
      const mem = await openContainerMemory(archive, c);
      if (mem) containers.push({ index, root: c.root, mem, images: c.images });
    } catch (e) {
      // openMemory reports bad input as problems; this is for what it could not foresee.
      problems.push(
        problem(
          'unsupported',
          `the memory of ${c.root || 'the container'} could not be read: ${e}`,
        ),
      );
    }
  }
  return { containers, problems };
}

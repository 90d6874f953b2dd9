import type { MemberStore } from '../archive/member-store.ts';
import type { CheckpointMemory } from './checkpoint-memory.ts';
import { buildElfCore } from './elf-core.ts';
import { exportRange, type ExportChunk } from './export.ts';
import { searchMemory, type SearchBatch, type SearchOptions, type SearchQuery } from './search.ts';
import { extractStrings, type StringsBatch, type StringsOptions } from './strings.ts';
import type { MemoryRead, ProcessMemoryInfo, Segment } from './types.ts';

/** How a streamed job ended. */
export interface JobEnd {
  /** False when superseded by a newer job of the same kind or cancelled. */
  completed: boolean;
}

type Channel = 'search' | 'strings' | 'export' | 'core';

/**
 * The memory layer as the worker exposes it (through Comlink): plain methods with callbacks
 * instead of async iterators and AbortSignals, which do not cross a worker boundary. Each
 * kind of streamed job has one slot: starting a new search aborts the running one (a new
 * query supersedes the old), and `cancel` aborts on request. Aborting takes effect at the
 * next window read (8 MiB), so it is cheap and quick.
 */
export class MemorySession {
  readonly mem: CheckpointMemory;
  /** The images directory, for the ELF core file's thread registers. */
  readonly #store: MemberStore | undefined;
  readonly #running = new Map<Channel, AbortController>();

  constructor(mem: CheckpointMemory, store?: MemberStore) {
    this.mem = mem;
    this.#store = store;
  }

  processes(): ProcessMemoryInfo[] {
    return this.mem.processes();
  }

  /** A window for the hex viewer; `bytes.buffer` is its own and can be transferred. */
  read(pid: number, address: bigint, length: number): Promise<MemoryRead> {
    return this.mem.read(pid, address, length);
  }

  /** What each part of a range is, without reading it (for the memory map picture). */
  describe(pid: number, address: bigint, length: bigint): Segment[] {
    return this.mem.describe(pid, address, length);
  }

  search(
    query: SearchQuery,
    options: Omit<SearchOptions, 'signal'>,
    onBatch: (b: SearchBatch) => void,
  ): Promise<JobEnd> {
    return this.#run(
      'search',
      (signal) => searchMemory(this.mem, query, { ...options, signal }),
      onBatch,
    );
  }

  strings(
    options: Omit<StringsOptions, 'signal'>,
    onBatch: (b: StringsBatch) => void,
  ): Promise<JobEnd> {
    return this.#run(
      'strings',
      (signal) => extractStrings(this.mem, { ...options, signal }),
      onBatch,
    );
  }

  /** Streams [start, end) of `pid` in chunks (gaps zero-filled and described). */
  export(
    pid: number,
    start: bigint,
    end: bigint,
    onChunk: (c: ExportChunk) => void,
  ): Promise<JobEnd> {
    return this.#run(
      'export',
      (signal) => exportRange(this.mem, pid, start, end, { signal }),
      onChunk,
    );
  }

  /**
   * Streams an ELF core file of `pid` (x86_64); `onStart` gets its size and problems first.
   * Without the images store (constructor) or for other architectures, size is 0.
   */
  async coreFile(
    pid: number,
    onStart: (size: number, problems: unknown[]) => void,
    onChunk: (bytes: Uint8Array) => void,
  ): Promise<JobEnd> {
    if (!this.#store) {
      await onStart(0, [{ code: 'unsupported', severity: 'error', message: 'no images store' }]);
      return { completed: false };
    }
    const core = await buildElfCore(this.mem, this.#store, pid);
    await onStart(core.size, core.problems);
    if (core.size === 0) return { completed: false };
    return this.#run('core', (signal) => core.chunks(signal), onChunk);
  }

  cancel(channel: Channel = 'search'): void {
    this.#running.get(channel)?.abort();
    this.#running.delete(channel);
  }

  async #run<T>(
    channel: Channel,
    start: (signal: AbortSignal) => AsyncGenerator<T>,
    onItem: (item: T) => void,
  ): Promise<JobEnd> {
    this.cancel(channel);
    const controller = new AbortController();
    this.#running.set(channel, controller);
    try {
      for await (const item of start(controller.signal)) {
        if (controller.signal.aborted) break;
        // A callback through Comlink returns a promise; awaiting it applies back-pressure.
        await onItem(item);
      }
      return { completed: !controller.signal.aborted };
    } finally {
      if (this.#running.get(channel) === controller) this.#running.delete(channel);
    }
  }
}

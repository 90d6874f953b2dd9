import { errorMessage } from '../lib/error-message.ts';
import type { Problem } from '../lib/problems.ts';
import type { MemoryProcess } from '../../workers/memory-protocol.ts';
import { analyser, type Summary } from './analyser.svelte.ts';
import { MemorySearch } from './memory-search.svelte.ts';

/** A place in one process's memory the hex view should show (and highlight). */
export interface MemoryFocus {
  container: number;
  pid: number;
  address: bigint;
  /** Bytes to highlight from `address` (a search hit); 0 for a plain jump. */
  length: number;
}

/**
 * The memory views' state: the processes' memory maps (loaded once per opened checkpoint
 * through the analyser's worker), the search across processes, and the spot the hex view was
 * sent to. Bytes stay in the worker; only windows and hits come to the page.
 */
export class MemoryState {
  processes = $state.raw<MemoryProcess[]>([]);
  problems = $state.raw<Problem[]>([]);
  loading = $state(false);
  error = $state<string | null>(null);
  focus = $state.raw<MemoryFocus | null>(null);
  readonly search = new MemorySearch();

  /** The summary the processes were loaded for: a new checkpoint reloads them. */
  #loadedFor: Summary | null = null;

  /** Loads the memory maps if the open checkpoint changed; cheap to call from every view. */
  async load(): Promise<void> {
    const summary = analyser.summary;
    if (!summary || summary === this.#loadedFor) return;
    this.#loadedFor = summary;
    this.processes = [];
    this.problems = [];
    this.focus = null;
    this.search.reset();
    this.error = null;
    this.loading = true;
    try {
      const r = await analyser.api.memoryProcesses();
      if (this.#loadedFor !== summary) return;
      this.processes = r.processes;
      this.problems = r.problems;
    } catch (e) {
      if (this.#loadedFor !== summary) return;
      this.error = errorMessage(e);
    } finally {
      if (this.#loadedFor === summary) this.loading = false;
    }
  }

  process(container: number, pid: number): MemoryProcess | undefined {
    return this.processes.find((p) => p.container === container && p.pid === pid);
  }

  /** A container's name for labels (a pod's containers share pid numbers). */
  containerLabel(index: number): string {
    const c = analyser.summary?.containers[index];
    return c?.name || this.processes.find((p) => p.container === index)?.root || `#${index}`;
  }

  /** More than one container: views name the container next to each pid. */
  get multiContainer(): boolean {
    const first = this.processes[0]?.container;
    return this.processes.some((p) => p.container !== first);
  }
}

export const memory = new MemoryState();

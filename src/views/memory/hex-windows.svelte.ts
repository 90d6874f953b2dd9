import { errorMessage } from '../../lib/error-message.ts';
import { SvelteMap } from 'svelte/reactivity';
import { analyser } from '../../state/analyser.svelte.ts';
import { classify, type ClassifiedWindow } from './hex-rows.ts';

/** 64 KiB = 4096 rows per request: one worker round trip fills several screens. */
export const WINDOW_BYTES = 64 << 10;
/** Windows kept (4 MiB): enough for fast scrolling back and forth. */
const KEEP = 64;

/**
 * The hex view's windows of one process's memory, fetched from the worker on demand (as
 * transferred buffers) and kept in a small LRU. Rows read `get`, which is reactive: a row
 * drawn before its window arrived redraws when it comes.
 */
export class HexWindows {
  readonly container: number;
  readonly pid: number;
  /** Address of window 0; windows are aligned to it. */
  readonly origin: bigint;
  readonly #windows = new SvelteMap<number, ClassifiedWindow>();
  // Bookkeeping only, never drawn: a plain Set on purpose.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #pending = new Set<number>();
  error = $state<string | null>(null);

  constructor(container: number, pid: number, origin: bigint) {
    this.container = container;
    this.pid = pid;
    this.origin = origin;
  }

  indexOf(address: bigint): number {
    return Number((address - this.origin) / BigInt(WINDOW_BYTES));
  }

  get(index: number): ClassifiedWindow | undefined {
    return this.#windows.get(index);
  }

  /** Fetches the windows covering [from, to) that are neither here nor on their way. */
  ensure(from: bigint, to: bigint): void {
    const last = this.indexOf(to - 1n);
    for (let i = Math.max(0, this.indexOf(from)); i <= last; i++) {
      if (this.#windows.has(i) || this.#pending.has(i)) continue;
      this.#pending.add(i);
      void this.#fetch(i);
    }
  }

  async #fetch(index: number): Promise<void> {
    const address = this.origin + BigInt(index) * BigInt(WINDOW_BYTES);
    try {
      const w = await analyser.api.memoryRead(this.container, this.pid, address, WINDOW_BYTES);
      this.#windows.set(index, classify(w.address, w.bytes, w.segments));
      this.#evict(index);
    } catch (e) {
      this.error = errorMessage(e);
    } finally {
      this.#pending.delete(index);
    }
  }

  /** Drops the windows farthest from the one just fetched. */
  #evict(near: number): void {
    if (this.#windows.size <= KEEP) return;
    const far = [...this.#windows.keys()].sort((a, b) => Math.abs(b - near) - Math.abs(a - near));
    for (const k of far.slice(0, this.#windows.size - KEEP)) this.#windows.delete(k);
  }
}

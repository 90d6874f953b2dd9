import type { MemberStore } from '../archive/member-store.ts';

/** Reads from a File slice cost about 1 ms each in Chromium, so small reads go through windows. */
export const WINDOW_SIZE = 1 << 20;
const DEFAULT_CACHE_WINDOWS = 16;

/**
 * Reads byte ranges of raw `pages-N.img` members by offset, never the whole member. Small
 * reads (the hex viewer's 64 KiB windows, match context) are served from an LRU of 1 MiB
 * aligned windows; reads of a window or more (search, export) go straight to the store, since
 * caching a sequential scan only evicts the viewer's windows.
 */
export class PagesReader {
  readonly #store: MemberStore;
  readonly #capacity: number;
  /** Insertion order is recency order: a hit re-inserts. Promises, so concurrent reads share. */
  readonly #windows = new Map<string, Promise<Uint8Array>>();

  constructor(store: MemberStore, capacity = DEFAULT_CACHE_WINDOWS) {
    this.#store = store;
    this.#capacity = capacity;
  }

  get store(): MemberStore {
    return this.#store;
  }

  /**
   * Bytes of `image` at [offset, offset + length); shorter only if the member is. `into`: a
   * reusable buffer for reads of a window or more (MemberStore.readRange).
   */
  async read(
    image: string,
    offset: number,
    length: number,
    into?: Uint8Array,
  ): Promise<Uint8Array> {
    if (length <= 0) return new Uint8Array(0);
    if (length >= WINDOW_SIZE) return this.#store.readRange(image, offset, length, into);
    const first = Math.floor(offset / WINDOW_SIZE);
    const last = Math.floor((offset + length - 1) / WINDOW_SIZE);
    if (first === last) {
      const w = await this.#window(image, first);
      const from = offset - first * WINDOW_SIZE;
      return w.subarray(Math.min(from, w.length), Math.min(from + length, w.length));
    }
    // Straddles two windows (length < WINDOW_SIZE, so never more).
    const [a, b] = await Promise.all([this.#window(image, first), this.#window(image, last)]);
    const from = offset - first * WINDOW_SIZE;
    const headLen = Math.max(0, a.length - from);
    const out = new Uint8Array(Math.min(length, headLen + b.length));
    out.set(a.subarray(Math.min(from, a.length)), 0);
    if (a.length === WINDOW_SIZE) out.set(b.subarray(0, out.length - headLen), headLen);
    return a.length === WINDOW_SIZE ? out : out.subarray(0, headLen);
  }

  #window(image: string, index: number): Promise<Uint8Array> {
    const key = `${image}\u0000${index}`;
    const hit = this.#windows.get(key);
    if (hit) {
      this.#windows.delete(key);
      this.#windows.set(key, hit);
      return hit;
    }
    const p = this.#store.readRange(image, index * WINDOW_SIZE, WINDOW_SIZE);
    // A failed read must not stay cached: the next attempt may succeed (or report again).
    p.catch(() => this.#windows.delete(key));
    this.#windows.set(key, p);
    while (this.#windows.size > this.#capacity) {
      const oldest = this.#windows.keys().next().value as string;
      this.#windows.delete(oldest);
    }
    return p;
  }
}

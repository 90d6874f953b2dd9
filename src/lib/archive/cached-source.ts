import type { ByteSource } from './byte-source.ts';

/**
 * Random small reads from a File cost one blob IPC each (~1,000/s measured in Chromium), so
 * reads go through aligned blocks (≥ 1 MiB) kept in a small LRU. A read returns at most the
 * rest of one block (short reads are part of the ByteSource contract).
 */
export class CachedSource implements ByteSource {
  readonly size: number;
  readonly #blocks = new Map<number, Promise<Uint8Array>>();

  constructor(
    readonly base: ByteSource,
    readonly blockSize = 1024 * 1024,
    readonly maxBlocks = 16,
  ) {
    this.size = base.size;
  }

  async read(offset: number, length: number, into?: Uint8Array): Promise<Uint8Array> {
    if (offset >= this.size || length <= 0) return new Uint8Array(0);
    // Big sequential reads (a memory scan) gain nothing from the cache and would evict the
    // blocks that random reads reuse: pass them through (with the caller's reuse buffer).
    if (length >= 4 * this.blockSize) return this.base.read(offset, length, into);
    const index = Math.floor(offset / this.blockSize);
    const block = await this.#block(index);
    const at = offset - index * this.blockSize;
    return block.subarray(at, Math.min(block.length, at + length));
  }

  #block(index: number): Promise<Uint8Array> {
    const hit = this.#blocks.get(index);
    if (hit) {
      // Re-insert to mark as most recently used (Map keeps insertion order).
      this.#blocks.delete(index);
      this.#blocks.set(index, hit);
      return hit;
    }
    const start = index * this.blockSize;
    const pending = this.#load(start, Math.min(this.blockSize, this.size - start));
    this.#blocks.set(index, pending);
    // A failed read must not stay cached.
    pending.catch(() => this.#blocks.delete(index));
    while (this.#blocks.size > this.maxBlocks) {
      const oldest = this.#blocks.keys().next().value as number;
      this.#blocks.delete(oldest);
    }
    return pending;
  }

  async #load(start: number, length: number): Promise<Uint8Array> {
    const first = await this.base.read(start, length);
    if (first.length >= length) return first;
    const out = new Uint8Array(length);
    out.set(first);
    let got = first.length;
    while (got < length) {
      const part = await this.base.read(start + got, length - got);
      if (part.length === 0) break;
      out.set(part, got);
      got += part.length;
    }
    return out.subarray(0, got);
  }
}

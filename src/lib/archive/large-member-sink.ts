import { ChunkedSource, type ByteSource } from './byte-source.ts';

/**
 * Where large members of a compressed archive (pages-*.img, a big rootfs-diff.tar) go during
 * the one decompression pass, so they can be read back by offset later without keeping the
 * archive, or one huge buffer, in memory. Two implementations: chunked memory (here; always
 * available, capped) and OPFS (`opfs-sink.ts`; only in a worker of a served page).
 */
export interface LargeMemberWriter {
  /**
   * Append bytes. Rejects (SizeLimitError or a storage error) when they cannot be kept. The
   * chunk is borrowed (a view of the decoder's buffer): copy or store it before the call (or
   * its promise) ends, never keep a reference.
   */
  write(chunk: Uint8Array): void | Promise<void>;
  /** All bytes written: the member's data, readable by offset. */
  close(): Promise<ByteSource>;
  /** Give up on this member and free what it used. */
  abort(): Promise<void>;
}

export interface LargeMemberSink {
  /** 'memory' or 'opfs', shown to the user. */
  readonly kind: string;
  /** Start a member whose tar header announces `size` bytes. */
  create(path: string, size: number): Promise<LargeMemberWriter>;
  /** Free everything (OPFS files). */
  dispose(): Promise<void>;
}

/** A member did not fit the configured cap; becomes a `size-limit` Problem. */
export class SizeLimitError extends Error {
  override readonly name = 'SizeLimitError';
}

export const MiB = 1024 * 1024;
export const GiB = 1024 * MiB;

export interface ChunkedMemorySinkOptions {
  /** Bytes per chunk; 64 MiB keeps allocations small enough to succeed on a busy heap. */
  chunkSize?: number;
  /** Total bytes this sink may hold over all members. */
  maxBytes?: number;
}

/**
 * Large members as lists of chunks in memory. The cap is checked when a member starts (its
 * size is known from the tar header), so a member that cannot fit is refused before any
 * allocation rather than half-stored.
 */
export class ChunkedMemorySink implements LargeMemberSink {
  readonly kind = 'memory';
  readonly chunkSize: number;
  readonly maxBytes: number;
  #reserved = 0;

  constructor({ chunkSize = 64 * MiB, maxBytes = 4 * GiB }: ChunkedMemorySinkOptions = {}) {
    this.chunkSize = chunkSize;
    this.maxBytes = maxBytes;
  }

  /** Bytes currently reserved by members (written or announced). */
  get used(): number {
    return this.#reserved;
  }

  async create(path: string, size: number): Promise<LargeMemberWriter> {
    if (this.#reserved + size > this.maxBytes) {
      throw new SizeLimitError(
        `${path} (${size} bytes) does not fit in the ${this.maxBytes}-byte memory cap for large members`,
      );
    }
    this.#reserved += size;
    const chunks: Uint8Array[] = [];
    let current: Uint8Array | undefined;
    let filled = 0;
    let written = 0;
    const release = () => {
      this.#reserved -= size;
      chunks.length = 0;
      current = undefined;
    };
    return {
      write: (chunk: Uint8Array) => {
        if (written + chunk.length > size) {
          throw new SizeLimitError(`${path}: more data than its header announced`);
        }
        let pos = 0;
        while (pos < chunk.length) {
          if (!current || filled === current.length) {
            current = new Uint8Array(Math.min(this.chunkSize, size - written));
            chunks.push(current);
            filled = 0;
          }
          const take = Math.min(current.length - filled, chunk.length - pos);
          current.set(chunk.subarray(pos, pos + take), filled);
          filled += take;
          pos += take;
          written += take;
        }
      },
      close: async () => {
        // A truncated member keeps only what arrived.
        if (current && filled < current.length)
          chunks[chunks.length - 1] = current.subarray(0, filled);
        return new ChunkedSource(chunks);
      },
      abort: async () => release(),
    };
  }

  async dispose(): Promise<void> {
    this.#reserved = 0;
  }
}

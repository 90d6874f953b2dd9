import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MAX_SINGLE_READ, type ByteSource } from '../lib/archive/byte-source.ts';
import {
  GiB,
  SizeLimitError,
  type LargeMemberSink,
  type LargeMemberWriter,
} from '../lib/archive/large-member-sink.ts';

export interface TempFileSinkOptions {
  /** Total bytes this sink may hold over all members (disk, not memory). */
  maxBytes?: number;
  /** Parent of the sink's private temporary directory; default `os.tmpdir()`. */
  tmpRoot?: string;
}

/** One member's bytes: a window of the shared temporary file, read with positioned reads. */
class TempFileWindow implements ByteSource {
  constructor(
    private readonly handle: fs.promises.FileHandle,
    private readonly start: number,
    readonly size: number,
  ) {}

  async read(offset: number, length: number, into?: Uint8Array): Promise<Uint8Array> {
    const want = Math.max(0, Math.min(length, this.size - offset, MAX_SINGLE_READ));
    if (offset < 0 || want === 0) return new Uint8Array(0);
    const buffer = into && into.length >= want ? into.subarray(0, want) : new Uint8Array(want);
    const { bytesRead } = await this.handle.read(buffer, 0, want, this.start + offset);
    return buffer.subarray(0, bytesRead);
  }
}

/**
 * Large members of a compressed archive in one temporary file (CLI only), so a multi-GB
 * archive opened in one decompression pass costs disk rather than memory. Each member gets
 * its own region of the file, reserved when it starts (the tar header gives its size), so
 * the cap is checked before anything is written, like ChunkedMemorySink. The file lives in a
 * private directory (mkdtemp, file mode 0600) created on the first large member and removed
 * by `dispose()`, or at process exit if nobody disposed.
 */
export class TempFileSink implements LargeMemberSink {
  readonly kind = 'temp file';
  readonly maxBytes: number;
  readonly #tmpRoot: string;
  #reserved = 0;
  #end = 0;
  #dir: string | undefined;
  #handle: fs.promises.FileHandle | undefined;
  #opening: Promise<fs.promises.FileHandle> | undefined;
  #disposed = false;
  readonly #removeAtExit = () => this.#removeSync();

  constructor({ maxBytes = 64 * GiB, tmpRoot = os.tmpdir() }: TempFileSinkOptions = {}) {
    this.maxBytes = maxBytes;
    this.#tmpRoot = tmpRoot;
  }

  /** Bytes currently reserved by members (written or announced). */
  get used(): number {
    return this.#reserved;
  }

  /** The private directory holding the file, once a large member has arrived. */
  get directory(): string | undefined {
    return this.#dir;
  }

  #file(): Promise<fs.promises.FileHandle> {
    this.#opening ??= (async () => {
      const dir = await fs.promises.mkdtemp(path.join(this.#tmpRoot, 'cc-analyser-'));
      this.#dir = dir;
      process.once('exit', this.#removeAtExit);
      // 'wx': a fresh file only (never follow or reuse something already there).
      this.#handle = await fs.promises.open(path.join(dir, 'large-members.bin'), 'wx+', 0o600);
      return this.#handle;
    })();
    return this.#opening;
  }

  async create(member: string, size: number): Promise<LargeMemberWriter> {
    if (this.#disposed) throw new Error('temporary-file sink used after dispose');
    if (this.#reserved + size > this.maxBytes) {
      throw new SizeLimitError(
        `${member} (${size} bytes) does not fit in the ${this.maxBytes}-byte temporary-file cap for large members`,
      );
    }
    this.#reserved += size;
    let handle: fs.promises.FileHandle;
    try {
      handle = await this.#file();
    } catch (e) {
      this.#reserved -= size;
      throw e;
    }
    const start = this.#end;
    this.#end += size;
    let written = 0;
    let released = false;
    const release = async () => {
      if (released) return;
      released = true;
      this.#reserved -= size;
      // Give the disk back when this member is the last region of the file.
      if (this.#end === start + size && !this.#disposed) {
        this.#end = start;
        await handle.truncate(start);
      }
    };
    return {
      write: async (chunk: Uint8Array) => {
        if (released) throw new Error(`${member}: written after it was closed or aborted`);
        if (written + chunk.length > size) {
          throw new SizeLimitError(`${member}: more data than its header announced`);
        }
        let pos = 0;
        while (pos < chunk.length) {
          const { bytesWritten } = await handle.write(
            chunk,
            pos,
            chunk.length - pos,
            start + written,
          );
          if (bytesWritten <= 0) throw new Error(`${member}: the temporary file accepted no bytes`);
          pos += bytesWritten;
          written += bytesWritten;
        }
      },
      // A truncated member keeps only what arrived.
      close: async () => new TempFileWindow(handle, start, written),
      abort: release,
    };
  }

  async dispose(): Promise<void> {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#reserved = 0;
    await this.#opening?.catch(() => undefined);
    await this.#handle?.close().catch(() => undefined);
    this.#handle = undefined;
    if (this.#dir) await fs.promises.rm(this.#dir, { recursive: true, force: true });
    this.#dir = undefined;
    process.removeListener('exit', this.#removeAtExit);
  }

  #removeSync(): void {
    if (this.#dir) fs.rmSync(this.#dir, { recursive: true, force: true });
    this.#dir = undefined;
  }
}

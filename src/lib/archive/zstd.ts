import { ZSTD_WASM_BASE64 } from './generated/zstd-wasm.ts';

/**
 * zstd decompression as a stream: zstd 1.5.7's own decompressor, built by us for WebAssembly
 * (scripts/gen-zstd-wasm.mjs: clang -O3, decompressor only, no imports), driven through its
 * streaming function (`ZSTD_decompressStream`).
 *
 * Why this decoder: Chromium has no `DecompressionStream('zstd')`; fzstd slows to 50 MB/s on
 * Podman's 8 MiB window, and the one-shot APIs of the registry's WebAssembly builds fail on
 * frames that carry no content size. Measured on the same 1 GiB realistic archive (BENCHMARKS.md),
 * the build zstddec 0.3.4 ships needed about 1.45× the CPU of this one, and no other registry
 * build was faster in Chromium; the page's `.tar.zst` open runs at the decoder's speed.
 *
 * Why our own loop: each call fills a 4 MiB output buffer in the decoder's heap, which the
 * consumers read in place (no copy per slice, no fresh buffer per slice: both cost seconds per
 * GiB in the page's profile), and zstd's error codes end the stream with zstd's reason instead
 * of looping on corrupt data.
 *
 * Loading without a network request: the module's bytes are a base64 string in the bundle,
 * compiled with `WebAssembly.compile`; the CSP needs only `'wasm-unsafe-eval'`.
 */

interface ZstdExports {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(ptr: number): void;
  ZSTD_createDCtx(): number;
  ZSTD_freeDCtx(dctx: number): number;
  ZSTD_decompressStream(dctx: number, output: number, input: number): number;
}

/** Output bytes per decoder call: big slices keep the decoder busy and the writes few. */
export const ZSTD_OUTPUT_SLICE = 4 * 1024 * 1024;

/** Output bytes per decoder call: one zstd block at most (ZSTD_BLOCKSIZE_MAX, 128 KiB). */
const ZSTD_CALL_OUTPUT = 128 * 1024;

let compiled: Promise<WebAssembly.Module> | undefined;

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * A fresh instance of the zstd decoder for one stream. Compiled once; each stream gets its own
 * instance and heap, freed with it. Measured: after zstd reported corrupt data, a new
 * decompression context in the same heap failed on valid input too, so streams never share one
 * (which also keeps two archives opened at once apart). An instance costs well under 1 ms.
 */
export async function zstdWasm(): Promise<ZstdExports> {
  if (!compiled) {
    compiled = WebAssembly.compile(base64ToBytes(ZSTD_WASM_BASE64));
    compiled.catch(() => (compiled = undefined));
  }
  // The module imports nothing: malloc grows its own memory.
  const instance = await WebAssembly.instantiate(await compiled, {});
  return instance.exports as unknown as ZstdExports;
}

/**
 * zstd returns errors as `(size_t)-code` (wasm32: 32 bits); codes stay below 120
 * (`ZSTD_error_maxCode`). A few names from zstd_errors.h make the message useful.
 */
const ERROR_NAMES: Record<number, string> = {
  10: 'not a zstd frame (unknown frame descriptor)',
  12: 'unsupported zstd version',
  14: 'unsupported frame parameter',
  16: 'window too large',
  20: 'corrupted block',
  22: 'checksum mismatch',
  64: 'out of memory',
};

function zstdErrorCode(ret: number): number | undefined {
  const code = 2 ** 32 - (ret >>> 0);
  return code > 0 && code < 120 ? code : undefined;
}

/** One decompression context and its buffers in a heap of its own, freed by `dispose`. */
class ZstdStreamState {
  readonly #x: ZstdExports;
  readonly #dctx: number;
  /** ZSTD_inBuffer {src, size, pos} then ZSTD_outBuffer {dst, size, pos}: 4 bytes each. */
  readonly #structs: number;
  readonly #out: number;
  #in = 0;
  #inCapacity = 0;
  /** zstd's failure, thrown at the step after the output that preceded it. */
  #failed: Error | undefined;
  /** zstd's last answer: 0 when a frame has just ended (the stream may stop there). */
  lastResult = 0;

  constructor(x: ZstdExports) {
    this.#x = x;
    this.#dctx = x.ZSTD_createDCtx();
    this.#structs = x.malloc(24);
    this.#out = x.malloc(ZSTD_OUTPUT_SLICE);
    if (!this.#dctx || !this.#structs || !this.#out) {
      this.dispose();
      throw new Error('zstd: out of memory for the decoder');
    }
  }

  /** Views are taken anew each time: a heap that grew has a new buffer. */
  #words(): Uint32Array {
    return new Uint32Array(this.#x.memory.buffer, this.#structs, 6);
  }

  /** Copies the next compressed chunk into the heap as the input of the following calls. */
  setInput(chunk: Uint8Array): void {
    if (chunk.length > this.#inCapacity) {
      if (this.#in) this.#x.free(this.#in);
      this.#in = this.#x.malloc(chunk.length);
      this.#inCapacity = this.#in ? chunk.length : 0;
      if (!this.#in) throw new Error('zstd: out of memory for the input');
    }
    new Uint8Array(this.#x.memory.buffer).set(chunk, this.#in);
    this.#words().set([this.#in, chunk.length, 0]);
  }

  /** zstd's failure, once the output before it was handed out. */
  get failed(): Error | undefined {
    return this.#failed;
  }

  get inputLeft(): boolean {
    const w = this.#words();
    return w[2]! < w[1]!;
  }

  /**
   * Fills the output buffer by decoder calls of at most one zstd block each: a view of what
   * they produced (possibly empty; valid until the next step) and whether the buffer was
   * filled (then more output may be pending without input). zstd drops what a call had
   * flushed when that call fails, so small calls keep all but the damaged block; the error
   * is thrown at the next step, after the good output was handed out.
   */
  step(): { output: Uint8Array; full: boolean } {
    if (this.#failed) throw this.#failed;
    let filled = 0;
    while (filled < ZSTD_OUTPUT_SLICE) {
      const room = Math.min(ZSTD_CALL_OUTPUT, ZSTD_OUTPUT_SLICE - filled);
      this.#words().set([this.#out + filled, room, 0], 3);
      const ret = this.#x.ZSTD_decompressStream(this.#dctx, this.#structs + 12, this.#structs);
      const code = zstdErrorCode(ret);
      if (code !== undefined) {
        this.#failed = new Error(`corrupt zstd data: ${ERROR_NAMES[code] ?? `zstd error ${code}`}`);
        if (filled === 0) throw this.#failed;
        break;
      }
      this.lastResult = ret;
      const produced = this.#words()[5]!;
      filled += produced;
      // Less than the room and no input left: the decoder waits for input. (Less than the
      // room with input left is the end of a frame; the next frame follows.)
      if (produced < room && !this.inputLeft) break;
    }
    const output = new Uint8Array(this.#x.memory.buffer, this.#out, filled);
    return { output, full: filled === ZSTD_OUTPUT_SLICE && !this.#failed };
  }

  dispose(): void {
    if (this.#dctx) this.#x.ZSTD_freeDCtx(this.#dctx);
    for (const ptr of [this.#structs, this.#out, this.#in]) if (ptr) this.#x.free(ptr);
    this.#in = 0;
  }
}

/**
 * Decompress a zstd stream (one or more frames) into views of the decoder's own output buffer:
 * each chunk is valid only until the next one is asked for, and must be copied to be kept.
 * No copy and no allocation per chunk: measured in Chromium on this machine, a fresh 1–4 MiB
 * buffer per slice costs 1.5–2.8 s per GiB (the new pages are faulted in and zeroed), copying
 * into reused buffers 0.1–0.3 s. The one-pass open (open-compressed.ts) copies what it keeps.
 *
 * A compressed chunk is read only when the decoder has taken all of the previous one and has
 * no output pending. Corrupt data ends it with zstd's reason; input that stops inside a frame
 * ends it with an "incomplete" error (a truncation). Stopping early (`return()`) frees the
 * decoder and cancels the input.
 */
export async function* zstdBorrowedChunks(
  input: ReadableStream<Uint8Array>,
): AsyncGenerator<Uint8Array, void, undefined> {
  const reader = input.getReader();
  let state: ZstdStreamState | undefined;
  let inputEnded = false;
  try {
    state = new ZstdStreamState(await zstdWasm());
    let pendingOutput = false;
    let sawInput = false;
    for (;;) {
      if (state.failed) throw state.failed;
      if (!pendingOutput && !state.inputLeft) {
        const r = await reader.read();
        if (r.done) {
          inputEnded = true;
          if (sawInput && state.lastResult !== 0)
            throw new Error('incomplete zstd stream: unexpected end of input');
          return;
        }
        if (r.value.length === 0) continue;
        sawInput = true;
        state.setInput(r.value);
      }
      const { output, full } = state.step();
      pendingOutput = full;
      if (output.length > 0) yield output;
    }
  } finally {
    state?.dispose();
    if (!inputEnded) await reader.cancel().catch(() => undefined);
  }
}

/**
 * Decompress a zstd stream as a ReadableStream whose chunks are the caller's to keep (each a
 * copy of a decoder slice). For callers that collect or transfer the output.
 */
export function zstdDecompress(input: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  const chunks = zstdBorrowedChunks(input);
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value.slice());
      },
      async cancel() {
        await chunks.return(undefined);
      },
    },
    // One slice ahead at most: the pipeline's memory stays a few slices, whatever the input.
    { highWaterMark: 1 },
  );
}

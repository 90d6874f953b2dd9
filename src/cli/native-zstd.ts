import { createRequire } from 'node:module';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';

/**
 * The CLI's choice of zstd decoder, made once, here and nowhere else:
 *
 * 1. Node's own `zlib.createZstdDecompress` (Node 22.15 and later), native and always there;
 * 2. `zstd-napi`, an optional dependency that builds the reference zstd library at install
 *    (it needs a C++ toolchain, so it may be absent; the CLI must work without it);
 * 3. otherwise `undefined`: the library's embedded WebAssembly decoder (zstd's own
 *    decompressor built by scripts/gen-zstd-wasm.mjs), which the page uses too.
 *
 * `CC_ANALYSER_ZSTD=zlib|napi|wasm` forces one (the bench measures each, the tests check that
 * they agree); a forced decoder that is not available is an error, never a silent fallback.
 *
 * Measured (BENCHMARKS.md, realistic 1 GiB checkpoint): the WebAssembly decoder spends about
 * 1.3× the CPU of the native library per byte in Node 20 (zstddec's build, used before, 2×).
 */
export type ZstdDecoderName = 'zlib' | 'napi' | 'wasm';

export type Decompressor = (input: ReadableStream<Uint8Array>) => ReadableStream<Uint8Array>;

/** Output slices of 1 MiB: big enough that per-slice stream and tar-parser costs vanish. */
const OUT_SLICE = 1024 * 1024;
/** zstd's largest block: the most one decode step produces. */
const ZSTD_BLOCK_MAX = 128 * 1024;

interface NapiStreamResult {
  0: number;
  1: number;
  2: number;
}
interface NapiDCtx {
  decompressStream(dst: Uint8Array, src: Uint8Array): NapiStreamResult;
}
interface NapiBinding {
  DCtx: new () => NapiDCtx;
}

type ZlibWithZstd = typeof zlib & {
  createZstdDecompress?: (options?: { chunkSize?: number }) => import('node:stream').Transform;
};

function loadNapi(): NapiBinding | undefined {
  try {
    // A CommonJS native addon: required, not imported, so the bundled CLI leaves it external.
    return createRequire(import.meta.url)('zstd-napi/binding') as NapiBinding;
  } catch {
    return undefined;
  }
}

function zlibDecompressor(): Decompressor | undefined {
  const create = (zlib as ZlibWithZstd).createZstdDecompress;
  if (!create) return undefined;
  // The same plumbing as the CLI's gunzip (node-gunzip.ts), with 1 MiB output chunks.
  return (input) => {
    const transform = create({ chunkSize: OUT_SLICE });
    const source = Readable.fromWeb(input as import('node:stream/web').ReadableStream<Uint8Array>);
    source.on('error', (e) => transform.destroy(e));
    source.pipe(transform);
    return Readable.toWeb(transform) as unknown as ReadableStream<Uint8Array>;
  };
}

/**
 * zstd-napi's low-level context driven directly: each pull decodes into a fresh 1 MiB slice
 * until it is full or the input chunk is used up, so there is no Node stream in between and
 * no second copy. An input that ends inside a frame is "truncated", as the other decoders say.
 */
function napiDecompressor(binding: NapiBinding): Decompressor {
  return (input) => {
    const reader = input.getReader();
    const ctx = new binding.DCtx();
    let src: Uint8Array = new Uint8Array(0);
    let inputDone = false;
    /** zstd's hint after the last call: 0 when a frame has just ended. */
    let frameOpen = false;
    /** A decoding error, raised after the bytes decoded before it have been handed out. */
    let failure: Error | undefined;
    return new ReadableStream<Uint8Array>(
      {
        async pull(controller) {
          if (failure) throw failure;
          const out = new Uint8Array(OUT_SLICE);
          let filled = 0;
          try {
            while (filled < out.length) {
              if (src.length === 0) {
                if (inputDone) break;
                // Hand back what was decoded before waiting for more input.
                if (filled > 0) break;
                const r = await reader.read();
                if (r.done) {
                  inputDone = true;
                  break;
                }
                src = r.value;
                continue;
              }
              // At most one zstd block (128 KiB) per call: a call that fails loses what it
              // decoded, so damage costs no more of the intact bytes before it than needed.
              const room = out.subarray(filled, filled + ZSTD_BLOCK_MAX);
              const result = ctx.decompressStream(room, src);
              const produced = result[1];
              const consumed = result[2];
              frameOpen = result[0] !== 0;
              filled += produced;
              src = src.subarray(consumed);
              if (produced === 0 && consumed === 0) break;
            }
          } catch (e) {
            await reader.cancel().catch(() => undefined);
            failure = new Error(`zstd: ${e instanceof Error ? e.message : String(e)}`);
            // Everything decoded before the damage is intact: hand it out first.
            if (filled === 0) throw failure;
          }
          if (filled > 0) controller.enqueue(out.subarray(0, filled));
          if (failure) return;
          if (inputDone && src.length === 0) {
            if (frameOpen) throw new Error('zstd: unexpected end of input (truncated frame)');
            controller.close();
          }
        },
        cancel(reason) {
          return reader.cancel(reason);
        },
      },
      { highWaterMark: 2 },
    );
  };
}

export interface ZstdChoice {
  name: ZstdDecoderName;
  /** Undefined for `wasm`: the library's own decoder. */
  decompress?: Decompressor;
}

let chosen: ZstdChoice | undefined;

export function chooseZstd(forced: string | undefined = process.env.CC_ANALYSER_ZSTD): ZstdChoice {
  if (forced === undefined && chosen) return chosen;
  const want = forced?.trim() || undefined;
  if (want !== undefined && want !== 'zlib' && want !== 'napi' && want !== 'wasm')
    throw new Error(`CC_ANALYSER_ZSTD must be zlib, napi or wasm, not ${want}`);
  let choice: ZstdChoice | undefined;
  if (want === undefined || want === 'zlib') {
    const z = zlibDecompressor();
    if (z) choice = { name: 'zlib', decompress: z };
    else if (want === 'zlib') throw new Error('this Node has no zlib zstd (Node 22.15 or later)');
  }
  if (!choice && (want === undefined || want === 'napi')) {
    const napi = loadNapi();
    if (napi) choice = { name: 'napi', decompress: napiDecompressor(napi) };
    else if (want === 'napi') throw new Error('zstd-napi is not installed');
  }
  choice ??= { name: 'wasm' };
  if (forced === undefined) chosen = choice;
  return choice;
}

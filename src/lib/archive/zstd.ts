import { ZSTDDecoder } from 'zstddec/stream';

/**
 * zstd decompression as a stream, with zstddec 0.3.4's streaming API (`zstddec/stream`).
 *
 * Why this library: Chromium has no `DecompressionStream('zstd')`; measured, zstddec streams
 * at 150–250 MB/s with Podman's 8 MiB window and frames that carry no content size, where
 * fzstd slows to 50 MB/s and every one-shot API (including zstddec's own `decode`) fails or
 * silently returns garbage without a content size. So only `decodeStreaming` is used here.
 *
 * Loading the wasm without a network request: zstddec instantiates its embedded wasm with
 * `fetch('data:application/wasm;base64,…')` whenever `fetch` exists (browsers, workers and
 * Node 20 alike). Our page's CSP has `connect-src 'self'`, which blocks fetching a data: URL.
 * The fetch call happens synchronously inside `init()`, so for exactly that call we put a
 * local data:-URL reader in place of `globalThis.fetch` (it decodes the base64 itself and
 * never touches the network), and restore the real fetch before `init()` returns. The CSP
 * then needs only `'wasm-unsafe-eval'` (for `WebAssembly.instantiate`), not `connect-src data:`.
 */

let ready: Promise<ZSTDDecoder> | undefined;

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Answers only data: URLs, locally; anything else is refused. */
async function localDataUrlFetch(input: RequestInfo | URL): Promise<Response> {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const match = /^data:([^;,]*);base64,(.*)$/s.exec(url);
  if (!match) throw new Error('zstd loader attempted a network request');
  return new Response(base64ToBytes(match[2]), { headers: { 'content-type': match[1] } });
}

export function zstdDecoder(): Promise<ZSTDDecoder> {
  if (!ready) {
    const decoder = new ZSTDDecoder();
    const realFetch = globalThis.fetch;
    let init: Promise<void>;
    globalThis.fetch = localDataUrlFetch as typeof fetch;
    try {
      init = decoder.init();
    } finally {
      globalThis.fetch = realFetch;
    }
    ready = init.then(() => decoder);
    ready.catch(() => (ready = undefined));
  }
  return ready;
}

/**
 * zstddec's decoder loops forever, yielding empty chunks, on corrupt input (measured: it does
 * not check zstd's error codes). A valid stream makes progress on every call: it produces
 * output or asks for more input. This many empty yields in a row without asking for input
 * means the decoder is stuck on corrupt data.
 */
const MAX_STALLED_CALLS = 16;

/**
 * Decompress a zstd stream. zstddec wants a *synchronous* iterable of input chunks, and our
 * input is an async ReadableStream, so the iterable hands out one chunk that was read ahead;
 * before each step of the decoder a chunk is ready (or the input has ended), so the decoder
 * never sees a premature end. One decoder call consumes at most one input chunk.
 */
export function zstdDecompress(input: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  const reader = input.getReader();
  let pending: Uint8Array | undefined;
  let inputDone = false;
  let fed = false;
  const feed: Iterable<Uint8Array> = {
    [Symbol.iterator]: () => ({
      next: (): IteratorResult<Uint8Array> => {
        if (pending) {
          const value = pending;
          pending = undefined;
          fed = true;
          return { value, done: false };
        }
        return { value: undefined, done: true };
      },
    }),
  };
  let generator: Generator<Uint8Array> | undefined;
  let stalled = 0;

  async function readAhead(): Promise<void> {
    while (!pending && !inputDone) {
      const r = await reader.read();
      if (r.done) inputDone = true;
      else if (r.value.length > 0) pending = r.value;
    }
  }

  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const decoder = await zstdDecoder();
        generator ??= decoder.decodeStreaming(feed);
        for (;;) {
          await readAhead();
          fed = false;
          const step = generator.next();
          if (step.done) {
            controller.close();
            return;
          }
          if (step.value.length > 0) {
            stalled = 0;
            controller.enqueue(step.value);
            return;
          }
          stalled = fed ? 0 : stalled + 1;
          if (stalled > MAX_STALLED_CALLS) throw new Error('corrupt zstd data');
        }
      } catch (e) {
        await reader.cancel().catch(() => undefined);
        throw e;
      }
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}

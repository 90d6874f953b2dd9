import { zstdBorrowedChunks, zstdDecompress } from './zstd.ts';

/**
 * The decompressor for one compression kind, as a stream transform. gzip uses the platform's
 * own `DecompressionStream` (Chromium and Node 20 both have it); zstd uses our WebAssembly build of zstd's decompressor (zstd.ts).
 *
 * Measured limit: Chromium 156's gzip DecompressionStream rejects a file of several
 * concatenated gzip members (`cat a.gz b.gz`) after the first one, while Node's accepts it.
 * Engines write a single member (gzip, pigz and Go's pgzip all do), so this only affects
 * hand-made files; there the members read before the error are kept and the error becomes
 * a `decompression-error` problem.
 */
export function decompress(
  kind: 'gzip' | 'zstd',
  input: ReadableStream<Uint8Array>,
  gunzip?: (input: ReadableStream<Uint8Array>) => ReadableStream<Uint8Array>,
  unzstd?: (input: ReadableStream<Uint8Array>) => ReadableStream<Uint8Array>,
): ReadableStream<Uint8Array> {
  if (kind === 'gzip') {
    if (gunzip) return gunzip(input);
    return input.pipeThrough(
      new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>,
    );
  }
  return unzstd ? unzstd(input) : zstdDecompress(input);
}

/**
 * The same output as `decompress`, as chunks that are valid only until the next is asked for
 * (the caller copies what it keeps). The embedded zstd decoder then hands out views of its own
 * buffer, with no copy and no allocation per chunk (see zstd.ts); other decoders' chunks are
 * passed on as they come. `return()` stops the decoder and cancels the input.
 */
export function decompressBorrowed(
  kind: 'gzip' | 'zstd',
  input: ReadableStream<Uint8Array>,
  gunzip?: (input: ReadableStream<Uint8Array>) => ReadableStream<Uint8Array>,
  unzstd?: (input: ReadableStream<Uint8Array>) => ReadableStream<Uint8Array>,
): AsyncGenerator<Uint8Array, void, undefined> {
  if (kind === 'zstd' && !unzstd) return zstdBorrowedChunks(input);
  return readAll(decompress(kind, input, gunzip, unzstd));
}

async function* readAll(
  stream: ReadableStream<Uint8Array>,
): AsyncGenerator<Uint8Array, void, undefined> {
  const reader = stream.getReader();
  let ended = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        ended = true;
        return;
      }
      yield value;
    }
  } finally {
    if (!ended) await reader.cancel().catch(() => undefined);
  }
}

/** Whether a decompressor's error means "the input stopped early" rather than "corrupt". */
export function isTruncationError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /incomplete|unexpected end|truncated|premature/i.test(message);
}

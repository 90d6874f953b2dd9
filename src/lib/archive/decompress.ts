import { zstdDecompress } from './zstd.ts';

/**
 * The decompressor for one compression kind, as a stream transform. gzip uses the platform's
 * own `DecompressionStream` (Chromium and Node 20 both have it); zstd uses zstddec (see zstd.ts).
 */
export function decompress(
  kind: 'gzip' | 'zstd',
  input: ReadableStream<Uint8Array>,
): ReadableStream<Uint8Array> {
  if (kind === 'gzip') {
    return input.pipeThrough(
      new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>,
    );
  }
  return zstdDecompress(input);
}

/** Whether a decompressor's error means "the input stopped early" rather than "corrupt". */
export function isTruncationError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /incomplete|unexpected end|truncated|premature/i.test(message);
}

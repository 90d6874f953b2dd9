import type { ByteSource } from '../archive/byte-source.ts';
import { Sha256, type StreamingHash } from './sha256.ts';

/** Read size per step: big enough to keep Blob reads cheap, small enough to stay responsive. */
const BLOCK = 4 * 1024 * 1024;

/**
 * SHA-256 of a whole source, read front to back in blocks (never the whole input in memory).
 * `from` continues a hash already fed the first `from` bytes (the part a decompressor read).
 */
export async function hashSource(
  source: ByteSource,
  options: {
    hash?: StreamingHash;
    from?: number;
    signal?: AbortSignal;
    onBytes?: (bytesRead: number) => void;
  } = {},
): Promise<string> {
  const hash = options.hash ?? new Sha256();
  let pos = options.from ?? 0;
  while (pos < source.size) {
    options.signal?.throwIfAborted();
    const chunk = await source.read(pos, Math.min(BLOCK, source.size - pos));
    if (chunk.length === 0) break;
    hash.update(chunk);
    pos += chunk.length;
    options.onBytes?.(pos);
  }
  return hash.hex();
}

import type { StreamingHash } from '../src/lib/hash/sha256.ts';
import type { ProgressReport } from './protocol.ts';

/** Bytes read per step: big enough for fast File reads, small enough for memory. */
export const HASH_BLOCK = 8 * 1024 * 1024;

/**
 * Feeds a Blob to a hash in blocks (never the whole input in memory) and returns the hex
 * digest, or undefined once `stale()` says a newer input made this one moot.
 */
export async function hashBlob(
  blob: Blob,
  hash: StreamingHash,
  report: (r: ProgressReport, force?: boolean) => void,
  stale: () => boolean,
): Promise<string | undefined> {
  report({ stage: 'hashing', bytes: 0, total: blob.size }, true);
  for (let offset = 0; offset < blob.size; offset += HASH_BLOCK) {
    if (stale()) return undefined;
    const end = Math.min(blob.size, offset + HASH_BLOCK);
    hash.update(new Uint8Array(await blob.slice(offset, end).arrayBuffer()));
    report({ stage: 'hashing', bytes: end, total: blob.size });
  }
  if (stale()) return undefined;
  const digest = hash.hex();
  report({ stage: 'hashing', bytes: blob.size, total: blob.size }, true);
  return digest;
}

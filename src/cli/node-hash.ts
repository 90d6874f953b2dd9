import { createHash } from 'node:crypto';
import type { StreamingHash } from '../lib/hash/sha256.ts';

/** Node's native SHA-256 behind the library's StreamingHash (same digest, about 4× the speed). */
export function nodeSha256(): StreamingHash {
  const hash = createHash('sha256');
  return {
    update: (data: Uint8Array) => hash.update(data),
    hex: () => hash.digest('hex'),
  };
}

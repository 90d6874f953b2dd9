/**
 * The streaming SHA-256 lives in src/lib/hash (shared by the archive layer, which hashes a
 * compressed input in its one decompression pass, the CLI and this worker).
 */
export { Sha256 } from '../src/lib/hash/sha256.ts';

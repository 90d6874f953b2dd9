import { problem, type Problem } from '../problems.ts';
import { isTruncationError } from './decompress.ts';

/** How far a one-pass decompression got when it failed. */
export interface PassPosition {
  /** Compressed bytes handed to the decompressor (it reads ahead, so the fault is before). */
  bytesIn: number;
  /** Decompressed bytes it produced: everything before this is intact. */
  bytesOut: number;
  /** The tar member being written when it failed, if any. */
  member?: string;
}

/**
 * The problem for a gzip/zstd stream that failed or ended early, saying where: the decoders
 * (DecompressionStream, zlib, zstd) name no offset, so the pass's own counters do. An analyst
 * can then tell a cut transfer from damage in the middle, and which member it hit.
 */
export function decompressionProblem(
  compression: string,
  error: unknown,
  at: PassPosition,
  where: { file?: string },
): Problem {
  const message = error instanceof Error ? error.message : String(error);
  const place =
    `after ${at.bytesOut.toLocaleString('en-US')} decompressed bytes, ` +
    `within the first ${at.bytesIn.toLocaleString('en-US')} compressed bytes` +
    (at.member ? `, in member ${at.member}` : '');
  return isTruncationError(error)
    ? problem('truncated-archive', `the ${compression} stream ends early ${place} (${message})`, {
        ...where,
        offset: at.bytesIn,
      })
    : problem('decompression-error', `${compression} decompression failed ${place}: ${message}`, {
        ...where,
      });
}

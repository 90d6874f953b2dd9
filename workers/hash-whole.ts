import type { ProgressReport } from './protocol.ts';

/**
 * Inputs up to this size are hashed by the platform's WebCrypto in one call, read whole into
 * memory first; larger ones are streamed through hash-wasm (hash-blob.ts) in 8 MiB blocks.
 * Measured in Chromium 156 here, read and digest together against hash-wasm's stream on the
 * same bytes in the same run: 1.4–2× faster at 32–128 MiB, 3–4× at 512 MiB, still ~2× at
 * 1 GiB. WebCrypto has no streaming digest, so the bound is memory, not speed: the hash
 * worker holds the input while it hashes, and Chromium a copy of it during the digest
 * (measured: the browser's peak RSS +0.5 GiB for a 321 MB input).
 */
export const WHOLE_DIGEST_MAX_BYTES = 512 * 1024 * 1024;

function hex(digest: ArrayBuffer): string {
  let out = '';
  for (const byte of new Uint8Array(digest)) out += byte.toString(16).padStart(2, '0');
  return out;
}

/**
 * The SHA-256 of the whole Blob by `crypto.subtle.digest`: hex, undefined once `stale()` says
 * a newer input made it moot, or null when WebCrypto is missing or fails (an allocation too
 * big for this tab): then the caller streams instead.
 */
export async function hashWholeBlob(
  blob: Blob,
  report: (r: ProgressReport, force?: boolean) => void,
  stale: () => boolean,
): Promise<string | undefined | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  report({ stage: 'hashing', bytes: 0, total: blob.size }, true);
  try {
    let bytes: ArrayBuffer | undefined = await blob.arrayBuffer();
    if (stale()) return undefined;
    // Chromium copies the data for its crypto thread when digest() is called: drop ours then,
    // so that the two copies overlap as briefly as the collector allows.
    const pending = subtle.digest('SHA-256', bytes);
    bytes = undefined;
    const digest = hex(await pending);
    if (stale()) return undefined;
    report({ stage: 'hashing', bytes: blob.size, total: blob.size }, true);
    return digest;
  } catch {
    return null;
  }
}

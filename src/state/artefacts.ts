/**
 * The one way the page writes a file. Every download goes through `saveArtefact`, which saves
 * the Blob, hashes exactly those bytes and records the file in the case's artefact manifest,
 * so that whatever the analyst hands on can be matched to `sha256sum` of the file they hold.
 */
import { errorMessage } from '../lib/error-message.ts';
import { BlobSource } from '../lib/archive/byte-source.ts';
import type { ArtefactRecord } from '../lib/case/types.ts';
import { hashSource } from '../lib/hash/hash-source.ts';
import { createFastSha256 } from '../lib/hash/wasm-sha256.ts';
import { saveBlob } from '../components/download.ts';
import { InputHasher } from '../worker-client/input-hasher.ts';
import { caseState } from './case.svelte.ts';

let hasher: InputHasher | undefined;
let queue: Promise<unknown> = Promise.resolve();

/**
 * The SHA-256 of a saved file, on a hash worker of its own (WebCrypto up to 512 MiB, like the
 * input's), so that hashing a large memory dump or core does not take the page's thread. One
 * at a time: the hash worker drops a running hash when the next one starts. Should the worker
 * fail, the page hashes the file itself in blocks.
 */
function sha256OfSaved(blob: Blob): Promise<string> {
  const run = async () => {
    hasher ??= new InputHasher();
    const digest = await hasher.sha256(blob, () => undefined).catch(() => undefined);
    return digest ?? hashSource(new BlobSource(blob), { hash: await createFastSha256() });
  };
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}

/**
 * Saves `blob` as `filename`, then records it with its SHA-256. The download starts at once
 * (a Blob is immutable, so the bytes hashed are the bytes saved); the digest follows, computed
 * off the page's thread.
 */
export async function saveArtefact(
  blob: Blob,
  filename: string,
  what: string,
): Promise<ArtefactRecord | undefined> {
  saveBlob(blob, filename);
  try {
    const sha256 = await sha256OfSaved(blob);
    return caseState.recordArtefact({ name: filename, what, bytes: blob.size, sha256 });
  } catch (e) {
    // The file is saved either way; the manifest says it could not be hashed.
    caseState.artefactError = `${filename} was saved but not hashed: ${errorMessage(e)}`;
    return undefined;
  }
}

/** Saves bytes produced in the worker as a file, through `saveArtefact`. */
export function saveArtefactBytes(
  bytes: Uint8Array<ArrayBuffer>,
  filename: string,
  type: string,
  what: string,
): Promise<ArtefactRecord | undefined> {
  return saveArtefact(new Blob([bytes], { type }), filename, what);
}

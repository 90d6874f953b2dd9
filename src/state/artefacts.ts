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
import { caseState } from './case.svelte.ts';

/**
 * Saves `blob` as `filename`, then records it with its SHA-256. The download starts at once
 * (a Blob is immutable, so the bytes hashed are the bytes saved); the digest follows, read in
 * blocks so that a large memory dump does not stall the page.
 */
export async function saveArtefact(
  blob: Blob,
  filename: string,
  what: string,
): Promise<ArtefactRecord | undefined> {
  saveBlob(blob, filename);
  try {
    const sha256 = await hashSource(new BlobSource(blob), { hash: await createFastSha256() });
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

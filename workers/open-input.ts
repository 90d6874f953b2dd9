/**
 * Opening one input in the worker, the same way for the checkpoint (A) and the one it is
 * compared with (B): large members go to the best storage the browser offers, progress is
 * reported with readable stage names, a cancelled or superseded open frees what it read, and
 * a failure becomes a message instead of a rejection.
 */
import { openArchive, type Archive, type FolderFile } from '../src/lib/archive/index.ts';
import { errorMessage } from '../src/lib/error-message.ts';
import { chooseLargeMemberSink } from './large-member-storage.ts';
import { zstdDecoderThread } from './zstd-decoder-thread.ts';
import type { OpenInput, ProgressCallback } from './protocol.ts';

const STAGE_NAMES: Record<string, string> = {
  reading: 'reading',
  decompressing: 'decompressing',
  indexing: 'indexing tar',
  decoding: 'decoding images',
};

export interface OpenInputOptions {
  name: string;
  signal: AbortSignal;
  /** Paced already (see `throttle`). */
  report: ProgressCallback;
  /** The page hashes the input in its own worker: do not hash it in the open's pass. */
  skipHash: boolean;
  /**
   * Checked after the archive is read: false when the open is no longer wanted (another
   * input replaced the one it belongs to); the archive is then freed and reported cancelled.
   */
  stillWanted?: () => boolean;
}

export type OpenInputResult =
  | { status: 'opened'; archive: Archive }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

export async function openInput(
  given: OpenInput,
  options: OpenInputOptions,
): Promise<OpenInputResult> {
  const sink = await chooseLargeMemberSink();
  const zstdThread = zstdDecoderThread();
  // The sink holds data only for a compressed archive that is kept; free it otherwise.
  const dropSink = () => sink.dispose().catch(() => undefined);
  try {
    const archive = await openArchive(
      Array.isArray(given) ? given.map((f): FolderFile => ({ path: f.path, blob: f.file })) : given,
      {
        name: options.name,
        signal: options.signal,
        largeMemberSink: sink,
        skipHash: options.skipHash,
        ...(zstdThread ? { zstdElsewhere: zstdThread } : {}),
        onProgress: (p) =>
          options.report({
            stage: STAGE_NAMES[p.stage] ?? p.stage,
            bytes: p.bytesRead,
            total: p.totalBytes,
            ...(p.bytesOut !== undefined ? { out: p.bytesOut } : {}),
            ...(p.member !== undefined ? { member: p.member } : {}),
          }),
      },
    );
    if (archive.largeMemberStorage !== sink.kind) await dropSink();
    if (options.signal.aborted || options.stillWanted?.() === false) {
      await archive.dispose();
      await dropSink();
      return { status: 'cancelled' };
    }
    return { status: 'opened', archive };
  } catch (e) {
    await dropSink();
    if (options.signal.aborted) return { status: 'cancelled' };
    return { status: 'failed', message: errorMessage(e) };
  }
}

/** A dropped folder's name: its top folder when every file is under one. */
export function folderName(files: { path: string }[]): string {
  const top = files[0]?.path.split('/')[0];
  return top && files.every((f) => f.path.startsWith(top + '/')) ? top : 'folder';
}

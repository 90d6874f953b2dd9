/**
 * Every file the CLI writes has its SHA-256 shown (chain of custody): the digest of exactly
 * the bytes written, on stderr as `sha256 <hex>  <path>` (the `sha256sum` line, so
 * `sha256sum -c` can check it) and in a command's `--json` output. The path is the analyst's
 * own, never derived from checkpoint contents; it is shown through `printable` all the same.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { CliIO } from './command.ts';
import { printable } from './text.ts';

export interface WrittenFile {
  path: string;
  bytes: number;
  /** Lowercase hex SHA-256 of the file's bytes. */
  sha256: string;
}

/** A file being written in pieces, hashed as it is written (no second read). */
export interface HashingWriter {
  write(chunk: Uint8Array | string): Promise<void>;
  /** Closes the file and returns its digest; also on an error, the file is closed. */
  close(): Promise<WrittenFile>;
  /** Closes the file after a failure, without a digest. */
  abort(): Promise<void>;
}

export async function openWrittenFile(path: string): Promise<HashingWriter> {
  const handle = await fs.promises.open(path, 'w');
  const hash = createHash('sha256');
  let bytes = 0;
  return {
    async write(chunk) {
      const data = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      // The digest covers what reached the file: a failed write throws before `update`.
      let done = 0;
      while (done < data.length) {
        const { bytesWritten } = await handle.write(data, done, data.length - done);
        done += bytesWritten;
      }
      hash.update(data);
      bytes += data.length;
    },
    async close() {
      await handle.close();
      return { path, bytes, sha256: hash.digest('hex') };
    },
    async abort() {
      await handle.close().catch(() => undefined);
    },
  };
}

/** The stderr line for a written file: `sha256 <hex>  <path>`. */
export function digestLine(file: WrittenFile): string {
  return `sha256 ${file.sha256}  ${printable(file.path)}\n`;
}

/** Writes `data` to `path`, prints its digest line on stderr and returns what was written. */
export async function writeFileReported(
  path: string,
  data: Uint8Array | string,
  io: CliIO,
): Promise<WrittenFile> {
  const writer = await openWrittenFile(path);
  try {
    await writer.write(data);
  } catch (e) {
    await writer.abort();
    throw e;
  }
  const written = await writer.close();
  io.stderr(digestLine(written));
  return written;
}

/**
 * The digest of a file written by other means (triage appends to its output across runs):
 * read back whole, as it is on disk now, and printed like the others.
 */
export async function reportWrittenFile(path: string, io: CliIO): Promise<WrittenFile> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of fs.createReadStream(path)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  const written = { path, bytes, sha256: hash.digest('hex') };
  io.stderr(digestLine(written));
  return written;
}

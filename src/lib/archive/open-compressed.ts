import { problem, type Problem } from '../problems.ts';
import { BlobSource, MemorySource, sequentialStream, type ByteSource } from './byte-source.ts';
import { ArchiveContents, tarMember } from './contents.ts';
import { decompressBorrowed } from './decompress.ts';
import { decompressionProblem } from './decompress-failure.ts';
import {
  SizeLimitError,
  type LargeMemberSink,
  type LargeMemberWriter,
} from './large-member-sink.ts';
import { hashSource } from '../hash/hash-source.ts';
import type { StreamingHash } from '../hash/sha256.ts';
import { SNIFF_BYTES, sniff } from './sniff.ts';
import { TarStreamParser } from './tar-stream.ts';
import type { ArchiveMember, OpenLimits } from './types.ts';
import { appendAll } from '../append-all.ts';
import { withFallback, type ZstdElsewhere } from './zstd-elsewhere.ts';

export const DEFAULT_LIMITS: Required<OpenLimits> = {
  maxOutputBytes: 64 * 1024 ** 3,
  maxRatio: 10_000,
  ratioCheckAfter: 256 * 1024 ** 2,
  smallMemberMax: 8 * 1024 ** 2,
  maxSmallBytes: 1024 ** 3,
};

export interface OpenCompressedOptions {
  compression: 'gzip' | 'zstd';
  sink: LargeMemberSink;
  limits?: OpenLimits;
  signal?: AbortSignal;
  onProgress?: (bytesIn: number, bytesOut: number, member: string | undefined) => void;
  label?: string;
  /** Fed every compressed byte of the input, in order (the rest is read if the pass stops early). */
  hash?: StreamingHash;
  /** Replaces the platform's gzip DecompressionStream (see OpenOptions.gunzip). */
  gunzip?: (input: ReadableStream<Uint8Array>) => ReadableStream<Uint8Array>;
  /** Replaces the embedded WebAssembly zstd decoder (see OpenOptions.unzstd). */
  unzstd?: (input: ReadableStream<Uint8Array>) => ReadableStream<Uint8Array>;
  /** Members whose data is worth keeping (see OpenOptions.keepMember). */
  keepMember?: (path: string) => boolean;
  /** A zstd decoder on another thread (see OpenOptions.zstdElsewhere). */
  zstdElsewhere?: ZstdElsewhere;
}

/** CRIU writes memory to pages-*.img; these are the members worth random access. */
export function isPagesMember(path: string): boolean {
  return /(^|\/)pages-\d+\.img$/.test(path);
}

interface Pending {
  member: ArchiveMember;
  buffer?: Uint8Array;
  filled: number;
  writer?: LargeMemberWriter;
}

/**
 * A gzip or zstd tar in ONE sequential pass: input blocks → decompressor → streaming tar
 * parser. Small members are kept in memory; large ones (pages-*.img, anything over
 * `smallMemberMax`) go to the large-member sink. Output is bounded (total and ratio) so a
 * small bomb cannot exhaust memory; hitting a bound is a `size-limit` Problem and keeps
 * everything read so far.
 */
export async function openCompressedTar(
  input: ByteSource,
  options: OpenCompressedOptions,
): Promise<{
  contents: ArchiveContents;
  problems: Problem[];
  innerDescription?: string;
  sha256?: string;
}> {
  const {
    compression,
    sink,
    signal,
    onProgress,
    label,
    hash,
    gunzip,
    unzstd,
    keepMember,
    zstdElsewhere,
  } = options;
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const where = label ? { file: label } : {};
  const contents = new ArchiveContents();
  const problems: Problem[] = [];
  let bytesIn = 0;
  let bytesOut = 0;
  let smallBytes = 0;
  let lastReportedOut = 0;
  let currentMember: string | undefined;
  let hashed = 0;
  const report = () => onProgress?.(bytesIn, bytesOut, currentMember);

  const inThisThread = () =>
    decompressBorrowed(
      compression,
      sequentialStream(input, {
        signal,
        // Reads of the File (a Blob) overlap the decoding: the profile showed the decoder
        // idle, waiting for its next block, with one read in flight.
        readAhead: 3,
        ...(hash
          ? {
              onChunk: (chunk: Uint8Array) => {
                hash.update(chunk);
                hashed += chunk.length;
              },
            }
          : {}),
        onBytes: (n) => {
          bytesIn = n;
          report();
        },
      }),
      gunzip,
      unzstd,
    );
  // The decoder on its own thread reads the File itself: only when nothing here needs the
  // input's bytes (no hash) and no other decoder was asked for.
  const elsewhere =
    compression === 'zstd' && zstdElsewhere && !hash && !unzstd && input instanceof BlobSource
      ? zstdElsewhere(input.blob, (n) => {
          bytesIn = n;
          report();
        })
      : undefined;
  // Chunks are borrowed (valid until the next read): everything below copies what it keeps.
  const chunks = elsewhere ? withFallback(elsewhere, inThisThread) : inThisThread();

  let pending: Pending | undefined;
  const dropData = async (p: Pending, message: string) => {
    problems.push(problem('size-limit', message, { file: p.member.path }));
    p.buffer = undefined;
    const writer = p.writer;
    p.writer = undefined;
    await writer?.abort().catch(() => undefined);
  };

  const parser = new TarStreamParser(
    {
      onEntry: async (entry) => {
        const member = tarMember(entry, false);
        const p: Pending = { member, filled: 0 };
        pending = p;
        if (entry.size >= 1024 * 1024) {
          currentMember = member.path;
          report();
        }
        if (entry.type !== 'file' && entry.type !== 'other') return;
        if (keepMember && !keepMember(member.path)) {
          member.skipped = true;
          return;
        }
        if (entry.size > limits.smallMemberMax || isPagesMember(member.path)) {
          try {
            p.writer = await sink.create(member.path, entry.size);
          } catch (e) {
            await dropData(p, e instanceof Error ? e.message : String(e));
          }
        } else if (smallBytes + entry.size > limits.maxSmallBytes) {
          await dropData(
            p,
            `${member.path}: small members exceed ${limits.maxSmallBytes} bytes in memory`,
          );
        } else {
          smallBytes += entry.size;
          p.buffer = new Uint8Array(entry.size);
        }
      },
      onData: async (_entry, chunk) => {
        const p = pending;
        if (!p) return;
        if (p.buffer) {
          p.buffer.set(chunk, p.filled);
          p.filled += chunk.length;
        } else if (p.writer) {
          try {
            await p.writer.write(chunk);
            p.filled += chunk.length;
          } catch (e) {
            const why =
              e instanceof SizeLimitError
                ? e.message
                : `could not store ${p.member.path}: ${String(e)}`;
            await dropData(p, why);
          }
        }
      },
      onEntryEnd: async (entry) => {
        const p = pending;
        pending = undefined;
        if (!p) return;
        if (entry.truncated) p.member.truncated = true;
        let source: ByteSource | undefined;
        if (p.buffer) source = new MemorySource(p.buffer.subarray(0, p.filled));
        else if (p.writer) source = await p.writer.close();
        else if ((p.member.type === 'file' || p.member.type === 'other') && p.member.size === 0)
          source = new MemorySource(new Uint8Array(0));
        p.member.available = source !== undefined;
        contents.add(p.member, source);
      },
    },
    label,
  );

  let head: Uint8Array | undefined = new Uint8Array(0);
  let innerDescription: string | undefined;
  let stoppedEarly = false;
  try {
    for (;;) {
      signal?.throwIfAborted();
      const { done, value } = await chunks.next();
      if (done) break;
      bytesOut += value.length;
      if (bytesOut - lastReportedOut >= 32 * 1024 * 1024) {
        lastReportedOut = bytesOut;
        report();
      }
      if (bytesOut > limits.maxOutputBytes) {
        problems.push(
          problem(
            'size-limit',
            `decompressed data exceeds the ${limits.maxOutputBytes}-byte limit; stopped`,
            where,
          ),
        );
        stoppedEarly = true;
        break;
      }
      if (
        bytesOut > limits.ratioCheckAfter &&
        bytesIn > 0 &&
        bytesOut / bytesIn > limits.maxRatio
      ) {
        problems.push(
          problem(
            'size-limit',
            `compression ratio above ${limits.maxRatio}:1 after ${bytesOut} bytes (a decompression bomb?); stopped`,
            where,
          ),
        );
        stoppedEarly = true;
        break;
      }
      if (head) {
        // Check the first block before parsing: a compressed non-tar gets a clear message.
        const joined: Uint8Array = new Uint8Array(head.length + value.length);
        joined.set(head);
        joined.set(value, head.length);
        if (joined.length < SNIFF_BYTES) {
          head = joined;
          continue;
        }
        head = undefined;
        const inner = sniff(joined.subarray(0, SNIFF_BYTES));
        if (inner.kind !== 'tar') {
          innerDescription = inner.description;
          problems.push(
            problem(
              'not-an-archive',
              `the ${compression} stream holds ${inner.description}, not a tar archive`,
              where,
            ),
          );
          break;
        }
        await parser.push(joined);
      } else {
        await parser.push(value);
      }
      if (parser.finished) break;
    }
    if (head && head.length > 0) {
      // The whole output is shorter than one tar header: say what it is instead.
      const inner = sniff(head);
      innerDescription = inner.description;
      problems.push(
        problem(
          'not-an-archive',
          `the ${compression} stream holds only ${head.length} bytes (${inner.description}), not a tar archive`,
          where,
        ),
      );
    }
  } catch (e) {
    if (signal?.aborted || (e instanceof DOMException && e.name === 'AbortError')) {
      await chunks.return(undefined).catch(() => undefined);
      throw signal?.reason ?? e;
    }
    problems.push(
      decompressionProblem(
        compression,
        e,
        { bytesIn, bytesOut, ...(pending ? { member: pending.member.path } : {}) },
        where,
      ),
    );
  }
  await chunks.return(undefined).catch(() => undefined);
  await parser.end(stoppedEarly);
  appendAll(problems, parser.problems);
  // A pass that stopped early (a limit, a non-tar, the end-of-archive blocks) hashes the rest.
  const sha256 = hash ? await hashSource(input, { hash, from: hashed, signal }) : undefined;
  bytesIn = input.size;
  report();
  return {
    contents,
    problems,
    ...(innerDescription ? { innerDescription } : {}),
    ...(sha256 ? { sha256 } : {}),
  };
}

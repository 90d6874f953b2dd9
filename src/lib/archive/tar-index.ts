import { problem, type Problem } from '../problems.ts';
import { readExact, type ByteSource } from './byte-source.ts';
import {
  BLOCK,
  MAX_META_SIZE,
  TarEntryAssembler,
  isMetaType,
  paddedSize,
  parseHeader,
  type TarEntry,
} from './tar-header.ts';

export interface TarIndex {
  entries: TarEntry[];
  problems: Problem[];
}

export interface TarIndexOptions {
  signal?: AbortSignal;
  /** Called now and then with the offset reached (for a progress bar on huge tars). */
  onProgress?: (offset: number) => void;
  /** Name used in problems (the input file name, or the member path of a nested tar). */
  label?: string;
}

/** Bytes read per step while looking for the next good header after a damaged one. */
const RESYNC_WINDOW = 1024 * 1024;

/**
 * The offset of the next block after `from` that is a tar header with a good checksum, or -1.
 * Zero blocks are skipped too: after a damaged header they may be member data.
 */
async function nextHeader(
  source: ByteSource,
  from: number,
  signal: AbortSignal | undefined,
): Promise<number> {
  for (let at = from; at + BLOCK <= source.size; at += RESYNC_WINDOW) {
    signal?.throwIfAborted();
    const window = await readExact(source, at, RESYNC_WINDOW);
    for (let i = 0; i + BLOCK <= window.length; i += BLOCK)
      if (parseHeader(window.subarray(i, i + BLOCK)).kind === 'header') return at + i;
  }
  return -1;
}

/**
 * Index a tar by reading only its headers: a multi-GB archive is indexed in milliseconds and
 * member data is read later, by offset. Truncation ends the walk and keeps every entry indexed
 * before it; a damaged header loses its member only: the walk resumes at the next good header.
 */
export async function indexTar(
  source: ByteSource,
  options: TarIndexOptions = {},
): Promise<TarIndex> {
  const { signal, onProgress, label } = options;
  const entries: TarEntry[] = [];
  const problems: Problem[] = [];
  const assembler = new TarEntryAssembler();
  const where = label ? { file: label } : {};
  let offset = 0;
  let headers = 0;

  while (offset < source.size) {
    signal?.throwIfAborted();
    const block = await readExact(source, offset, BLOCK);
    if (block.length < BLOCK) {
      problems.push(
        problem('truncated-archive', `tar ends inside a header at offset ${offset}`, {
          ...where,
          offset,
        }),
      );
      break;
    }
    const parsed = parseHeader(block);
    if (parsed.kind === 'zero') break; // end-of-archive marker
    if (parsed.kind === 'bad-checksum') {
      problems.push(
        problem('bad-tar-checksum', `bad tar header at offset ${offset}: ${parsed.message}`, {
          ...where,
          offset,
        }),
      );
      const next = await nextHeader(source, offset + BLOCK, signal);
      if (next < 0) break;
      problems.push(
        problem(
          'bad-tar-checksum',
          `resumed at the tar header at offset ${next}, skipping ${next - offset} bytes after the damaged one`,
          { ...where, offset: next, severity: 'warning' },
        ),
      );
      offset = next;
      continue;
    }
    const header = parsed.header;
    const dataSize = assembler.dataSize(header);
    if (!Number.isSafeInteger(dataSize) || dataSize < 0) {
      problems.push(
        problem('bad-tar-checksum', `unreadable size in tar header at offset ${offset}`, {
          ...where,
          offset,
        }),
      );
      break;
    }
    const dataOffset = offset + BLOCK;
    if (isMetaType(header.typeflag)) {
      if (dataSize > MAX_META_SIZE) {
        problems.push(
          problem(
            'oversized-entry',
            `tar metadata header of ${dataSize} bytes at offset ${offset}`,
            {
              ...where,
              offset,
            },
          ),
        );
        break;
      }
      const data = await readExact(source, dataOffset, dataSize);
      if (data.length < dataSize) {
        problems.push(
          problem('truncated-archive', `tar ends inside metadata at offset ${dataOffset}`, {
            ...where,
            offset: dataOffset,
          }),
        );
        break;
      }
      assembler.addMeta(header.typeflag, data);
    } else {
      const entry = assembler.finish(header, offset);
      entries.push(entry);
      if (dataOffset + entry.size > source.size) {
        entry.truncated = true;
        problems.push(
          problem(
            'truncated-archive',
            `tar ends inside ${entry.path}: ${source.size - dataOffset} of ${entry.size} bytes present`,
            { ...where, offset: dataOffset },
          ),
        );
        break;
      }
    }
    offset = dataOffset + paddedSize(dataSize);
    if (++headers % 256 === 0) onProgress?.(offset);
  }
  onProgress?.(Math.min(offset, source.size));
  return { entries, problems };
}

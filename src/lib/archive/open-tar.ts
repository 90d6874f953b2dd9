import type { Problem } from '../problems.ts';
import { SliceSource, type ByteSource } from './byte-source.ts';
import { CachedSource } from './cached-source.ts';
import { ArchiveContents, tarMember } from './contents.ts';
import { indexTar } from './tar-index.ts';

export interface OpenTarOptions {
  signal?: AbortSignal;
  onOffset?: (offset: number) => void;
  label?: string;
}

/**
 * An uncompressed tar: index its headers, then every member is a window of the input read
 * through one block cache. Nothing is copied up front.
 */
export async function openUncompressedTar(
  input: ByteSource,
  { signal, onOffset, label }: OpenTarOptions = {},
): Promise<{ contents: ArchiveContents; problems: Problem[] }> {
  const cached = new CachedSource(input);
  const index = await indexTar(cached, { signal, onProgress: onOffset, label });
  const contents = new ArchiveContents();
  for (const e of index.entries) {
    const present = Math.max(0, Math.min(e.size, input.size - e.dataOffset));
    contents.add(
      tarMember(e, e.type === 'file' || e.type === 'other'),
      e.type === 'file' || e.type === 'other'
        ? new SliceSource(cached, e.dataOffset, present)
        : undefined,
    );
  }
  return { contents, problems: index.problems };
}

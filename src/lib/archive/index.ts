/** The archive layer's public surface: open an input, then read its members and layout. */
export { openArchive, openBytes } from './open-archive.ts';
export { openNestedArchive } from './nested.ts';
export {
  sniff,
  SNIFF_BYTES,
  CRIU_IMAGE_MAGICS,
  type InputKind,
  type SniffResult,
} from './sniff.ts';
export {
  BlobSource,
  ChunkedSource,
  MemorySource,
  SliceSource,
  MAX_SINGLE_READ,
  readExact,
  sequentialStream,
  type ByteSource,
} from './byte-source.ts';
export { CachedSource } from './cached-source.ts';
export { indexTar, type TarIndex, type TarIndexOptions } from './tar-index.ts';
export { TarStreamParser, type TarStreamHandlers } from './tar-stream.ts';
export type { TarEntry, TarEntryType } from './tar-header.ts';
export { decompress } from './decompress.ts';
export {
  ChunkedMemorySink,
  SizeLimitError,
  type LargeMemberSink,
  type LargeMemberWriter,
} from './large-member-sink.ts';
export { createOpfsSink, removeStaleOpfsFolders } from './opfs-sink.ts';
export { detectLayout, detectEngine } from './layout.ts';
export type { MemberInfo, MemberStore } from './member-store.ts';
export { MapMemberStore } from './member-store.ts';
export * from './types.ts';

/**
 * The memory layer: per-process page index, reads that say what every byte is, search,
 * strings and export. Pure TypeScript for the worker and the CLI.
 */
export { openMemory, type OpenMemoryOptions } from './open-memory.ts';
export { CheckpointMemory, MAX_READ } from './checkpoint-memory.ts';
export type { DecodeImage } from '../criu/image-cache.ts';
export { hex, parseAddress } from './addr.ts';
export * from './types.ts';
export { openArchiveMemory, type ContainerMemory } from './archive-memory.ts';
export {
  searchMemory,
  compileQuery,
  type SearchQuery,
  type SearchOptions,
  type SearchBatch,
  type MemoryMatch,
} from './search.ts';
export {
  extractStrings,
  type StringsOptions,
  type StringsBatch,
  type FoundString,
  type StringEncoding,
} from './strings.ts';
export { exportRange, exportVma, mergeSegments, type ExportChunk } from './export.ts';
export type { ScanScope } from './scan-plan.ts';
export { buildElfCore, type ElfCore } from './elf-core.ts';

/**
 * The memory layer: per-process page index, reads that say what every byte is, search,
 * strings and export. Pure TypeScript for the worker and the CLI.
 */
export { openMemory, type OpenMemoryOptions } from './open-memory.ts';
export { CheckpointMemory, MAX_READ } from './checkpoint-memory.ts';
export type { DecodeImage } from './images.ts';
export { hex, parseAddress } from './addr.ts';
export * from './types.ts';

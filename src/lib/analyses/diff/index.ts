/**
 * Comparing two checkpoints: `diffCheckpoints` (structure: container, processes, fds,
 * sockets, mounts, file system, memory layout — synchronous, from the models) and
 * `diffMemory` (page contents, async, bounded and cancellable), plus the helpers a caller
 * needs around them.
 */
export { diffCheckpoints, type StructuralDiffOptions } from './structure.ts';
export { diffMemory } from './memory.ts';
export type { DiffSide } from './container.ts';
export { pairContainers, type ContainerPair, type ContainerPairing } from './pairs.ts';
export { archiveSide, checkpointTakenAt } from './taken-at.ts';
export { renderDiffReport, renderMemoryReport, type ReportOptions } from './report.ts';
export type * from './types.ts';

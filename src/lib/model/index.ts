/** The forensic model's public surface, for the worker, the CLI and tests. */
export { buildModel, type ModelInput } from './build.ts';
export { buildArchiveModels, buildContainerModel, type ContainerModel } from './from-archive.ts';
export { inspectDocument, inspectJson } from './export.ts';
export { bytesJson, toJson, type BytesJson } from './json.ts';
export { readFsChangeFile } from './fs-changes.ts';
export { readProcessMemory, readSharedContent, type MemoryRead } from './memory-adapter.ts';
export type { DecodeImage } from '../criu/image-cache.ts';
export { taskState, type TaskState } from './names/task-state.ts';
export * from './types.ts';

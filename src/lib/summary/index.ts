/** The checkpoint summary: what `show` prints and the page's first view. */
export { summarize } from './summarize.ts';
export { decodeStatsFile, STATS_MAGIC } from './stats-dump.ts';
export type { DumpStats, RestoreStats, StatsEntry } from './stats-dump.ts';
export type { NetworkInterfaceSummary } from './network.ts';
export type { CheckpointSummary, ContainerSummary, MemberSummary } from './types.ts';
export { formatBytes, formatMicroseconds, engineLabel } from './format.ts';
// One JSON writer for every document (exact bigints): the model's.
export { toJson } from '../model/json.ts';

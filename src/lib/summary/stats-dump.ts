import { decodeImage } from '../criu/decode-image.ts';
import { problem, type Problem } from '../problems.ts';
import { IMG_SERVICE_MAGIC } from '../criu/magic.ts';

/**
 * CRIU's `stats-dump` file: IMG_SERVICE magic, STATS magic, then one u32-length-prefixed
 * `stats_entry` protobuf, decoded by the image decoder; u64 fields stay `bigint`, u32 fields
 * are numbers. The magics are checked here first so that another image under this name is
 * not summarised as statistics.
 */
export const STATS_MAGIC = 0x57093306;

export interface DumpStats {
  freezing_time?: number;
  frozen_time?: number;
  memdump_time?: number;
  memwrite_time?: number;
  pages_scanned?: bigint;
  pages_skipped_parent?: bigint;
  pages_written?: bigint;
  irmap_resolve?: number;
  pages_lazy?: bigint;
  page_pipes?: bigint;
  page_pipe_bufs?: bigint;
  shpages_scanned?: bigint;
  shpages_skipped_parent?: bigint;
  shpages_written?: bigint;
}

export interface RestoreStats {
  pages_compared?: bigint;
  pages_skipped_cow?: bigint;
  forking_time?: number;
  restore_time?: number;
  pages_restored?: bigint;
}

export interface StatsEntry {
  dump?: DumpStats;
  restore?: RestoreStats;
}

/** Decode a stats-dump (or stats-restore) file; never throws. */
export function decodeStatsFile(
  bytes: Uint8Array,
  file: string,
): { stats?: StatsEntry; problems: Problem[] } {
  const where = { file, image: 'stats-dump' };
  if (bytes.length < 12) {
    return {
      problems: [problem('truncated-entry', `${file} is only ${bytes.length} bytes`, where)],
    };
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const first = view.getUint32(0, true);
  const second = view.getUint32(4, true);
  if (first !== IMG_SERVICE_MAGIC || second !== STATS_MAGIC) {
    const hex = (n: number) => `0x${n.toString(16).padStart(8, '0')}`;
    return {
      problems: [
        problem(
          'unknown-magic',
          `${file} starts with ${hex(first)} ${hex(second)}, not a CRIU stats image`,
          {
            ...where,
            offset: 0,
          },
        ),
      ],
    };
  }
  // The image decoder does the framing and the protobuf; a newer CRIU's extra counters are
  // unknown fields, which are no reason to warn in a summary.
  const decoded = decodeImage(bytes, 'stats-dump');
  const problems = decoded.problems
    .filter((p) => p.severity === 'error')
    .map((p) => ({ ...p, file, message: `${file}: ${p.message}` }));
  const entry = decoded.entries[0];
  return entry ? { stats: entry as StatsEntry, problems } : { problems };
}

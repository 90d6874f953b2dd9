/**
 * The shape of one dated event of a checkpoint, whichever source it comes from. Plain data:
 * the Timeline view lays it out, the CLI and the page export it in the Timesketch import
 * format (`datetime`, `timestamp_desc`, `message` plus our fields), the report lists it.
 */
import type { Evidence } from '../findings/types.ts';

/** Where an event's time was read; one lane of the Timeline view each. */
export type TimelineSource =
  /** The engine's config (config.dump, spec.dump, status): container created, started. */
  | 'engine'
  /** The dump itself: dump.log, stats-dump, inventory. */
  | 'checkpoint'
  /** The archive's own member times (tar headers of the checkpoint archive). */
  | 'archive'
  /** Process start times where the images hold them. */
  | 'process'
  /** rootfs-diff.tar member times (files the container wrote). */
  | 'rootfs'
  /** Deleted-but-open files (ghost files) and memfds. */
  | 'ghost'
  /** Files the container deleted (deleted.files). */
  | 'deleted'
  /** Shell history entries (readline timestamps, history files). */
  | 'history'
  /** Network: TCP timestamps that convert to wall-clock time. */
  | 'network'
  /** Lines of the container's log that carry a time. */
  | 'log';

export const TIMELINE_SOURCES: readonly TimelineSource[] = [
  'engine',
  'checkpoint',
  'archive',
  'process',
  'rootfs',
  'ghost',
  'deleted',
  'history',
  'network',
  'log',
];

export interface TimelineEvent {
  /** UTC, ISO 8601 with the precision the source holds (`2026-11-30T10:12:03.123456Z`). */
  datetime: string;
  /** Microseconds since the Unix epoch, exact: sorting and Timesketch's `timestamp`. */
  timestampUs: bigint;
  /** What the time means, Timesketch's `timestamp_desc`: `Container created`, `File modified`… */
  timestampDesc: string;
  /** One line saying what happened; checkpoint text in it is hostile (render as text). */
  message: string;
  source: TimelineSource;
  /**
   * How the time was obtained: read as written (`recorded`), or computed from other facts
   * (`derived`, e.g. a process start from boot time + clock ticks); `note` says how.
   */
  precision: 'recorded' | 'derived';
  note?: string;
  pid?: number;
  /** Index of the container in a pod (absent: the only/first container). */
  container?: number;
  path?: string;
  /** Where the event was read, linkable like a finding's evidence. */
  evidence: Evidence;
}

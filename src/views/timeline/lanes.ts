/**
 * Layout maths of the timeline chart, apart from the component so it can be tested: which
 * lanes to draw (the sources that have events, in the fixed source order), the time domain
 * (padded so a single instant still has a width), and the events inside a brushed range.
 */
import { TIMELINE_SOURCES, type TimelineSource } from '../../lib/analyses/timeline/types.ts';
import type { TimelineEvent } from '../../lib/analyses/timeline/types.ts';

/** A range of time in microseconds since the epoch, both ends included. */
export interface UsRange {
  from: bigint;
  to: bigint;
}

export const SOURCE_LABEL: Record<TimelineSource, string> = {
  engine: 'Engine',
  checkpoint: 'Checkpoint',
  archive: 'Archive',
  process: 'Processes',
  rootfs: 'Files written',
  ghost: 'Ghost files',
  deleted: 'Deleted',
  history: 'Shell history',
  network: 'Network',
  log: 'Container log',
};

export const SOURCE_COLOR: Record<TimelineSource, string> = {
  engine: '#2a7de1',
  checkpoint: '#d6336c',
  archive: '#868e96',
  process: '#2b8a3e',
  rootfs: '#e67700',
  ghost: '#ae3ec9',
  deleted: '#c92a2a',
  history: '#0b7285',
  network: '#5c940d',
  log: '#5f3dc4',
};

export function lanesOf(events: readonly TimelineEvent[]): TimelineSource[] {
  const present = new Set(events.map((e) => e.source));
  return TIMELINE_SOURCES.filter((s) => present.has(s));
}

/** The events' span in milliseconds (what a d3 time scale takes), at least two seconds wide. */
export function domainOf(events: readonly TimelineEvent[], range?: UsRange): [number, number] {
  if (range) return [usToMs(range.from), usToMs(range.to)];
  if (events.length === 0) return [0, 1000];
  // Events are sorted by time: the first and last are the ends.
  const from = usToMs(events[0]!.timestampUs);
  const to = usToMs(events.at(-1)!.timestampUs);
  const pad = Math.max(1000, (to - from) * 0.02);
  return [from - pad, to + pad];
}

export function inRange(events: readonly TimelineEvent[], range: UsRange | undefined) {
  if (!range) return events;
  return events.filter((e) => e.timestampUs >= range.from && e.timestampUs <= range.to);
}

/** A brushed span of the time scale (milliseconds, fractional) as whole microseconds. */
export function rangeOfMs(from: number, to: number): UsRange {
  return { from: BigInt(Math.floor(from * 1000)), to: BigInt(Math.ceil(to * 1000)) };
}

export function usToMs(us: bigint): number {
  return Number(us) / 1000;
}

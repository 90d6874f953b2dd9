/**
 * The timeline in the formats timeline tools import (Timesketch's CSV and JSONL import
 * format): `message`, `datetime` (ISO 8601), `timestamp_desc` and `timestamp` (microseconds
 * since the epoch), then our own fields. Every row has every field (null / empty when absent)
 * so that a reader infers one schema. CSV goes through the project's one CSV writer, which
 * neutralises cells a spreadsheet would run as formulas; JSONL carries the raw values.
 */
import { toJson } from '../../model/json.ts';
import { toCsv, type ExportColumn } from '../../table/csv.ts';
import type { TimelineEvent } from './types.ts';

export const TIMESKETCH_COLUMNS: readonly ExportColumn<TimelineEvent>[] = [
  { key: 'message', value: (e) => e.message },
  { key: 'datetime', value: (e) => e.datetime },
  { key: 'timestamp_desc', value: (e) => e.timestampDesc },
  { key: 'timestamp', value: (e) => e.timestampUs },
  { key: 'source', value: (e) => e.source },
  { key: 'container', value: (e) => e.container ?? null },
  { key: 'pid', value: (e) => e.pid ?? null },
  { key: 'path', value: (e) => e.path ?? null },
  { key: 'precision', value: (e) => e.precision },
  { key: 'note', value: (e) => e.note ?? null },
  { key: 'evidence', value: (e) => e.evidence.label },
];

export function timelineCsv(events: readonly TimelineEvent[]): string {
  return toCsv(events, TIMESKETCH_COLUMNS);
}

/** One JSON object per line (bigints exact), each line ending in `\n`. */
export function timelineJsonl(events: readonly TimelineEvent[]): string {
  let out = '';
  for (const e of events)
    out += toJson(Object.fromEntries(TIMESKETCH_COLUMNS.map((c) => [c.key, c.value(e)])), 0) + '\n';
  return out;
}

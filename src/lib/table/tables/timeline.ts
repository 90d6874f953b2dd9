/**
 * The timeline's columns, once for the page's table (its filter, sort and CSV/JSON export) and
 * anything else that lists events. Not a `MODEL_TABLES` entry: its rows need the archive and
 * the memory reader (src/lib/analyses/timeline), not the model alone. The Timesketch exports
 * have their own fixed columns (analyses/timeline/export.ts).
 */
import type { TimelineEvent } from '../../analyses/timeline/types.ts';
import type { ColumnDef } from '../column.ts';

export const timelineColumns: readonly ColumnDef<TimelineEvent>[] = [
  { key: 'timestamp', label: 'Time (UTC)', value: (e) => e.timestampUs, text: (e) => e.datetime },
  { key: 'datetime', label: 'Datetime', value: (e) => e.datetime },
  { key: 'source', label: 'Source', value: (e) => e.source },
  { key: 'container', label: 'Container', value: (e) => e.container },
  { key: 'timestampDesc', label: 'What', value: (e) => e.timestampDesc },
  { key: 'message', label: 'Event', value: (e) => e.message },
  { key: 'pid', label: 'PID', value: (e) => e.pid },
  { key: 'path', label: 'Path', value: (e) => e.path },
  { key: 'precision', label: 'Time is', value: (e) => e.precision },
  { key: 'note', label: 'Note', value: (e) => e.note },
  { key: 'evidence', label: 'Evidence', value: (e) => e.evidence.label },
];

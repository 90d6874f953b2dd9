import { fdRows } from '../model-rows.ts';
import type { FdRow } from '../row-types.ts';
import { processesIn, type ModelTable } from './model-table.ts';

export const fdsTable: ModelTable<FdRow> = {
  name: 'fds',
  title: 'one row per open file descriptor of each process',
  rows: (model, scope) => fdRows(model, processesIn(model, scope)),
  columns: [
    { key: 'pid', label: 'PID', value: (r) => r.pid },
    { key: 'comm', label: 'Process', value: (r) => r.comm },
    { key: 'fd', label: 'FD', value: (r) => r.fd },
    { key: 'type', label: 'Type', value: (r) => r.type },
    { key: 'description', label: 'Object', value: (r) => r.description },
    { key: 'flags', label: 'Flags', value: (r) => r.flags },
    { key: 'pos', label: 'Position', value: (r) => r.pos },
    { key: 'size', label: 'Size', value: (r) => r.size },
    { key: 'mode', label: 'Mode', value: (r) => r.mode },
    {
      key: 'deleted',
      label: 'Deleted',
      value: (r) => r.deleted,
      text: (r) => (r.deleted ? 'deleted' : ''),
    },
    { key: 'lock', label: 'Lock', value: (r) => r.lock },
    { key: 'content', label: 'Content', value: (r) => r.content?.kind ?? '' },
  ],
};

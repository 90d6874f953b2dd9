import { field } from '../column.ts';
import { fdRows } from '../model-rows.ts';
import type { FdRow } from '../row-types.ts';
import { processesIn, type ModelTable } from './model-table.ts';

export const fdsTable: ModelTable<FdRow> = {
  name: 'fds',
  title: 'one row per open file descriptor of each process',
  rows: (model, scope) => fdRows(model, processesIn(model, scope)),
  columns: [
    field('pid', 'PID'),
    field('comm', 'Process'),
    field('fd', 'FD'),
    field('type', 'Type'),
    field('description', 'Object'),
    field('flags', 'Flags'),
    field('pos', 'Position'),
    field('size', 'Size'),
    field('mode', 'Mode'),
    {
      key: 'deleted',
      label: 'Deleted',
      value: (r) => r.deleted,
      text: (r) => (r.deleted ? 'deleted' : ''),
    },
    field('lock', 'Lock'),
    { key: 'content', label: 'Content', value: (r) => r.content?.kind ?? '' },
  ],
};

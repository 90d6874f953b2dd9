import { pipeRows } from '../model-rows.ts';
import type { PipeRow } from '../row-types.ts';
import type { ModelTable } from './model-table.ts';

export const pipesTable: ModelTable<PipeRow> = {
  name: 'pipes',
  title: 'one row per pipe or FIFO',
  rows: (model) => pipeRows(model),
  columns: [
    { key: 'kind', label: 'Kind', value: (r) => r.kind },
    { key: 'pipeId', label: 'Inode', value: (r) => r.pipeId },
    { key: 'path', label: 'Path', value: (r) => r.path },
    { key: 'readers', label: 'Readers pid:fd', value: (r) => r.readers },
    { key: 'writers', label: 'Writers pid:fd', value: (r) => r.writers },
    { key: 'buffered', label: 'Unread bytes', value: (r) => r.buffered },
  ],
};

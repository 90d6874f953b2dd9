import { field } from '../column.ts';
import { pipeRows } from '../model-rows.ts';
import type { PipeRow } from '../row-types.ts';
import type { ModelTable } from './model-table.ts';

export const pipesTable: ModelTable<PipeRow> = {
  name: 'pipes',
  title: 'one row per pipe or FIFO',
  rows: (model) => pipeRows(model),
  columns: [
    field('kind', 'Kind'),
    field('pipeId', 'Inode'),
    field('path', 'Path'),
    field('readers', 'Readers pid:fd'),
    field('writers', 'Writers pid:fd'),
    field('buffered', 'Unread bytes'),
  ],
};

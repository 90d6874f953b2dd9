import { field } from '../column.ts';
import { memfdRows } from '../model-rows.ts';
import type { MemfdRow } from '../row-types.ts';
import type { ModelTable } from './model-table.ts';

export const memfdsTable: ModelTable<MemfdRow> = {
  name: 'memfds',
  title: 'one row per memfd',
  rows: (model) => memfdRows(model),
  columns: [
    field('inodeId', 'Inode'),
    field('name', 'Name'),
    field('size', 'Size'),
    field('mode', 'Mode'),
    field('seals', 'Seals'),
    field('holders', 'Held by pid:fd'),
  ],
};

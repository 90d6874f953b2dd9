import { memfdRows } from '../model-rows.ts';
import type { MemfdRow } from '../row-types.ts';
import type { ModelTable } from './model-table.ts';

export const memfdsTable: ModelTable<MemfdRow> = {
  name: 'memfds',
  title: 'one row per memfd',
  rows: (model) => memfdRows(model),
  columns: [
    { key: 'inodeId', label: 'Inode', value: (r) => r.inodeId },
    { key: 'name', label: 'Name', value: (r) => r.name },
    { key: 'size', label: 'Size', value: (r) => r.size },
    { key: 'mode', label: 'Mode', value: (r) => r.mode },
    { key: 'seals', label: 'Seals', value: (r) => r.seals },
    { key: 'holders', label: 'Held by pid:fd', value: (r) => r.holders },
  ],
};

import { utcDate } from '../cell-format.ts';
import { ghostRows } from '../model-rows.ts';
import type { GhostRow } from '../row-types.ts';
import type { ModelTable } from './model-table.ts';

export const ghostsTable: ModelTable<GhostRow> = {
  name: 'ghosts',
  title: 'one row per ghost file (deleted but open, contents kept by CRIU)',
  rows: (model) => ghostRows(model),
  columns: [
    { key: 'ghostId', label: 'Ghost', value: (r) => r.ghostId },
    { key: 'path', label: 'Path', value: (r) => r.path },
    { key: 'size', label: 'Size', value: (r) => r.size },
    { key: 'mode', label: 'Mode', value: (r) => r.mode },
    { key: 'uid', label: 'UID', value: (r) => r.uid },
    { key: 'mtime', label: 'Modified', value: (r) => r.mtime, text: (r) => utcDate(r.mtime) },
    { key: 'holders', label: 'Held by pid:fd', value: (r) => r.holders },
  ],
};

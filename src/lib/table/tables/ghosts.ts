import { field } from '../column.ts';
import { utcDate } from '../cell-format.ts';
import { ghostRows } from '../model-rows.ts';
import type { GhostRow } from '../row-types.ts';
import type { ModelTable } from './model-table.ts';

export const ghostsTable: ModelTable<GhostRow> = {
  name: 'ghosts',
  title: 'one row per ghost file (deleted but open, contents kept by CRIU)',
  rows: (model) => ghostRows(model),
  columns: [
    field('ghostId', 'Ghost'),
    field('path', 'Path'),
    field('size', 'Size'),
    field('mode', 'Mode'),
    field('uid', 'UID'),
    field('mtime', 'Modified', (r) => utcDate(r.mtime)),
    field('holders', 'Held by pid:fd'),
  ],
};

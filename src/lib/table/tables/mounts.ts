import { field } from '../column.ts';
import { mountRow } from '../model-rows.ts';
import type { MountRow } from '../row-types.ts';
import type { ModelTable } from './model-table.ts';

export const mountsTable: ModelTable<MountRow> = {
  name: 'mounts',
  title: 'one row per mount point',
  rows: (model) => model.mounts.map(mountRow),
  columns: [
    field('mntId', 'ID'),
    field('parentMntId', 'Parent'),
    field('mountpoint', 'Mount point'),
    field('fstype', 'Type'),
    field('source', 'Source'),
    field('root', 'Root'),
    field('flags', 'Flags'),
    field('options', 'Options'),
    field('external', 'External'),
    field('namespaceId', 'mnt ns'),
  ],
};

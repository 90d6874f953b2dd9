import { mountRow } from '../model-rows.ts';
import type { MountRow } from '../row-types.ts';
import type { ModelTable } from './model-table.ts';

export const mountsTable: ModelTable<MountRow> = {
  name: 'mounts',
  title: 'one row per mount point',
  rows: (model) => model.mounts.map(mountRow),
  columns: [
    { key: 'mntId', label: 'ID', value: (r) => r.mntId },
    { key: 'parentMntId', label: 'Parent', value: (r) => r.parentMntId },
    { key: 'mountpoint', label: 'Mount point', value: (r) => r.mountpoint },
    { key: 'fstype', label: 'Type', value: (r) => r.fstype },
    { key: 'source', label: 'Source', value: (r) => r.source },
    { key: 'root', label: 'Root', value: (r) => r.root },
    { key: 'flags', label: 'Flags', value: (r) => r.flags },
    { key: 'options', label: 'Options', value: (r) => r.options },
    { key: 'external', label: 'External', value: (r) => r.external },
    { key: 'namespaceId', label: 'mnt ns', value: (r) => r.namespaceId },
  ],
};

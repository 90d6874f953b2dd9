import { field } from '../column.ts';
import { formatBytes } from '../../summary/format.ts';
import { vmaRow } from '../model-rows.ts';
import type { VmaRow } from '../row-types.ts';
import { processesIn, type ModelTable } from './model-table.ts';

// Addresses are zero-padded so that they sort as text in address order.
const pad = (a: string) => a.replace(/^0x/, '').padStart(16, '0');

export const vmasTable: ModelTable<VmaRow> = {
  name: 'vmas',
  title: 'one row per memory mapping (VMA) of each process',
  rows: (model, scope) =>
    processesIn(model, scope).flatMap((p) => p.maps.map((v) => vmaRow(v, p.pid))),
  columns: [
    field('pid', 'PID'),
    { key: 'start', label: 'Start', value: (r) => pad(r.start), text: (r) => r.start },
    { key: 'end', label: 'End', value: (r) => pad(r.end), text: (r) => r.end },
    field('size', 'Size', (r) => formatBytes(r.size)),
    field('prot', 'Prot'),
    field('kind', 'Kind'),
    field('path', 'Backing'),
    field('offset', 'Offset'),
    field('pagesDumped', 'Dumped'),
    field('pagesInImage', 'In image'),
    field('flags', 'Flags'),
    field('status', 'Status'),
  ],
};

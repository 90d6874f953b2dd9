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
    { key: 'pid', label: 'PID', value: (r) => r.pid },
    { key: 'start', label: 'Start', value: (r) => pad(r.start), text: (r) => r.start },
    { key: 'end', label: 'End', value: (r) => pad(r.end), text: (r) => r.end },
    { key: 'size', label: 'Size', value: (r) => r.size, text: (r) => formatBytes(r.size) },
    { key: 'prot', label: 'Prot', value: (r) => r.prot },
    { key: 'kind', label: 'Kind', value: (r) => r.kind },
    { key: 'path', label: 'Backing', value: (r) => r.path },
    { key: 'offset', label: 'Offset', value: (r) => r.offset },
    { key: 'pagesDumped', label: 'Dumped', value: (r) => r.pagesDumped },
    { key: 'pagesInImage', label: 'In image', value: (r) => r.pagesInImage },
    { key: 'flags', label: 'Flags', value: (r) => r.flags },
    { key: 'status', label: 'Status', value: (r) => r.status },
  ],
};

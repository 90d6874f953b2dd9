import { field } from '../column.ts';
import { socketRow } from '../model-rows.ts';
import type { SocketRow } from '../row-types.ts';
import type { ModelTable } from './model-table.ts';

const port = (p: number | undefined) => (p === undefined ? '' : String(p));

export const socketsTable: ModelTable<SocketRow> = {
  name: 'sockets',
  title: 'one row per socket (a process scope keeps the sockets it holds)',
  rows: (model, scope) =>
    model.sockets
      .filter((s) => scope.pid === undefined || s.holders.some((h) => h.pid === scope.pid))
      .map((s) => socketRow(s, model)),
  columns: [
    field('family', 'Family'),
    field('type', 'Type'),
    // The protocol the CLI names too (TCP, NETLINK_ROUTE, ETH_P_ALL…), from the same model field.
    field('protocol', 'Protocol'),
    field('state', 'State'),
    { key: 'local', label: 'Local address', value: (r) => r.localAddress || r.unixPath },
    field('localPort', 'Port', (r) => port(r.localPort)),
    { key: 'remote', label: 'Remote address', value: (r) => r.remoteAddress },
    {
      key: 'remotePort',
      label: 'Port',
      value: (r) => r.remotePort,
      text: (r) => port(r.remotePort),
    },
    field('peer', 'Peer'),
    field('holders', 'pid:fd'),
    field('inQueue', 'In queue'),
    field('outQueue', 'Out queue'),
    field('queuedBytes', 'Queued'),
    field('preview', 'Data'),
  ],
};

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
    { key: 'family', label: 'Family', value: (r) => r.family },
    { key: 'type', label: 'Type', value: (r) => r.type },
    // The protocol the CLI names too (TCP, NETLINK_ROUTE, ETH_P_ALL…), from the same model field.
    { key: 'protocol', label: 'Protocol', value: (r) => r.protocol },
    { key: 'state', label: 'State', value: (r) => r.state },
    { key: 'local', label: 'Local address', value: (r) => r.localAddress || r.unixPath },
    { key: 'localPort', label: 'Port', value: (r) => r.localPort, text: (r) => port(r.localPort) },
    { key: 'remote', label: 'Remote address', value: (r) => r.remoteAddress },
    {
      key: 'remotePort',
      label: 'Port',
      value: (r) => r.remotePort,
      text: (r) => port(r.remotePort),
    },
    { key: 'peer', label: 'Peer', value: (r) => r.peer },
    { key: 'holders', label: 'pid:fd', value: (r) => r.holders },
    { key: 'inQueue', label: 'In queue', value: (r) => r.inQueue },
    { key: 'outQueue', label: 'Out queue', value: (r) => r.outQueue },
    { key: 'queuedBytes', label: 'Queued', value: (r) => r.queuedBytes },
    { key: 'preview', label: 'Data', value: (r) => r.preview },
  ],
};

/** The sockets table's columns. */
import type { SocketRow } from '../../../workers/model-protocol.ts';
import type { Column } from '../../components/table/columns.ts';

const port = (p: number | undefined) => (p === undefined ? '' : String(p));

export const socketColumns: Column<SocketRow>[] = [
  { key: 'family', label: 'Family', value: (r) => r.family, width: '5rem' },
  { key: 'type', label: 'Type', value: (r) => r.type, width: '5.5rem' },
  // The protocol the CLI names too (TCP, NETLINK_ROUTE, ETH_P_ALL…), from the same model field.
  { key: 'protocol', label: 'Protocol', value: (r) => r.protocol, width: '8rem' },
  { key: 'state', label: 'State', value: (r) => r.state, width: '7rem' },
  {
    key: 'local',
    label: 'Local address',
    value: (r) => r.localAddress || r.unixPath,
    mono: true,
    width: 'minmax(8rem, 1.5fr)',
  },
  {
    key: 'localPort',
    label: 'Port',
    value: (r) => r.localPort,
    text: (r) => port(r.localPort),
    align: 'right',
    width: '4rem',
  },
  {
    key: 'remote',
    label: 'Remote address',
    value: (r) => r.remoteAddress,
    mono: true,
    width: 'minmax(7rem, 1fr)',
  },
  {
    key: 'remotePort',
    label: 'Port',
    value: (r) => r.remotePort,
    text: (r) => port(r.remotePort),
    align: 'right',
    width: '4rem',
  },
  { key: 'peer', label: 'Peer', value: (r) => r.peer, mono: true, width: 'minmax(6rem, 1fr)' },
  {
    key: 'holders',
    label: 'pid:fd',
    value: (r) => r.holders,
    mono: true,
    width: 'minmax(5rem, 1fr)',
  },
  { key: 'inQueue', label: 'In queue', value: (r) => r.inQueue, align: 'right', width: '5rem' },
  {
    key: 'outQueue',
    label: 'Out queue',
    value: (r) => r.outQueue,
    align: 'right',
    width: '4.5rem',
  },
  {
    key: 'queuedBytes',
    label: 'Queued',
    value: (r) => r.queuedBytes,
    align: 'right',
    width: '4.5rem',
  },
  {
    key: 'preview',
    label: 'Data',
    value: (r) => r.preview,
    mono: true,
    width: 'minmax(8rem, 2fr)',
  },
];

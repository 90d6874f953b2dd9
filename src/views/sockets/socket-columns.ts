/** How the sockets table is laid out (its columns are in src/lib/table). */
import type { SocketRow } from '../../../workers/model-protocol.ts';
import { MODEL_TABLES } from '../../lib/table/tables/index.ts';
import { present } from '../../components/table/columns.ts';

const count = { align: 'right', width: '4.5rem' } as const;

export const socketColumns = present<SocketRow>(MODEL_TABLES.sockets.columns, {
  family: { width: '5rem' },
  type: { width: '5.5rem' },
  protocol: { width: '8rem' },
  state: { width: '7rem' },
  local: { mono: true, width: 'minmax(8rem, 1.5fr)' },
  localPort: { align: 'right', width: '4rem' },
  remote: { mono: true, width: 'minmax(7rem, 1fr)' },
  remotePort: { align: 'right', width: '4rem' },
  peer: { mono: true, width: 'minmax(6rem, 1fr)' },
  holders: { mono: true, width: 'minmax(5rem, 1fr)' },
  inQueue: { ...count, width: '5rem' },
  outQueue: count,
  queuedBytes: count,
  preview: { mono: true, width: 'minmax(8rem, 2fr)' },
});

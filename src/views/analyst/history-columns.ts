import type { Column } from '../../components/table/columns.ts';
import { hex } from '../../lib/memory/addr.ts';
import type { HistoryRow } from '../../../workers/history-secrets-protocol.ts';
import { memoryHref } from '../memory/memory-route.ts';

/** Columns of a history table; `withProcess` adds pid and command name (the view across processes). */
export function historyColumns(withProcess: boolean): Column<HistoryRow>[] {
  return [
    ...(withProcess
      ? [
          {
            key: 'pid',
            label: 'PID',
            value: (r: HistoryRow) => r.pid,
            width: '4.5rem',
            align: 'right' as const,
          },
          { key: 'comm', label: 'Process', value: (r: HistoryRow) => r.comm, width: '7rem' },
        ]
      : []),
    { key: 'index', label: '#', value: (r) => r.index, width: '3rem', align: 'right' },
    { key: 'time', label: 'Time (UTC)', value: (r) => r.time, width: '11.5rem', mono: true },
    {
      key: 'command',
      label: 'Command',
      value: (r) => r.command,
      width: 'minmax(16rem, 4fr)',
      mono: true,
    },
    {
      key: 'address',
      label: 'Bytes',
      value: (r) => r.address,
      text: (r) => hex(r.address),
      width: '9.5rem',
      mono: true,
      href: (r) => memoryHref({ pid: r.pid, container: r.container, address: r.address }),
    },
    { key: 'foundBy', label: 'Found by', value: (r) => r.foundBy, width: '8rem' },
    {
      key: 'absent',
      label: 'Not in checkpoint',
      value: (r) => r.absent,
      width: 'minmax(8rem, 1fr)',
    },
  ];
}

/** The process table's columns, shared by the Processes view. */
import type { ProcessRow } from '../../../workers/model-protocol.ts';
import type { Column } from '../../components/table/columns.ts';
import { waitStatusText } from '../../lib/model/names/wait-status.ts';
import { href } from '../../state/route.svelte.ts';

export const processColumns: Column<ProcessRow>[] = [
  {
    key: 'pid',
    label: 'PID',
    value: (r) => r.pid,
    width: '4.5rem',
    align: 'right',
    href: (r) => href('process', String(r.pid)),
  },
  { key: 'ppid', label: 'PPID', value: (r) => r.ppid, width: '4.5rem', align: 'right' },
  { key: 'pgid', label: 'PGID', value: (r) => r.pgid, width: '4.5rem', align: 'right' },
  { key: 'sid', label: 'SID', value: (r) => r.sid, width: '4.5rem', align: 'right' },
  { key: 'comm', label: 'Name', value: (r) => r.comm, width: 'minmax(7rem, 1fr)', mono: true },
  {
    key: 'state',
    label: 'State',
    value: (r) => r.state,
    text: (r) =>
      r.exitCode !== undefined ? `${r.state} · ${waitStatusText(r.exitCode)}` : r.state,
    width: 'minmax(6rem, 1fr)',
  },
  { key: 'threads', label: 'Threads', value: (r) => r.threads, width: '5rem', align: 'right' },
  { key: 'uid', label: 'UID', value: (r) => r.uid, width: '4rem', align: 'right' },
  { key: 'fds', label: 'FDs', value: (r) => r.fds, width: '3.5rem', align: 'right' },
  { key: 'vmas', label: 'VMAs', value: (r) => r.vmas, width: '4rem', align: 'right' },
  { key: 'exe', label: 'Executable', value: (r) => r.exe, width: 'minmax(8rem, 1fr)', mono: true },
  {
    key: 'cmdline',
    label: 'Command line',
    value: (r) => r.cmdline,
    width: 'minmax(10rem, 3fr)',
    mono: true,
  },
];

import { waitStatusText } from '../../model/names/wait-status.ts';
import { processRow } from '../model-rows.ts';
import type { ProcessRow } from '../row-types.ts';
import { processesIn, type ModelTable } from './model-table.ts';

export const processesTable: ModelTable<ProcessRow> = {
  name: 'processes',
  title: 'one row per process',
  rows: (model, scope) => processesIn(model, scope).map(processRow),
  columns: [
    { key: 'pid', label: 'PID', value: (r) => r.pid },
    { key: 'ppid', label: 'PPID', value: (r) => r.ppid },
    { key: 'pgid', label: 'PGID', value: (r) => r.pgid },
    { key: 'sid', label: 'SID', value: (r) => r.sid },
    { key: 'comm', label: 'Name', value: (r) => r.comm },
    {
      key: 'state',
      label: 'State',
      value: (r) => r.state,
      text: (r) =>
        r.exitCode !== undefined ? `${r.state} · ${waitStatusText(r.exitCode)}` : r.state,
    },
    { key: 'threads', label: 'Threads', value: (r) => r.threads },
    { key: 'uid', label: 'UID', value: (r) => r.uid },
    { key: 'fds', label: 'FDs', value: (r) => r.fds },
    { key: 'vmas', label: 'VMAs', value: (r) => r.vmas },
    { key: 'exe', label: 'Executable', value: (r) => r.exe },
    { key: 'cmdline', label: 'Command line', value: (r) => r.cmdline },
  ],
};

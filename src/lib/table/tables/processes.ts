import { field } from '../column.ts';
import { waitStatusText } from '../../model/names/wait-status.ts';
import { processRow } from '../model-rows.ts';
import type { ProcessRow } from '../row-types.ts';
import { processesIn, type ModelTable } from './model-table.ts';

export const processesTable: ModelTable<ProcessRow> = {
  name: 'processes',
  title: 'one row per process',
  rows: (model, scope) => processesIn(model, scope).map(processRow),
  columns: [
    field('pid', 'PID'),
    field('ppid', 'PPID'),
    field('pgid', 'PGID'),
    field('sid', 'SID'),
    field('comm', 'Name'),
    {
      key: 'state',
      label: 'State',
      value: (r) => r.state,
      text: (r) =>
        r.exitCode !== undefined ? `${r.state} · ${waitStatusText(r.exitCode)}` : r.state,
    },
    field('threads', 'Threads'),
    field('uid', 'UID'),
    field('fds', 'FDs'),
    field('vmas', 'VMAs'),
    field('exe', 'Executable'),
    field('cmdline', 'Command line'),
  ],
};

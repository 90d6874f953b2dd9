/** How the Processes view lays out the processes table (its columns are in src/lib/table). */
import type { ProcessRow } from '../../../workers/model-protocol.ts';
import { MODEL_TABLES } from '../../lib/table/tables/index.ts';
import { present } from '../../components/table/columns.ts';
import { href } from '../../state/route.svelte.ts';

const id = { width: '4.5rem', align: 'right' } as const;

export const processColumns = present<ProcessRow>(MODEL_TABLES.processes.columns, {
  pid: { ...id, href: (r) => href('process', String(r.pid)) },
  ppid: id,
  pgid: id,
  sid: id,
  comm: { width: 'minmax(7rem, 1fr)', mono: true },
  state: { width: 'minmax(6rem, 1fr)' },
  threads: { width: '5rem', align: 'right' },
  uid: { width: '4rem', align: 'right' },
  fds: { width: '3.5rem', align: 'right' },
  vmas: { width: '4rem', align: 'right' },
  exe: { width: 'minmax(8rem, 1fr)', mono: true },
  cmdline: { width: 'minmax(10rem, 3fr)', mono: true },
});

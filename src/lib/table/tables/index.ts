/**
 * The model's tables, the only list: a table kind → its row type, rows and columns. The
 * worker serves `rows(kind, scope)` from it, the page's views add presentation to its
 * columns, and the CLI's `table` command prints it as text, CSV or JSON. A new table is one
 * file here and one line in each of the two lists below.
 */
import type {
  FdRow,
  GhostRow,
  MemfdRow,
  MountRow,
  PipeRow,
  ProcessRow,
  SocketRow,
  VmaRow,
} from '../row-types.ts';
import { fdsTable } from './fds.ts';
import { ghostsTable } from './ghosts.ts';
import { memfdsTable } from './memfds.ts';
import type { ModelTable } from './model-table.ts';
import { mountsTable } from './mounts.ts';
import { pipesTable } from './pipes.ts';
import { processesTable } from './processes.ts';
import { socketsTable } from './sockets.ts';
import { vmasTable } from './vmas.ts';

export type { ModelTable } from './model-table.ts';

/** Table kind → row type: what `rows(kind)` returns, typed on both sides of the worker. */
export interface TableRows {
  processes: ProcessRow;
  fds: FdRow;
  sockets: SocketRow;
  ghosts: GhostRow;
  memfds: MemfdRow;
  pipes: PipeRow;
  mounts: MountRow;
  vmas: VmaRow;
}

export type TableKind = keyof TableRows;

export const MODEL_TABLES: { readonly [K in TableKind]: ModelTable<TableRows[K]> } = {
  processes: processesTable,
  fds: fdsTable,
  sockets: socketsTable,
  ghosts: ghostsTable,
  memfds: memfdsTable,
  pipes: pipesTable,
  mounts: mountsTable,
  vmas: vmasTable,
};

export function isTableKind(name: string): name is TableKind {
  return Object.hasOwn(MODEL_TABLES, name);
}

import type { CheckpointModel, ProcessInfo } from '../../model/types.ts';
import type { ColumnDef, TableScope } from '../column.ts';

/** One table of the model: how its rows are built and which columns it has. */
export interface ModelTable<R> {
  /** Its name in the worker API, the CLI (`table ARCHIVE NAME`) and export file names. */
  name: string;
  /** What a row is, for the CLI's help. */
  title: string;
  columns: readonly ColumnDef<R>[];
  rows(model: CheckpointModel, scope: TableScope): R[];
}

/** The processes a per-process table covers: one (`scope.pid`) or all of them. */
export function processesIn(model: CheckpointModel, scope: TableScope): ProcessInfo[] {
  return scope.pid === undefined
    ? model.processes
    : model.processes.filter((p) => p.pid === scope.pid);
}

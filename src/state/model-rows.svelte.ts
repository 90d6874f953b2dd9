import type { TableKind, TableRows } from '../lib/table/tables/index.ts';
import { analyser } from './analyser.svelte.ts';
import { modelScope } from './model-scope.svelte.ts';
import { Query } from './query.svelte.ts';

/**
 * The rows of one of the model's tables for the container the picker shows, or only one
 * process's when `pid` gives one; read again when either changes. Call it while a component
 * is set up (the query lives as long as the component).
 */
export function modelRows<K extends TableKind>(
  kind: K,
  pid: () => number | undefined = () => undefined,
): Query<TableRows[K][]> {
  return new Query(() => {
    const p = pid();
    return analyser.rows(kind, {
      container: modelScope.container,
      ...(p !== undefined ? { pid: p } : {}),
    });
  });
}

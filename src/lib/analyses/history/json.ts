/** History as plain JSON data: addresses as `0x…` strings, as `search --json` writes them. */
import { hex } from '../../memory/addr.ts';
import type { HistoryResult } from './types.ts';

/** Deep copy with every bigint written as a hex address string. */
function hexed(v: unknown): unknown {
  if (typeof v === 'bigint') return hex(v);
  if (Array.isArray(v)) return v.map(hexed);
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, hexed(x)]));
  return v;
}

export function historyJson(result: HistoryResult): Record<string, unknown> {
  return hexed(result) as Record<string, unknown>;
}

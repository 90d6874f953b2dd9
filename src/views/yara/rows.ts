import type { YaraHit } from '../../../workers/yara-protocol.ts';
import { hex } from '../../lib/memory/addr.ts';
import { memoryHref } from '../memory/memory-route.ts';
import type { Column } from '../../components/table/columns.ts';
import { dotted } from '../memory/bytes-text.ts';

/** One table row per matched string (a rule that matched on its condition alone: one row). */
export interface YaraRow {
  key: string;
  hit: YaraHit;
  rule: string;
  tags: string;
  meta: string;
  severity: string;
  pid?: number;
  target: string;
  /** Memory: the string's virtual address; files: its offset. */
  address?: bigint;
  offset?: number;
  string: string;
  length?: number;
  context: string;
}

export function yaraRows(hits: readonly YaraHit[]): YaraRow[] {
  const rows: YaraRow[] = [];
  hits.forEach((hit, i) => {
    const t = hit.target;
    const base = {
      hit,
      rule: hit.rule,
      tags: hit.tags.join(' '),
      meta: hit.meta.map((m) => `${m.key}=${m.value}`).join(' '),
      severity: hit.meta.find((m) => m.key.toLowerCase() === 'severity')?.value ?? '',
      ...(t.kind === 'memory' ? { pid: t.pid } : {}),
      target:
        t.kind === 'memory'
          ? `${t.comm ?? ''} ${hex(t.vmaStart)}-${hex(t.vmaEnd)} ${t.perms} ${t.vmaLabel}`.trim()
          : t.label,
    };
    if (hit.strings.length === 0) {
      rows.push({
        ...base,
        key: `${i}`,
        ...(t.kind === 'memory' ? { address: t.address } : { offset: t.offset }),
        string: '(condition)',
        context: '',
      });
    }
    hit.strings.forEach((s, j) => {
      rows.push({
        ...base,
        key: `${i}:${j}`,
        ...(s.address !== undefined ? { address: s.address } : { offset: s.offset }),
        string: s.identifier,
        length: s.length,
        context: dotted(s.before) + '[' + dotted(s.bytes) + ']' + dotted(s.after),
      });
    });
  });
  return rows;
}

export function hitHref(row: YaraRow): string | undefined {
  const t = row.hit.target;
  if (t.kind !== 'memory' || row.address === undefined) return undefined;
  return memoryHref({ container: row.hit.container, pid: t.pid, address: row.address });
}

export const YARA_COLUMNS: Column<YaraRow>[] = [
  { key: 'rule', label: 'Rule', value: (r) => r.rule, width: 'minmax(8rem, 1.2fr)' },
  { key: 'tags', label: 'Tags', value: (r) => r.tags, width: 'minmax(5rem, 0.7fr)' },
  { key: 'severity', label: 'Severity', value: (r) => r.severity, width: '5.5rem' },
  { key: 'pid', label: 'PID', value: (r) => r.pid, width: '4rem', align: 'right' },
  { key: 'target', label: 'Target', value: (r) => r.target, width: 'minmax(12rem, 2fr)' },
  {
    key: 'at',
    label: 'Address / offset',
    value: (r) => r.address ?? r.offset,
    text: (r) =>
      r.address !== undefined ? hex(r.address) : r.offset !== undefined ? `+${r.offset}` : '',
    mono: true,
    width: '10rem',
    href: hitHref,
  },
  { key: 'string', label: 'String', value: (r) => r.string, mono: true, width: '6rem' },
  { key: 'length', label: 'Len', value: (r) => r.length, width: '3.5rem', align: 'right' },
  {
    key: 'context',
    label: 'Context',
    value: (r) => r.context,
    mono: true,
    width: 'minmax(14rem, 2fr)',
  },
  { key: 'meta', label: 'Meta', value: (r) => r.meta, width: 'minmax(8rem, 1fr)' },
];

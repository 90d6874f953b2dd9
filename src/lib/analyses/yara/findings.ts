/**
 * YARA hits as triage findings: one finding per hit (a rule matching one VMA window or one
 * file), with the rule's own `severity` meta when it has one (YARA has no standard severity;
 * `high|medium|low|info` and the common aliases `critical`, `warning`, `informational` and
 * 0–10 scores are understood), else medium: a rule an analyst chose to run matched.
 */
import type { Evidence, Finding, FindingRule, Severity } from '../findings/types.ts';
import { hex } from '../../memory/addr.ts';
import type { YaraHit } from './scan.ts';

const ALIASES: Record<string, Severity> = {
  critical: 'high',
  high: 'high',
  medium: 'medium',
  moderate: 'medium',
  warning: 'medium',
  low: 'low',
  info: 'info',
  informational: 'info',
};

export function severityOf(meta: YaraHit['meta']): Severity | undefined {
  const v = meta
    .find((m) => m.key.toLowerCase() === 'severity')
    ?.value.trim()
    .toLowerCase();
  if (v === undefined) return undefined;
  if (v in ALIASES) return ALIASES[v];
  if (/^\d+(\.\d+)?$/.test(v)) {
    // Scores like CVSS: 7+ high, 4+ medium, 1+ low.
    const n = Number(v);
    return n >= 7 ? 'high' : n >= 4 ? 'medium' : n > 0 ? 'low' : 'info';
  }
  return undefined;
}

const metaValue = (meta: YaraHit['meta'], ...keys: string[]) =>
  meta.find((m) => keys.includes(m.key.toLowerCase()))?.value;

function ruleOf(hit: YaraHit): FindingRule {
  const severity = severityOf(hit.meta) ?? 'medium';
  const attack = metaValue(hit.meta, 'mitre_attack', 'attack', 'technique');
  const description = metaValue(hit.meta, 'description', 'desc');
  return {
    id: `yara.${hit.rule}`,
    title: `YARA rule ${hit.rule}`,
    severity,
    ...(attack && /^T\d{4}(\.\d{3})?$/.test(attack) ? { attack } : {}),
    why: description ?? `The rules file given to the scan has a rule ${hit.rule}, and it matched.`,
    benign:
      'Depends on the rule: read its strings and condition; a rule tuned for files on disk can match their copies in memory or in a page cache.',
  };
}

function evidenceOf(hit: YaraHit): Evidence[] {
  const t = hit.target;
  const strings = hit.strings.slice(0, 5);
  if (t.kind === 'memory') {
    return [
      {
        label: `pid ${t.pid} VMA ${hex(t.vmaStart)}-${hex(t.vmaEnd)} ${t.perms} ${t.vmaLabel}`,
        target: { to: 'vma', pid: t.pid, start: t.vmaStart, end: t.vmaEnd },
      },
      ...strings.map((s): Evidence => ({
        label: `${s.identifier} at ${hex(s.address ?? t.address)} (${s.length} bytes)`,
        target: { to: 'address', pid: t.pid, address: s.address ?? t.address, length: s.length },
      })),
    ];
  }
  const at = (offset: number): Evidence['target'] =>
    t.ref.kind === 'fs'
      ? { to: 'rootfs', path: t.ref.path, offset }
      : t.fileId !== undefined
        ? { to: 'file', fileId: t.fileId, offset }
        : undefined;
  const first = at(t.offset);
  return [
    { label: t.label, ...(first ? { target: first } : {}) },
    ...strings.map((s): Evidence => {
      const target = at(s.offset);
      return {
        label: `${s.identifier} at offset ${s.offset} (${s.length} bytes)`,
        ...(target ? { target } : {}),
      };
    }),
  ];
}

export function yaraFindings(result: { hits: readonly YaraHit[] }): Finding[] {
  return result.hits.map((hit) => {
    const rule = ruleOf(hit);
    const t = hit.target;
    const where =
      t.kind === 'memory'
        ? `pid ${t.pid}${t.comm ? ` (${t.comm})` : ''} at ${hex(t.address)} in ${t.vmaLabel}`
        : `${t.label} at offset ${t.offset}`;
    const tags = hit.tags.length ? ` [${hit.tags.join(', ')}]` : '';
    return {
      rule,
      summary: `YARA rule ${hit.rule}${tags} matched ${where}`,
      severity: rule.severity,
      ...(t.kind === 'memory' ? { pid: t.pid } : {}),
      ...(hit.container ? { container: hit.container } : {}),
      evidence: evidenceOf(hit),
    };
  });
}

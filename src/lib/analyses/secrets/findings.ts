/**
 * Every high-confidence secret becomes a triage finding (the lead's `collectFindings` gathers
 * them). The value never goes into a finding: only its rule, masked form and locations.
 */
import type { Finding, FindingRule } from '../findings/types.ts';
import { maskSecret, type SecretsResult } from './types.ts';

export const SECRET_EXPOSED: FindingRule = {
  id: 'secrets.credential',
  title: 'Credential in the checkpoint',
  severity: 'high',
  attack: 'T1552',
  why: 'A credential readable in memory, an environment, a file or a buffer of the checkpoint can be taken by anyone who holds the checkpoint, and may have been what an intruder was after.',
  benign:
    'Applications hold the credentials they use; test fixtures and examples contain fake keys. Check whether the value is live before rotating it.',
};

export function secretFindings(result: SecretsResult, container?: number): Finding[] {
  return result.secrets
    .filter((s) => s.confidence === 'high')
    .map((s) => {
      const pids = [
        ...new Set(s.locations.flatMap((l) => ('pid' in l && l.pid !== undefined ? [l.pid] : []))),
      ];
      const finding: Finding = {
        rule: SECRET_EXPOSED,
        summary: `${s.description}: ${maskSecret(s.value)} in ${s.locations.length} place${s.locations.length === 1 ? '' : 's'}`,
        severity: SECRET_EXPOSED.severity,
        evidence: s.locations.map((l) => ({
          label: l.label,
          ...(l.target ? { target: l.target } : {}),
        })),
      };
      if (pids.length === 1) finding.pid = pids[0]!;
      if (container !== undefined) finding.container = container;
      return finding;
    });
}

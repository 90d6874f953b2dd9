/**
 * Triage findings from shell history: every setting or command that disables or erases
 * history becomes one finding (the lead's `collectFindings` gathers them with the others).
 */
import type { Finding, FindingRule } from '../findings/types.ts';
import type { HistoryResult } from './types.ts';

export const HISTORY_DISABLED: FindingRule = {
  id: 'history.disabled',
  title: 'Shell history disabled or erased',
  severity: 'medium',
  attack: 'T1070.003',
  why: 'Pointing HISTFILE at /dev/null, unsetting it, setting HISTSIZE=0 or clearing history keeps typed commands off disk: a common step to hide what was done interactively.',
  benign:
    'Some container images and CI jobs disable history to keep secrets typed on the command line out of files, or to save writes.',
};

export function historyFindings(result: HistoryResult, container?: number): Finding[] {
  return result.antiForensics.map((a) => ({
    rule: HISTORY_DISABLED,
    summary: `${a.what} in the ${a.where}`,
    severity: HISTORY_DISABLED.severity,
    ...(a.pid !== undefined ? { pid: a.pid } : {}),
    ...(container !== undefined ? { container } : {}),
    evidence: [
      {
        label: `${a.where}: ${a.what}`,
        ...(a.pid !== undefined
          ? {
              target:
                a.address !== undefined
                  ? { to: 'address' as const, pid: a.pid, address: a.address }
                  : { to: 'process' as const, pid: a.pid },
            }
          : { target: { to: 'image' as const, name: 'config.dump' } }),
      },
    ],
  }));
}

/**
 * The one place triage findings are gathered: this analysis's detectors plus whatever other
 * analyses (shell history, secrets, YARA…) found, merged and ordered most severe first.
 * Another analysis plugs in by passing its findings as `extra`.
 */
import { appendAll } from '../../append-all.ts';
import type { CheckpointMemory } from '../../memory/checkpoint-memory.ts';
import { problem, type Problem } from '../../problems.ts';
import type { CheckpointModel } from '../../model/types.ts';
import { executableFindings } from './executables.ts';
import { loaderFindings } from './loader.ts';
import { memoryFindings } from './memory.ts';
import { networkFindings } from './network.ts';
import { privilegeFindings } from './privilege.ts';
import { rootfsFindings } from './rootfs.ts';
import { SEVERITIES, type Finding, type Severity } from './types.ts';

export * from './types.ts';
export { ALL_RULES, RULES } from './rules.ts';

export interface FindingsInput {
  model: CheckpointModel;
  /** The container's memory; without it the memory rules use page counts only. */
  memory?: CheckpointMemory;
  /** Index of the container in a pod, copied onto every finding. */
  container?: number;
  /** Findings raised by other analyses, merged in as they are. */
  extra?: readonly Finding[];
}

export interface FindingsResult {
  findings: Finding[];
  problems: Problem[];
}

const RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2, info: 3 };

export function severityRank(s: Severity): number {
  return RANK[s];
}

/** At least as severe as `min`. */
export function atLeast(s: Severity, min: Severity): boolean {
  return RANK[s] <= RANK[min];
}

export function isSeverity(s: string): s is Severity {
  return (SEVERITIES as readonly string[]).includes(s);
}

/** Most severe first, then by rule, then by pid: a stable order for every presentation. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      RANK[a.severity] - RANK[b.severity] ||
      (a.container ?? 0) - (b.container ?? 0) ||
      (a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0) ||
      (a.pid ?? -1) - (b.pid ?? -1),
  );
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { high: 0, medium: 0, low: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

type Detector = (input: FindingsInput) => Finding[] | Promise<Finding[]>;

const DETECTORS: readonly [string, Detector][] = [
  ['memory', ({ model, memory }) => memoryFindings(model.processes, memory)],
  ['executables', ({ model }) => executableFindings(model)],
  ['loader', ({ model }) => loaderFindings(model)],
  ['network', ({ model }) => networkFindings(model)],
  ['rootfs', ({ model }) => rootfsFindings(model)],
  ['privilege', ({ model }) => privilegeFindings(model)],
];

export async function collectFindings(input: FindingsInput): Promise<FindingsResult> {
  const findings: Finding[] = [];
  const problems: Problem[] = [];
  for (const [area, detect] of DETECTORS) {
    try {
      appendAll(findings, await detect(input));
    } catch (e) {
      // One detector tripping over a damaged model must not hide what the others found.
      problems.push(
        problem('unsupported', `the ${area} findings could not be computed: ${String(e)}`, {
          severity: 'warning',
        }),
      );
    }
  }
  appendAll(
    findings,
    (input.extra ?? []).map((f) => ({ ...f })),
  );
  if (input.container !== undefined) for (const f of findings) f.container ??= input.container;
  return { findings: sortFindings(findings), problems };
}

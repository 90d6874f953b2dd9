/**
 * The report's data from what the CLI and the worker hold: the archive's container models, the
 * findings, the timeline, and (page only) the case's bookmarks and artefacts. One assembly for
 * both, so the two reports of the same input agree.
 */
import type { Finding } from '../analyses/findings/types.ts';
import type { TimelineEvent } from '../analyses/timeline/types.ts';
import type { ArtefactRecord, Bookmark } from '../case/types.ts';
import type { ContainerModel } from '../model/from-archive.ts';
import type { Problem } from '../problems.ts';
import { CC_ANALYSER_VERSION } from '../version.ts';
import { REPORT_LIST_LIMIT, reportContainer } from './brief.ts';
import type { ReportInput } from './types.ts';

export interface ReportParts {
  input: ReportInput['input'];
  producer: ReportInput['producer'];
  /** ISO 8601 UTC; the assembly's own clock when absent. */
  analysedAt?: string;
  models: readonly ContainerModel[];
  findings: readonly Finding[];
  timeline: readonly TimelineEvent[];
  bookmarks?: readonly Bookmark[];
  artefacts?: readonly ArtefactRecord[];
  problems?: readonly Problem[];
  /** Most processes, sockets and files listed per container. */
  listLimit?: number;
}

/** A problem in one line, naming where it was met. */
export function problemText(p: Problem): string {
  const where = p.file ?? p.image;
  return `${p.severity}: ${p.message}${where && !p.message.includes(where) ? ` (${where})` : ''}`;
}

/** Problems worth a reader's attention (not `info`), one line each, each line once. */
export function problemLines(list: readonly Problem[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of list) {
    if (p.severity === 'info') continue;
    const line = problemText(p);
    if (seen.has(line)) continue;
    seen.add(line);
    out.push(line);
  }
  return out;
}

/** Every container of the archive in brief, in the models' order. */
export function reportContainers(
  models: readonly ContainerModel[],
  limit = REPORT_LIST_LIMIT,
): ReportInput['containers'] {
  return models.map((m, i) => reportContainer(m.model, i, m.root, limit));
}

export function assembleReport(parts: ReportParts): ReportInput {
  return {
    input: parts.input,
    version: CC_ANALYSER_VERSION,
    analysedAt: parts.analysedAt ?? new Date().toISOString(),
    producer: parts.producer,
    containers: reportContainers(parts.models, parts.listLimit),
    findings: parts.findings.slice(),
    bookmarks: parts.bookmarks?.slice() ?? [],
    timeline: parts.timeline.slice(),
    artefacts: parts.artefacts?.slice() ?? [],
    problems: problemLines(parts.problems ?? []),
  };
}

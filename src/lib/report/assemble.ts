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

export function assembleReport(parts: ReportParts): ReportInput {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const p of parts.problems ?? []) {
    if (p.severity === 'info') continue;
    const line = problemText(p);
    if (seen.has(line)) continue;
    seen.add(line);
    problems.push(line);
  }
  return {
    input: parts.input,
    version: CC_ANALYSER_VERSION,
    analysedAt: parts.analysedAt ?? new Date().toISOString(),
    producer: parts.producer,
    containers: parts.models.map((m, i) =>
      reportContainer(m.model, i, m.root, parts.listLimit ?? REPORT_LIST_LIMIT),
    ),
    findings: parts.findings.slice(),
    bookmarks: parts.bookmarks?.slice() ?? [],
    timeline: parts.timeline.slice(),
    artefacts: parts.artefacts?.slice() ?? [],
    problems,
  };
}

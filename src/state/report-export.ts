/**
 * "Export report" on the page: the worker's part (containers in brief, problems), the findings
 * and the timeline the views show, the case's bookmarks and the artefacts written so far,
 * rendered into one HTML file (src/lib/report), saved and recorded as an artefact itself.
 */
import { sortFindings } from '../lib/analyses/findings/index.ts';
import type { Finding } from '../lib/analyses/findings/types.ts';
import type { ArtefactRecord } from '../lib/case/types.ts';
import { problemLines } from '../lib/report/assemble.ts';
import { reportFileName } from '../lib/report/file-name.ts';
import { renderReport } from '../lib/report/render.ts';
import type { ReportInput } from '../lib/report/types.ts';
import { CC_ANALYSER_VERSION } from '../lib/version.ts';
import { analyser } from './analyser.svelte.ts';
import { saveArtefact } from './artefacts.ts';
import { caseState } from './case.svelte.ts';

export async function exportReport(): Promise<ArtefactRecord | undefined> {
  const analysedAt = new Date().toISOString();
  const api = analyser.api;
  const [data, findings, findingsProblems, timeline, secrets] = await Promise.all([
    api.reportData(),
    api.findings(),
    api.findingsProblems(),
    api.timeline(),
    api.secretsFindings(),
  ]);
  const sha256 = data.input.sha256 ?? analyser.sha256 ?? undefined;
  const report: ReportInput = {
    input: { ...data.input, ...(sha256 ? { sha256 } : {}) },
    version: CC_ANALYSER_VERSION,
    analysedAt,
    producer: 'page',
    containers: data.containers,
    findings: withSecrets(findings.all, secrets),
    findingsNotes: secrets ? [] : [SECRETS_NOT_RUN],
    bookmarks: caseState.bookmarks,
    timeline: timeline.events,
    artefacts: caseState.artefacts,
    problems: data.problems.concat(problemLines(findingsProblems), problemLines(timeline.problems)),
  };
  const html = renderReport(report);
  const name = reportFileName(analyser.inputName || data.input.name);
  return saveArtefact(new Blob([html], { type: 'text/html' }), name, 'report (HTML)');
}

/**
 * The secrets scan reads all memory once more, so the page runs it only when the analyst asks
 * (Secrets view); the CLI's `report` always runs it. A report made before a scan says so
 * rather than letting the absence of credential findings read as "none found".
 */
export const SECRETS_NOT_RUN =
  'The secrets scan was not run on the page before this report: credential findings are not in it (run it in the Secrets view, or use the CLI report, which always runs it)';

/** Findings with the last secrets scan's, most severe first (the order the views use). */
export function withSecrets(
  all: readonly Finding[],
  secrets: readonly Finding[] | undefined,
): Finding[] {
  return sortFindings([...all, ...(secrets ?? [])]);
}

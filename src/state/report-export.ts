/**
 * "Export report" on the page: the worker's part (containers in brief, problems), the findings
 * and the timeline the views show, the case's bookmarks and the artefacts written so far,
 * rendered into one HTML file (src/lib/report), saved and recorded as an artefact itself.
 */
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
  const [data, findings, findingsProblems, timeline] = await Promise.all([
    api.reportData(),
    api.findings(),
    api.findingsProblems(),
    api.timeline(),
  ]);
  const sha256 = data.input.sha256 ?? analyser.sha256 ?? undefined;
  const report: ReportInput = {
    input: { ...data.input, ...(sha256 ? { sha256 } : {}) },
    version: CC_ANALYSER_VERSION,
    analysedAt,
    producer: 'page',
    containers: data.containers,
    findings: findings.all,
    bookmarks: caseState.bookmarks,
    timeline: timeline.events,
    artefacts: caseState.artefacts,
    problems: data.problems.concat(problemLines(findingsProblems), problemLines(timeline.problems)),
  };
  const html = renderReport(report);
  const name = reportFileName(analyser.inputName || data.input.name);
  return saveArtefact(new Blob([html], { type: 'text/html' }), name, 'report (HTML)');
}

export { renderReport, TIMELINE_LIMIT, FINDING_LIMIT, type RenderOptions } from './render.ts';
export { reportContainer, brief, REPORT_LIST_LIMIT } from './brief.ts';
export { assembleReport, problemText, type ReportParts } from './assemble.ts';
export type * from './types.ts';

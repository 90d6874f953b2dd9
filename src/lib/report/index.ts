export { renderReport, TIMELINE_LIMIT, FINDING_LIMIT, type RenderOptions } from './render.ts';
export { reportContainer, brief, REPORT_LIST_LIMIT } from './brief.ts';
export {
  assembleReport,
  problemLines,
  problemText,
  reportContainers,
  type ReportParts,
} from './assemble.ts';
export type * from './types.ts';

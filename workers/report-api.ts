/**
 * The report's worker side: what only the worker holds (the containers in brief, what could not
 * be read). The page adds the findings and the timeline (the worker's own caches, as the views
 * read them), the case's bookmarks and artefacts, and renders (src/lib/report): the case never
 * crosses into the worker.
 */
import type { Archive } from '../src/lib/archive/types.ts';
import type { ContainerModel } from '../src/lib/model/from-archive.ts';
import type { Problem } from '../src/lib/problems.ts';
import { problemLines, reportContainers } from '../src/lib/report/assemble.ts';
import type { ReportInput } from '../src/lib/report/types.ts';
import { appendAll } from '../src/lib/append-all.ts';

/** The part of a report the worker assembles. */
export type ReportData = Pick<ReportInput, 'input' | 'containers' | 'problems'>;

export function createReportApi(
  archive: () => Archive | undefined,
  models: () => Promise<ContainerModel[]>,
) {
  return {
    /** The worker's part of the report of the open archive. */
    async reportData(): Promise<ReportData> {
      const current = archive();
      if (!current) throw new Error('no checkpoint is open');
      const all = await models();
      const problems: Problem[] = [];
      appendAll(problems, current.problems);
      for (const m of all) appendAll(problems, m.model.problems);
      return {
        input: {
          name: current.name,
          bytes: current.inputSize,
          ...(current.sha256 ? { sha256: current.sha256 } : {}),
        },
        containers: reportContainers(all),
        problems: problemLines(problems),
      };
    },
  };
}

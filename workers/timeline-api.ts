/**
 * The timeline for the page, composed into `createAnalyserApi()`: built once per archive from
 * the same models as the views (src/lib/analyses/timeline). Not a job: it reads engine files,
 * tar headers and the shells' history (small), like `history()`.
 */
import type { Archive } from '../src/lib/archive/index.ts';
import { buildTimeline, type TimelineResult } from '../src/lib/analyses/timeline/index.ts';
import type { ModelCache } from './model-api.ts';

export function createTimelineApi(currentArchive: () => Archive | undefined, models: ModelCache) {
  let builtFor: Archive | undefined;
  let timeline: Promise<TimelineResult> | undefined;
  return {
    /** Every dated event of the open archive, sorted by time, with the problems met. */
    async timeline(): Promise<TimelineResult> {
      const archive = currentArchive();
      if (!archive) throw new Error('no checkpoint is open');
      if (builtFor !== archive || !timeline) {
        builtFor = archive;
        timeline = models.all().then((all) => buildTimeline(archive, all));
      }
      return timeline;
    },
  };
}

/**
 * The worker's jobs by name, the only list: a long computation the page starts, watches
 * (paced reports) and cancels. A new analysis job is one file here and one entry in each of
 * the two lists below; the page runs it with `runJob(name, params, onReport)`.
 */
import type {
  SearchProgress,
  SearchRequest,
  StringsPage,
  StringsRequest,
} from '../memory-protocol.ts';
import type { JobFunction } from './job.ts';
import { searchJob } from './search.ts';
import { stringsJob } from './strings.ts';

export type { JobContext, JobFunction } from './job.ts';

/** Job name → what it takes and what it reports. */
export interface JobTypes {
  search: { params: SearchRequest; report: SearchProgress };
  strings: { params: StringsRequest; report: StringsPage };
}

export type JobName = keyof JobTypes;

export const JOBS: {
  readonly [N in JobName]: JobFunction<JobTypes[N]['params'], JobTypes[N]['report']>;
} = {
  search: searchJob,
  strings: stringsJob,
};

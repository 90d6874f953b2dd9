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
import type {
  SecretsProgress,
  SecretsRequest,
  SecretsResult,
} from '../history-secrets-protocol.ts';
import type { YaraProgress, YaraRequest, YaraResult } from '../yara-protocol.ts';
import type { JobFunction } from './job.ts';
import { searchJob } from './search.ts';
import { secretsJob } from './secrets.ts';
import { stringsJob } from './strings.ts';
import { yaraJob } from './yara.ts';

export type { JobContext, JobFunction } from './job.ts';

/** Job name → what it takes, what it reports while it runs, and what it returns. */
export interface JobTypes {
  search: { params: SearchRequest; report: SearchProgress; result: void };
  strings: { params: StringsRequest; report: StringsPage; result: void };
  secrets: { params: SecretsRequest; report: SecretsProgress; result: SecretsResult };
  yara: { params: YaraRequest; report: YaraProgress; result: YaraResult };
}

export type JobName = keyof JobTypes;

export const JOBS: {
  readonly [N in JobName]: JobFunction<
    JobTypes[N]['params'],
    JobTypes[N]['report'],
    JobTypes[N]['result']
  >;
} = {
  search: searchJob,
  strings: stringsJob,
  secrets: secretsJob,
  yara: yaraJob,
};

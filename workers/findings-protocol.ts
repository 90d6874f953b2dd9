/**
 * What the findings API (`findings-api.ts`) sends to the page. Findings are plain data
 * (bigint addresses included), cloned as they are.
 */
import type { Finding, Severity } from '../src/lib/analyses/findings/types.ts';

export interface FindingsContainer {
  container: number;
  name?: string;
  findings: Finding[];
  counts: Record<Severity, number>;
}

export interface FindingsView {
  /** One entry per container (one for a plain checkpoint). */
  containers: FindingsContainer[];
  /** Every container's findings together, most severe first. */
  all: Finding[];
  counts: Record<Severity, number>;
  /** pid → the most severe finding's severity, per container: the process tree's marks. */
  marks: Record<number, Record<number, Severity>>;
}

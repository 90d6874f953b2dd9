/**
 * The findings' worker API: computed once per opened archive from the shared models and
 * memory, then handed to the Overview, the Findings view and the process tree.
 * Other analyses (shell history, secrets, YARA) add their findings through `extraOf`.
 */
import { archiveFindings, type ExtraFindings } from '../src/lib/analyses/findings/archive.ts';
import {
  countBySeverity,
  severityRank,
  type Finding,
  type Severity,
} from '../src/lib/analyses/findings/index.ts';
import type { Problem } from '../src/lib/problems.ts';
import type { ContainerModel } from '../src/lib/model/from-archive.ts';
import type { FindingsView } from './findings-protocol.ts';
import type { Opened } from './memory-api.ts';

function marksOf(findings: readonly Finding[]): Record<number, Severity> {
  const out: Record<number, Severity> = {};
  for (const f of findings) {
    if (f.pid === undefined) continue;
    const had = out[f.pid];
    if (had === undefined || severityRank(f.severity) < severityRank(had)) out[f.pid] = f.severity;
  }
  return out;
}

export function createFindingsApi(
  models: () => Promise<ContainerModel[]>,
  memory: () => Promise<Opened>,
  extraOf: ExtraFindings = () => [],
) {
  let forModels: ContainerModel[] | undefined;
  let computed: Promise<{ view: FindingsView; problems: Problem[] }> | undefined;

  async function compute(all: ContainerModel[]) {
    // Findings without memory still come out (page counts only) if the memory cannot open.
    const opened = await memory().catch(() => undefined);
    const r = await archiveFindings(
      all,
      (root) => opened?.containers.find((c) => c.root === root)?.mem,
      extraOf,
    );
    const view: FindingsView = {
      containers: r.containers.map((c) => ({
        container: c.container,
        name: c.name,
        findings: c.findings,
        counts: countBySeverity(c.findings),
      })),
      all: r.all,
      counts: countBySeverity(r.all),
      marks: Object.fromEntries(r.containers.map((c) => [c.container, marksOf(c.findings)])),
    };
    return { view, problems: r.problems };
  }

  async function current() {
    // The model cache hands out the same array while the same archive is open.
    const m = await models();
    if (m !== forModels || !computed) {
      forModels = m;
      computed = compute(m);
    }
    return computed;
  }

  return {
    /** Every finding of the open archive, per container and together. */
    async findings(): Promise<FindingsView> {
      return (await current()).view;
    },
    /** What kept a detector from running (none usually). */
    async findingsProblems(): Promise<Problem[]> {
      return (await current()).problems;
    },
  };
}

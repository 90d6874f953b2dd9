/** Other analyses plug in through `extraOf`: their findings join their container's and the total. */
import { describe, expect, it } from 'vitest';
import { archiveFindings } from '../../../../src/lib/analyses/findings/archive.ts';
import { RULES } from '../../../../src/lib/analyses/findings/rules.ts';
import type { Finding } from '../../../../src/lib/analyses/findings/types.ts';
import { model } from './model-builder.ts';

describe('extra findings', () => {
  it('an analysis computed later (async) lands in its container, ranked, and in all', async () => {
    const rule = RULES.exeMemfd;
    const planted: Finding = {
      rule,
      summary: 'planted by another analysis',
      severity: 'high',
      pid: 1,
      evidence: [],
    };
    const r = await archiveFindings(
      [
        { root: 'a/', model: model() },
        { root: 'b/', model: model() },
      ],
      () => undefined,
      async (container) => (container === 1 ? [planted] : []),
    );
    expect(r.containers[0]!.findings.map((f) => f.summary)).not.toContain(planted.summary);
    const mine = r.containers[1]!.findings;
    expect(mine[0]).toMatchObject({ summary: planted.summary, container: 1 });
    expect(r.all.filter((f) => f.summary === planted.summary)).toHaveLength(1);
  });
});

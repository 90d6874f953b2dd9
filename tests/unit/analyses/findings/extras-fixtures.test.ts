import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPath } from '../../../../src/cli/open-path.ts';
import { archiveExtras } from '../../../../src/lib/analyses/findings/extras.ts';
import type { Archive } from '../../../../src/lib/archive/types.ts';
import { buildArchiveModels, type ContainerModel } from '../../../../src/lib/model/from-archive.ts';
import { fixturePath } from '../../archive/helpers.ts';

describe('the findings other analyses add (shell fixture)', () => {
  let archive: Archive;
  let models: ContainerModel[];
  beforeAll(async () => {
    archive = await openPath(fixturePath('shell.tar.zst'));
    models = await buildArchiveModels(archive);
  });
  afterAll(() => archive.dispose());

  it('counts the bash history entries and turns the planted credentials into findings', async () => {
    const [extras] = await archiveExtras(archive, models, { secrets: true });
    expect(extras!.historyEntries).toBe(8);
    expect(extras!.secrets).toBeGreaterThanOrEqual(2);
    const secrets = extras!.findings.filter((f) => f.rule.id === 'secrets.credential');
    expect(secrets.map((f) => f.pid)).toEqual([27, 27]);
    // A finding never carries the value itself: it is masked.
    for (const f of secrets)
      expect(
        JSON.stringify(f, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)),
      ).not.toContain('AKIAFIXTURE000000002');
  });

  it('without the secrets pass only history findings come, and no secret count', async () => {
    const [extras] = await archiveExtras(archive, models);
    expect(extras!.secrets).toBeUndefined();
    expect(extras!.findings.every((f) => f.rule.id.startsWith('history.'))).toBe(true);
  });
});

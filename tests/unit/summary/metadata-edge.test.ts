/**
 * Metadata edge cases from checkpointctl's own test suite, on archives built in code: every
 * command (`show` = summarize, `inspect` = the model) must say the same thing about them.
 */
import { describe, expect, it } from 'vitest';
import { MemorySource } from '../../../src/lib/archive/byte-source.ts';
import { openArchive } from '../../../src/lib/archive/open-archive.ts';
import { buildArchiveModels } from '../../../src/lib/model/from-archive.ts';
import { summarize } from '../../../src/lib/summary/summarize.ts';
import { tar, type TarSpec } from '../archive/tar-builder.ts';

const img = (name: string): TarSpec => ({
  name,
  data: new Uint8Array([0x16, 0x31, 0x31, 0x58, 0, 0, 0, 0]),
});
const podmanConfig = JSON.stringify({ id: 'abc123', name: 'web', lockID: 3, rootfsImageName: 'x' });
const podmanSpec = JSON.stringify({ annotations: { 'io.container.manager': 'libpod' } });

async function both(specs: TarSpec[]) {
  const archive = await openArchive(new MemorySource(tar(specs)), { name: 'built.tar' });
  const summary = await summarize(archive);
  const models = await buildArchiveModels(archive);
  return { archive, summary, model: models[0]!.model };
}

describe('metadata edge cases', () => {
  it('an empty checkpoint/ directory is there, and said to be empty', async () => {
    const { archive, summary } = await both([
      { name: 'config.dump', data: podmanConfig },
      { name: 'spec.dump', data: podmanSpec },
      { name: 'checkpoint/', type: '5' },
    ]);
    const messages = archive.problems.map((p) => p.message);
    expect(messages.some((m) => m.includes('no checkpoint/ directory'))).toBe(false);
    expect(archive.problems).toContainEqual(
      expect.objectContaining({ code: 'no-criu-images', file: 'checkpoint/' }),
    );
    expect(messages.find((m) => m.includes('checkpoint/'))).toMatch(/empty/);
    expect(summary.containers[0]!.imagesDir).toBe('checkpoint/');
  });

  it('config.dump without spec.dump: spec.dump is named missing, the engine still found', async () => {
    const { summary, model } = await both([
      { name: 'config.dump', data: podmanConfig },
      img('checkpoint/inventory.img'),
    ]);
    expect(summary.problems).toContainEqual(
      expect.objectContaining({ code: 'missing-file', file: 'spec.dump' }),
    );
    expect(summary.containers[0]!.engine).toBe('podman');
    expect(model.container.engineId).toBe('podman');
    expect(model.container.engine).toBe('Podman');
    expect(model.container.name).toBe('web');
  });

  it('containerd told from its status file: show and inspect agree', async () => {
    const { summary, model } = await both([
      { name: 'config.dump', data: JSON.stringify({ id: 'c1', name: 'ctr' }) },
      { name: 'spec.dump', data: JSON.stringify({ ociVersion: '1.0.2' }) },
      { name: 'status', data: '{}' },
      img('checkpoint/inventory.img'),
    ]);
    expect(summary.containers[0]!.engine).toBe('containerd');
    expect(model.container.engineId).toBe('containerd');
    expect(model.container.engine).toBe('containerd');
  });

  it('a network.status that is not JSON is a named problem in show and in inspect', async () => {
    const { summary, model } = await both([
      { name: 'config.dump', data: podmanConfig },
      { name: 'spec.dump', data: podmanSpec },
      { name: 'network.status', data: '{"podman": {' },
      img('checkpoint/inventory.img'),
    ]);
    const bad = expect.objectContaining({ code: 'bad-json', file: 'network.status' });
    expect(summary.problems).toContainEqual(bad);
    expect(model.problems).toContainEqual(bad);
    expect(model.container.network).toEqual([]);
  });
});

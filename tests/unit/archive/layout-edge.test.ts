import { describe, expect, it } from 'vitest';
import { MemorySource } from '../../../src/lib/archive/byte-source.ts';
import { detectEngine } from '../../../src/lib/archive/layout.ts';
import { openArchive } from '../../../src/lib/archive/open-archive.ts';
import { tar, type TarSpec } from './tar-builder.ts';

const img = (name: string): TarSpec => ({
  name,
  data: new Uint8Array([0x16, 0x31, 0x31, 0x58, 0, 0, 0, 0]),
});
const spec = (annotations: Record<string, string>) =>
  JSON.stringify({ ociVersion: '1.0.2', annotations });

async function open(specs: TarSpec[]) {
  return openArchive(new MemorySource(tar(specs)), { name: 'built.tar' });
}

describe('layout detection on inputs built in code', () => {
  it('bare images at the top of the tar', async () => {
    const a = await open([img('inventory.img'), img('core-1.img'), img('pstree.img')]);
    expect(a.layout.kind).toBe('bare');
    expect(a.layout.engine).toBe('bare-criu');
    expect(a.layout.containers.map((c) => [c.root, c.checkpointDir])).toEqual([['', '']]);
    expect(a.layout.containers[0].images.list().map((m) => m.name)).toEqual([
      'core-1.img',
      'inventory.img',
      'pstree.img',
    ]);
  });

  it('bare images without inventory.img in a nested folder', async () => {
    const a = await open([{ name: 'dump/run1/', type: '5' }, img('dump/run1/core-1.img')]);
    expect(a.layout.kind).toBe('bare');
    expect(a.layout.containers[0].checkpointDir).toBe('dump/run1/');
  });

  it('a lone checkpoint/ folder without engine files is bare CRIU output', async () => {
    const a = await open([{ name: 'checkpoint/', type: '5' }, img('checkpoint/inventory.img')]);
    expect(a.layout.kind).toBe('bare');
    expect(a.layout.engine).toBe('bare-criu');
    expect(a.layout.containers.map((c) => [c.root, c.checkpointDir])).toEqual([
      ['', 'checkpoint/'],
    ]);
  });

  it('normalises ./ prefixes', async () => {
    const a = await open([
      { name: './', type: '5' },
      { name: './spec.dump', data: spec({ 'io.container.manager': 'libpod' }) },
      { name: './checkpoint/', type: '5' },
      img('./checkpoint/inventory.img'),
    ]);
    expect(a.layout.engine).toBe('podman');
    expect(a.layout.containers[0].checkpointDir).toBe('checkpoint/');
    expect(a.layout.containers[0].images.has('inventory.img')).toBe(true);
  });

  it('several container folders without pod.options form a pod', async () => {
    const a = await open([
      { name: 'aaa-one/spec.dump', data: spec({ 'io.container.manager': 'cri-o' }) },
      img('aaa-one/checkpoint/inventory.img'),
      { name: 'bbb-two/spec.dump', data: spec({ 'io.kubernetes.cri.container-name': 'two' }) },
      img('bbb-two/checkpoint/inventory.img'),
    ]);
    expect(a.layout.kind).toBe('pod');
    expect(a.layout.containers.map((c) => [c.root, c.engine])).toEqual([
      ['aaa-one/', 'cri-o'],
      ['bbb-two/', 'containerd'],
    ]);
    // The containers disagree, so the archive's engine is not claimed.
    expect(a.layout.engine).toBe('unknown');
  });

  it('pod.options with bad JSON is a problem, and the folders are still found', async () => {
    const a = await open([
      { name: 'pod.options', data: '{not json' },
      img('x-a/checkpoint/inventory.img'),
      img('y-b/checkpoint/inventory.img'),
    ]);
    expect(a.problems.map((p) => p.code)).toEqual(['bad-json']);
    expect(a.layout.kind).toBe('pod');
    expect(a.layout.containers.map((c) => c.root)).toEqual(['x-a/', 'y-b/']);
  });

  it('a pod checkpoint dropped as a folder: pod.options under the folder name', async () => {
    const options = { version: 1, containers: { web: 'id2-web', db: 'id1-db' } };
    const a = await open([
      { name: 'dropped/pod.options', data: JSON.stringify(options) },
      img('dropped/id1-db/checkpoint/inventory.img'),
      img('dropped/id2-web/checkpoint/inventory.img'),
    ]);
    expect(a.layout.kind).toBe('pod');
    expect(a.layout.podOptions).toBe('dropped/pod.options');
    // In pod.options order.
    expect(a.layout.containers.map((c) => c.root)).toEqual(['dropped/id2-web/', 'dropped/id1-db/']);
  });

  it('pod.options naming a missing folder reports it', async () => {
    const a = await open([
      {
        name: 'pod.options',
        data: JSON.stringify({ version: 1, containers: { a: 'id-a', b: 'id-b' } }),
      },
      img('id-a/checkpoint/inventory.img'),
    ]);
    expect(a.layout.containers.map((c) => [c.root, c.checkpointDir])).toEqual([
      ['id-a/', 'id-a/checkpoint/'],
      ['id-b/', undefined],
    ]);
    expect(a.problems).toMatchObject([{ code: 'no-criu-images', file: 'id-b/' }]);
  });

  it('broken spec.dump does not crash detection', async () => {
    const a = await open([
      { name: 'spec.dump', data: '{"annotations": ' },
      { name: 'ctr.log', data: '' },
      img('checkpoint/inventory.img'),
    ]);
    expect(a.layout.engine).toBe('podman'); // from ctr.log
    const b = await open([{ name: 'spec.dump', data: 'null' }, img('checkpoint/inventory.img')]);
    expect(b.layout.engine).toBe('unknown');
  });

  it('a tar without CRIU images', async () => {
    const a = await open([
      { name: 'README', data: 'hello' },
      { name: 'src/main.c', data: 'int main;' },
    ]);
    expect(a.layout.kind).toBe('none');
    expect(a.layout.containers).toEqual([]);
    expect(a.problems.map((p) => p.code)).toEqual(['no-criu-images']);
  });

  it('detectEngine ranks annotations over files', () => {
    expect(detectEngine({ 'io.container.manager': 'libpod' }, { status: 'status' })).toBe('podman');
    expect(detectEngine({ 'io.container.manager': 'cri-o' }, {})).toBe('cri-o');
    expect(detectEngine({ 'io.kubernetes.cri.sandbox-name': 'p' }, {})).toBe('containerd');
    expect(detectEngine({}, { 'status.dump': 'status.dump' })).toBe('containerd');
    expect(detectEngine({}, { 'bind.mounts': 'bind.mounts' })).toBe('cri-o');
    expect(detectEngine({}, { 'network.status': 'network.status' })).toBe('podman');
    expect(detectEngine({}, {})).toBe('unknown');
  });
});

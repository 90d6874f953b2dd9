/** The model of every other fixture: CRI-O and containerd layouts, a pod, bare images, many processes. */
import { describe, expect, it } from 'vitest';
import { inspectDocument } from '../../../src/lib/model/export.ts';
import { readFsChangeFile } from '../../../src/lib/model/fs-changes.ts';
import { fixtureArchive, fixtureModels } from './fixtures.ts';

const model = async (name: string, index = 0) => (await fixtureModels(name))[index]!.model;

describe('container metadata per engine', () => {
  it('CRI-O: pod, namespace, IP from annotations', async () => {
    const m = await model('crio-kitchen.tar.zst');
    expect(m.container).toMatchObject({
      engine: 'CRI-O',
      name: 'kitchen',
      podName: 'kitchen-pod',
      podNamespace: 'forensics',
    });
    expect(m.container.network).toEqual([{ ip: '10.244.0.17' }]);
    expect(m.container.checkpointedTime).toBe('2026-11-28T11:53:02Z');
    expect(m.container.annotations['io.container.manager']).toBe('cri-o');
    expect(m.container.criuVersion).toBe('4.2');
    expect(m.container.sizes.rootFsDiff).toBe(4608);
    expect(m.container.sizes.memoryPages).toBeGreaterThan(0);
    expect(m.container.sizes.checkpoint).toBeGreaterThan(m.container.sizes.memoryPages);
    expect(m.processes.map((p) => p.comm)).toEqual([
      'kitchen-sink',
      'ks-worker',
      'ks-grandchild',
      'sleep',
    ]);
  });

  it('containerd: sandbox annotations and a gzip rootfs-diff.tar', async () => {
    const m = await model('containerd-kitchen.tar.zst');
    expect(m.container).toMatchObject({
      engine: 'containerd',
      name: 'kitchen',
      podName: 'kitchen-pod',
      podNamespace: 'forensics',
    });
    expect(m.fsChanges.rootfsDiff?.entries.map((e) => e.path)).toContain('etc/motd');
    const a = await fixtureArchive('containerd-kitchen.tar.zst');
    const root = a.store(a.layout.containers[0]!.root);
    expect(
      new TextDecoder().decode(await readFsChangeFile(root, 'rootfs-diff.tar', 'etc/motd')),
    ).toBe('welcome\nchanged\n');
    expect(m.problems).toEqual([]);
  });

  it('a pod checkpoint gives one model per container', async () => {
    const models = await fixtureModels('pod-kitchen-web.tar.zst');
    expect(models.map((c) => c.model.container.name).sort()).toEqual(['kitchen', 'web']);
    const web = models.find((c) => c.model.container.name === 'web')!.model;
    expect(web.processes.find((p) => p.comm === 'httpd')?.cmdline).toEqual([
      'httpd',
      '-p',
      '8080',
      '-h',
      '/srv',
    ]);
    const doc = inspectDocument('pod.tar', models);
    expect((doc['containers'] as unknown[]).length).toBe(2);
  });

  it('bare images (no config.dump): host PIDs, threads, stats from the images directory', async () => {
    const m = await model('bare-images.tar.gz');
    expect(m.container.engine).toBe('bare CRIU');
    // No engine files to name it: it goes by its images folder, as `show` names it.
    expect(m.container.name).toBe('img');
    expect(m.processes.map((p) => p.pid)).toEqual([27091, 27094, 27099, 27095]);
    expect(m.processes[1]!.threads.map((t) => t.comm)).toEqual([
      'ks-worker',
      'ks-thread-a',
      'ks-thread-b',
      'ks-thread-c',
    ]);
    expect(m.processes[0]!.cmdline).toEqual(['./kitchen-sink', '--mode=bare']);
    expect(m.processes[0]!.environ).toContain('PATH=/bin:/usr/bin');
    expect(m.ghostFiles[0]?.content && new TextDecoder().decode(m.ghostFiles[0].content)).toContain(
      'ghost-content',
    );
    expect(m.criu.stats?.pagesWritten).toBe(6481n);
    expect(m.fsChanges).toEqual({ deletedFiles: [] });
    expect(m.problems).toEqual([]);
  });

  it('many processes: the whole tree', async () => {
    const m = await model('many.tar.zst');
    expect(m.processes).toHaveLength(69);
    expect(m.processes.filter((p) => p.comm === 'sleep')).toHaveLength(64);
    const shells = m.processes.filter((p) => p.comm === 'sh').map((p) => p.pid);
    expect(shells).toHaveLength(5);
    expect(
      m.processes.filter((p) => p.comm === 'sleep').every((p) => shells.includes(p.ppid)),
    ).toBe(true);
  });

  it('memhog: 256 MiB of dumped anonymous memory shows in the maps', async () => {
    const m = await model('memhog-256m.tar.zst');
    const big = m.processes[0]!.maps.reduce((a, v) => Math.max(a, v.pagesInImage), 0);
    expect(big).toBeGreaterThanOrEqual(65536);
    expect(m.processes[0]!.cmdline).toEqual(['/bin/memhog', '256', 'pattern']);
  });
});

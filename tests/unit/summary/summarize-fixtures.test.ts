import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { openArchive } from '../../../src/lib/archive/open-archive.ts';
import { summarize } from '../../../src/lib/summary/summarize.ts';
import type { ContainerSummary } from '../../../src/lib/summary/types.ts';
import { fixtureBlob, fixturePath } from '../archive/helpers.ts';

const KITCHEN_ID = '9a24dbbe2c2b0f2fccdd9c1ba77baa8ba40bd9d9d3e52ffe5ae663d6627cf1c6';
const WEB_ID = 'aec25c08c18d9210e06587f48fbfbc85595a6b13d872c38d4250380996571510';
const KITCHEN_CREATED = '2026-11-28T11:52:59.106509253Z';

// Sizes are facts of the fixtures, from `tar tvf` (sums of checkpoint/ files and pages-*).
const kitchen: Partial<ContainerSummary> = {
  name: 'kitchen',
  image: 'localhost/ckdemo:1',
  id: KITCHEN_ID,
  runtime: 'runc',
  created: KITCHEN_CREATED,
  checkpointSize: 26_646_715,
  memoryPagesSize: 26_583_040,
  imageCount: 57,
};

const EXPECTED: Record<string, { engine: string; containers: Partial<ContainerSummary>[] }> = {
  'kitchen.tar.zst': {
    engine: 'podman',
    containers: [{ ...kitchen, engine: 'podman', rootFsDiffSize: 4608 }],
  },
  'kitchen.tar.gz': {
    engine: 'podman',
    containers: [{ name: 'kitchen', engine: 'podman', id: KITCHEN_ID }],
  },
  'web.tar.zst': {
    engine: 'podman',
    containers: [
      {
        name: 'web',
        id: WEB_ID,
        checkpointSize: 250_466,
        memoryPagesSize: 204_800,
        rootFsDiffSize: 2048,
      },
    ],
  },
  'many.tar.zst': {
    engine: 'podman',
    containers: [{ name: 'many', checkpointSize: 5_325_305, memoryPagesSize: 4_485_120 }],
  },
  'memhog-256m.tar.zst': {
    engine: 'podman',
    containers: [{ name: 'memhog', checkpointSize: 268_527_462, memoryPagesSize: 268_500_992 }],
  },
  'crio-kitchen.tar.zst': {
    engine: 'cri-o',
    containers: [
      {
        ...kitchen,
        engine: 'cri-o',
        pod: 'kitchen-pod',
        namespace: 'forensics',
        ip: '10.244.0.17',
        checkpointed: '2026-11-28T11:53:02Z',
        criuVersion: '4.2',
        rootFsDiffSize: 4608,
      },
    ],
  },
  'containerd-kitchen.tar.zst': {
    engine: 'containerd',
    containers: [
      {
        ...kitchen,
        engine: 'containerd',
        pod: 'kitchen-pod',
        namespace: 'forensics',
        rootFsDiffSize: 205,
      },
    ],
  },
  'pod-kitchen-web.tar.zst': {
    engine: 'podman',
    containers: [
      { name: 'kitchen', id: KITCHEN_ID, pod: 'kitchen-pod', namespace: 'forensics' },
      { name: 'web', id: WEB_ID, pod: 'kitchen-pod', namespace: 'forensics' },
    ],
  },
  'bare-images.tar.gz': {
    engine: 'bare-criu',
    containers: [
      {
        engine: 'bare-criu',
        name: 'img',
        imagesDir: 'img/',
        checkpointSize: 26_634_491,
        memoryPagesSize: 26_615_808,
      },
    ],
  },
};

describe('summarize on every fixture', () => {
  for (const [name, e] of Object.entries(EXPECTED)) {
    it(name, async () => {
      const archive = await openArchive(await fixtureBlob(name), { name });
      const summary = await summarize(archive);
      expect(summary.problems).toEqual([]);
      expect(summary.engine).toBe(e.engine);
      expect(summary.containers).toHaveLength(e.containers.length);
      e.containers.forEach((want, i) => expect(summary.containers[i]).toMatchObject(want));
      expect(summary.members.length).toBe(archive.members.length);
      expect(summary.inputSize).toBe(fs.statSync(fixturePath(name)).size);
      // Every container has dump statistics (stats-dump is in every fixture).
      for (const c of summary.containers)
        expect(typeof c.stats?.dump?.pages_written).toBe('bigint');
      await archive.dispose();
    });
  }

  it('stats-dump decodes to what crit printed', async () => {
    const expected = JSON.parse(
      fs.readFileSync(fixturePath('expected/bare-images.tar.gz/stats-dump.json'), 'utf8'),
    ) as { entries: { dump: Record<string, number> }[] };
    const summary = await summarize(await openArchive(await fixtureBlob('bare-images.tar.gz')));
    const dump = summary.containers[0].stats?.dump ?? {};
    const asNumbers = Object.fromEntries(Object.entries(dump).map(([k, v]) => [k, Number(v)]));
    expect(asNumbers).toEqual(expected.entries[0].dump);
  });

  it('Podman details: command, deleted files, an empty network.status', async () => {
    const summary = await summarize(await openArchive(await fixtureBlob('kitchen.tar.zst')));
    const c = summary.containers[0];
    expect(c.command).toEqual(['/bin/kitchen-sink', '--mode=demo', '--token=argv-canary-19c2']);
    expect(c.deletedFiles).toEqual(['/srv/index.html']);
    expect(c.network).toEqual([]); // network.status holds `null` (no network)
    expect(summary.compression).toBe('zstd');
    expect(summary.layoutKind).toBe('container');
  });

  it('pod checkpoints name the pod from pod.options', async () => {
    const summary = await summarize(
      await openArchive(await fixtureBlob('pod-kitchen-web.tar.zst')),
    );
    expect(summary.layoutKind).toBe('pod');
    expect(summary.pod).toEqual({ name: 'kitchen-pod', namespace: 'forensics' });
  });
});

import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BlobSource, sequentialStream } from '../../../src/lib/archive/byte-source.ts';
import { decompress } from '../../../src/lib/archive/decompress.ts';
import { openArchive } from '../../../src/lib/archive/open-archive.ts';
import type { Archive, Engine, FolderFile } from '../../../src/lib/archive/types.ts';
import { fixtureBlob } from './helpers.ts';

interface Expect {
  compression: 'gzip' | 'zstd';
  engine: Engine;
  kind: 'container' | 'pod' | 'bare';
  roots: string[];
  dirs: string[];
  images: number[];
}

const KITCHEN = 'checkpoint/';
const FIXTURES: Record<string, Expect> = {
  'kitchen.tar.zst': {
    compression: 'zstd',
    engine: 'podman',
    kind: 'container',
    roots: [''],
    dirs: [KITCHEN],
    images: [58],
  },
  'kitchen.tar.gz': {
    compression: 'gzip',
    engine: 'podman',
    kind: 'container',
    roots: [''],
    dirs: [KITCHEN],
    images: [58],
  },
  'web.tar.zst': {
    compression: 'zstd',
    engine: 'podman',
    kind: 'container',
    roots: [''],
    dirs: [KITCHEN],
    images: [36],
  },
  'many.tar.zst': {
    compression: 'zstd',
    engine: 'podman',
    kind: 'container',
    roots: [''],
    dirs: [KITCHEN],
    images: [498],
  },
  'memhog-256m.tar.zst': {
    compression: 'zstd',
    engine: 'podman',
    kind: 'container',
    roots: [''],
    dirs: [KITCHEN],
    images: [22],
  },
  'crio-kitchen.tar.zst': {
    compression: 'zstd',
    engine: 'cri-o',
    kind: 'container',
    roots: [''],
    dirs: [KITCHEN],
    images: [58],
  },
  'containerd-kitchen.tar.zst': {
    compression: 'zstd',
    engine: 'containerd',
    kind: 'container',
    roots: [''],
    dirs: [KITCHEN],
    images: [58],
  },
  'pod-kitchen-web.tar.zst': {
    compression: 'zstd',
    engine: 'podman',
    kind: 'pod',
    roots: [
      '9a24dbbe2c2b0f2fccdd9c1ba77baa8ba40bd9d9d3e52ffe5ae663d6627cf1c6-kitchen/',
      'aec25c08c18d9210e06587f48fbfbc85595a6b13d872c38d4250380996571510-web/',
    ],
    dirs: [
      '9a24dbbe2c2b0f2fccdd9c1ba77baa8ba40bd9d9d3e52ffe5ae663d6627cf1c6-kitchen/checkpoint/',
      'aec25c08c18d9210e06587f48fbfbc85595a6b13d872c38d4250380996571510-web/checkpoint/',
    ],
    images: [58, 36],
  },
  'bare-images.tar.gz': {
    compression: 'gzip',
    engine: 'bare-criu',
    kind: 'bare',
    roots: ['img/'],
    dirs: ['img/'],
    images: [50],
  },
};

function checkLayout(archive: Archive, e: Omit<Expect, 'compression'>) {
  expect(archive.problems).toEqual([]);
  expect(archive.layout.engine).toBe(e.engine);
  expect(archive.layout.kind).toBe(e.kind);
  expect(archive.layout.containers.map((c) => c.root)).toEqual(e.roots);
  expect(archive.layout.containers.map((c) => c.checkpointDir)).toEqual(e.dirs);
  expect(archive.layout.containers.map((c) => c.images.list().length)).toEqual(e.images);
  for (const c of archive.layout.containers) {
    expect(c.engine).toBe(e.engine);
    expect(c.images.has('inventory.img')).toBe(true);
    expect(c.images.has('pstree.img')).toBe(true);
  }
}

describe('layout of every real fixture', () => {
  for (const [name, e] of Object.entries(FIXTURES)) {
    it(name, async () => {
      const archive = await openArchive(await fixtureBlob(name), { name });
      expect(archive.compression).toBe(e.compression);
      checkLayout(archive, e);
      const c = archive.layout.containers[0];
      if (e.engine !== 'bare-criu') {
        expect(c.files['config.dump']).toBe(`${c.root}config.dump`);
        expect(c.files['spec.dump']).toBe(`${c.root}spec.dump`);
      }
      // Every image reads back in full and at an offset.
      const inventory = await c.images.read('inventory.img');
      expect(new DataView(inventory.buffer, inventory.byteOffset).getUint32(0, true)).toBe(
        0x58313116,
      );
      const tail = await c.images.readRange('inventory.img', inventory.length - 4, 100);
      expect(tail).toEqual(inventory.subarray(inventory.length - 4));
      await archive.dispose();
    });
  }

  it('engine-specific root files', async () => {
    const crio = await openArchive(await fixtureBlob('crio-kitchen.tar.zst'));
    expect(Object.keys(crio.layout.containers[0].files).sort()).toEqual([
      'bind.mounts',
      'config.dump',
      'deleted.files',
      'dump.log',
      'io.kubernetes.cri-o.LogPath',
      'rootfs-diff.tar',
      'spec.dump',
      'stats-dump',
    ]);
    const containerd = await openArchive(await fixtureBlob('containerd-kitchen.tar.zst'));
    const files = containerd.layout.containers[0].files;
    expect(files.status).toBe('status');
    expect(files['status.dump']).toBe('status.dump');
    // containerd's rootfs-diff.tar is gzip despite its name.
    const diff = await containerd.read(files['rootfs-diff.tar']!);
    expect([diff[0], diff[1]]).toEqual([0x1f, 0x8b]);
    const pod = await openArchive(await fixtureBlob('pod-kitchen-web.tar.zst'));
    expect(pod.layout.podOptions).toBe('pod.options');
  });
});

describe('other input forms of the same checkpoints', () => {
  it('an uncompressed tar (as CRI-O and containerd write) read through a temp file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-archive-'));
    try {
      const tarPath = path.join(dir, 'kitchen.tar');
      const input = sequentialStream(new BlobSource(await fixtureBlob('crio-kitchen.tar.zst')));
      const out = fs.createWriteStream(tarPath);
      const reader = decompress('zstd', input).getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        out.write(value);
      }
      await new Promise<void>((resolve) => out.end(resolve));
      const archive = await openArchive(await fs.openAsBlob(tarPath), { name: 'kitchen.tar' });
      expect(archive.inputKind).toBe('tar');
      expect(archive.compression).toBe('none');
      expect(archive.largeMemberStorage).toBe('input');
      checkLayout(archive, {
        engine: 'cri-o',
        kind: 'container',
        roots: [''],
        dirs: [KITCHEN],
        images: [58],
      });
      // Same bytes as the one-pass zstd path.
      const zst = await openArchive(await fixtureBlob('crio-kitchen.tar.zst'));
      for (const name of ['pages-3.img', 'pstree.img', 'core-1.img']) {
        const a = await archive.layout.containers[0].images.read(name);
        const b = await zst.layout.containers[0].images.read(name);
        expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a dropped folder of *.img files opens as a bare images archive', async () => {
    const tarArchive = await openArchive(await fixtureBlob('bare-images.tar.gz'));
    const files: FolderFile[] = [];
    for (const m of tarArchive.members) {
      if (m.type === 'file')
        files.push({ path: m.path, blob: new Blob([(await tarArchive.read(m.path)).slice()]) });
    }
    const folder = await openArchive(files, { name: 'img' });
    expect(folder.inputKind).toBe('folder');
    checkLayout(folder, {
      engine: 'bare-criu',
      kind: 'bare',
      roots: ['img/'],
      dirs: ['img/'],
      images: [50],
    });
    const a = await folder.layout.containers[0].images.read('pstree.img');
    const b = await tarArchive.layout.containers[0].images.read('pstree.img');
    expect(a).toEqual(b);
  });

  it('memhog: 256 MiB of pages go to the large-member sink and read back by offset', async () => {
    const archive = await openArchive(await fixtureBlob('memhog-256m.tar.zst'));
    expect(archive.problems).toEqual([]);
    const images = archive.layout.containers[0].images;
    const pages = images.list().filter((m) => m.name.startsWith('pages-'));
    const biggest = pages.reduce((a, b) => (b.size > a.size ? b : a));
    expect(biggest.size).toBeGreaterThan(256 * 1024 * 1024);
    // The needle sits at offset 64 of every 16 MiB block of the process's buffer; find one
    // by scanning the first 17 MiB of the pages file (page-aligned blocks, order preserved).
    const needle = Buffer.from('MEMHOG-NEEDLE-');
    let found = -1;
    for (let off = 0; off < 17 * 1024 * 1024 && found < 0; off += 1024 * 1024) {
      const chunk = Buffer.from(await images.readRange(biggest.name, off, 1024 * 1024 + 64));
      const at = chunk.indexOf(needle);
      if (at >= 0) found = off + at;
    }
    expect(found).toBeGreaterThanOrEqual(0);
    const again = await images.readRange(biggest.name, found, needle.length);
    expect(Buffer.from(again).equals(needle)).toBe(true);
    await archive.dispose();
  });
});

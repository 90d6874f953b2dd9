import { describe, expect, it } from 'vitest';
import { openArchive } from '../../../src/lib/archive/open-archive.ts';
import { openNestedArchive } from '../../../src/lib/archive/nested.ts';
import { fixtureBlob } from './helpers.ts';

describe('nested tars', () => {
  it("Podman's rootfs-diff.tar is an uncompressed tar inside the archive", async () => {
    const archive = await openArchive(await fixtureBlob('kitchen.tar.zst'));
    const diff = await openNestedArchive(archive, 'rootfs-diff.tar');
    expect(diff?.compression).toBe('none');
    expect(diff?.problems).toEqual([]);
    expect(diff?.members.length).toBeGreaterThan(0);
    // The nested tar has no CRIU images of its own.
    expect(diff?.layout.kind).toBe('none');
  });

  it("containerd's rootfs-diff.tar is gzip despite its name, with the same files", async () => {
    const podman = await openArchive(await fixtureBlob('kitchen.tar.zst'));
    const containerd = await openArchive(await fixtureBlob('containerd-kitchen.tar.zst'));
    const a = await openNestedArchive(podman, 'rootfs-diff.tar');
    const b = await openNestedArchive(containerd, 'rootfs-diff.tar');
    expect(b?.compression).toBe('gzip');
    expect(b?.members.map((m) => [m.path, m.size])).toEqual(
      a?.members.map((m) => [m.path, m.size]),
    );
  });

  it('devshm-checkpoint.tar opens too, and a missing member gives undefined', async () => {
    const archive = await openArchive(await fixtureBlob('web.tar.zst'));
    const shm = await openNestedArchive(archive, 'devshm-checkpoint.tar');
    expect(shm?.inputKind).toBe('tar');
    expect(await openNestedArchive(archive, 'no-such.tar')).toBeUndefined();
  });
});

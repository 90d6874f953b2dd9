/**
 * Objects no fixture holds — SysV IPC, a sparse ghost file, inotify watches, a TTY with
 * pending input, file locks — added to the kitchen images with the project's own CRIU
 * encoder (crit JSON in, image bytes out), then read back through the whole model.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { MapMemberStore } from '../../../src/lib/archive/member-store.ts';
import { decodeImage } from '../../../src/lib/criu/decode-image.ts';
import { encodeImage } from '../../../src/lib/criu/encode-image.ts';
import type { Entry } from '../../../src/lib/criu/types.ts';
import { buildModel } from '../../../src/lib/model/build.ts';
import type { CheckpointModel } from '../../../src/lib/model/types.ts';
import { fixtureArchive, text } from './fixtures.ts';

const desc = (key: number, id: number, mode: number) => ({
  key,
  uid: 0,
  gid: 0,
  cuid: 0,
  cgid: 0,
  mode,
  id,
});
const fown = { uid: 0, euid: 0, signum: 0, pid_type: 0, pid: 0 };
const image = (magic: string, entries: unknown[]) =>
  encodeImage(JSON.stringify({ magic, entries }));

/** Decode an image of the fixture, change its entries, encode it again. */
function edit(bytes: Uint8Array, name: string, change: (entries: Entry[]) => void): Uint8Array {
  const d = decodeImage(bytes, name);
  change(d.entries);
  return encodeImage(d);
}

let model: CheckpointModel;

beforeAll(async () => {
  const c = (await fixtureArchive('kitchen.tar.zst')).layout.containers[0]!;
  const files = new Map<string, Uint8Array>();
  for (const m of c.images.list()) files.set(m.name, await c.images.read(m.name));
  files.set(
    'files.img',
    edit(files.get('files.img')!, 'files.img', (e) => {
      e.push({
        type: 8,
        id: 100,
        ify: {
          id: 100,
          flags: 0,
          fown,
          wd: [
            {
              id: 100,
              i_ino: 4242n,
              mask: 0x300,
              ignored_mask: 0,
              s_dev: 0x800001,
              wd: 1,
              f_handle: { bytes: 8, type: 1, handle: [1n, 2n] },
            },
            {
              id: 100,
              i_ino: 77n,
              mask: 0x2,
              ignored_mask: 0,
              s_dev: 0x800001,
              wd: 2,
              f_handle: { bytes: 8, type: 1, handle: [3n, 4n], path: '/etc/hosts' },
            },
          ],
        },
      });
      e.push({ type: 11, id: 101, tty: { id: 101, tty_info_id: 7, flags: 2, fown } });
    }),
  );
  files.set(
    'fdinfo-2.img',
    edit(files.get('fdinfo-2.img')!, 'fdinfo-2.img', (e) => {
      e.push({ id: 100, flags: 0, type: 8, fd: 50 }, { id: 101, flags: 1, type: 11, fd: 51 });
    }),
  );
  files.set(
    'irmap-cache.img',
    image('IRMAP_CACHE', [{ dev: 2049, inode: 4242, path: '/watched/dir' }]),
  );
  files.set(
    'tty-info.img',
    image('TTY_INFO', [
      {
        id: 7,
        type: 'PTY',
        locked: false,
        exclusive: false,
        packet_mode: false,
        sid: 1,
        pgrp: 1,
        rdev: 34816,
        pty: { index: 0 },
      },
    ]),
  );
  files.set('tty-data.img', image('TTY_DATA', [{ tty_id: 7, data: btoa('ls -l\n') }]));
  files.set(
    'filelocks.img',
    image('FILE_LOCKS', [{ flag: 1, type: 1, pid: 1, fd: 7, start: 0, len: 0 }]),
  );
  files.set(
    'ipcns-msg-11.img',
    image('IPCNS_MSG', [
      {
        desc: desc(1234, 0, 0o666),
        qbytes: 16384,
        qnum: 1,
        extra: [{ mtype: 7, msize: 5 }, btoa('hello')],
      },
    ]),
  );
  files.set(
    'ipcns-sem-11.img',
    image('IPCNS_SEM', [{ desc: desc(99, 1, 0o600), nsems: 3, extra: [1, 2, 3] }]),
  );
  files.set(
    'ipcns-shm-11.img',
    image('IPCNS_SHM', [{ desc: desc(5, 2, 0o600), size: 6, extra: btoa('shm-hi') }]),
  );
  files.set(
    'ghost-file-1.img',
    image('GHOST_FILE', [
      { uid: 0, gid: 0, mode: 0o100600, dev: 40, ino: 5, size: 12, chunks: true },
      { len: 3, off: 0, extra: btoa('abc') },
      { len: 2, off: 10, extra: btoa('yz') },
    ]),
  );
  model = await buildModel({ images: new MapMemberStore(files) });
});

describe('objects added with the encoder', () => {
  it('reads the images back without problems', () => {
    expect(model.problems).toEqual([]);
  });

  it('inotify watches with paths from the file handle or the irmap cache', () => {
    const f = model.files.find((x) => x.id === 100)!;
    expect(f.kind).toBe('inotify');
    if (f.kind !== 'inotify') return;
    expect(f.watches.map((w) => [w.wd, w.path, w.mask])).toEqual([
      [1, '/watched/dir', ['IN_CREATE', 'IN_DELETE']],
      [2, '/etc/hosts', ['IN_MODIFY']],
    ]);
    expect(model.processes[0]!.fds.find((x) => x.fd === 50)?.description).toBe(
      'inotify watching /watched/dir (IN_CREATE|IN_DELETE), /etc/hosts (IN_MODIFY)',
    );
  });

  it('a TTY with its type, index and pending input', () => {
    const f = model.files.find((x) => x.id === 101)!;
    expect(f).toMatchObject({ kind: 'tty', ttyType: 'PTY', index: 0, rdev: 34816 });
    if (f.kind === 'tty') expect(text(f.buffered)).toBe('ls -l\n');
    expect(model.processes[0]!.fds.find((x) => x.fd === 51)).toMatchObject({ cloexec: true });
  });

  it('SysV message queues, semaphores and shared memory', () => {
    const ipc = model.ipc.find((x) => x.namespaceId === 11)!;
    expect(ipc.messageQueues).toEqual([expect.objectContaining({ key: 1234, mode: 0o666 })]);
    expect(ipc.messageQueues[0]!.messages.map((m) => [m.type, text(m.data)])).toEqual([
      [7n, 'hello'],
    ]);
    expect(ipc.semaphores).toEqual([
      expect.objectContaining({ key: 99, id: 1, values: [1, 2, 3] }),
    ]);
    expect(ipc.sharedMemory[0]).toMatchObject({ key: 5, id: 2, size: 6n });
    expect(text(ipc.sharedMemory[0]!.content)).toBe('shm-hi');
  });

  it('a sparse ghost file assembled from its chunks', () => {
    const g = model.ghostFiles[0]!;
    expect(g.size).toBe(12n);
    expect(Array.from(g.content!)).toEqual([97, 98, 99, 0, 0, 0, 0, 0, 0, 0, 121, 122]);
  });

  it('file locks with the locked file', () => {
    expect(model.fileLocks).toEqual([
      {
        kind: 'POSIX',
        type: 'F_WRLCK',
        pid: 1,
        fd: 7,
        start: 0n,
        length: 0n,
        range: 'whole file',
        path: '/etc/passwd',
      },
    ]);
  });
});

/**
 * CRIU < 3.4 images: no files.img, one image per file type. The kitchen's files.img is split
 * into those images with the project's encoder; the model and `crit x fds` must read the same.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { critExplore } from '../../../src/lib/analyses/crit-x.ts';
import { MapMemberStore } from '../../../src/lib/archive/member-store.ts';
import { decodeImage } from '../../../src/lib/criu/decode-image.ts';
import { encodeImage } from '../../../src/lib/criu/encode-image.ts';
import type { Entry } from '../../../src/lib/criu/types.ts';
import { buildModel } from '../../../src/lib/model/build.ts';
import type { CheckpointModel } from '../../../src/lib/model/types.ts';
import { expectedText, fixtureArchive } from './fixtures.ts';

/** fd type number → [image, magic, files.img field]. */
const LEGACY: Record<number, [string, string, string]> = {
  1: ['reg-files.img', 'REG_FILES', 'reg'],
  2: ['pipes.img', 'PIPES', 'pipe'],
  3: ['fifo.img', 'FIFO', 'fifo'],
  4: ['inetsk.img', 'INETSK', 'isk'],
  5: ['unixsk.img', 'UNIXSK', 'usk'],
  6: ['eventfd.img', 'EVENTFD_FILE', 'efd'],
  7: ['eventpoll.img', 'EVENTPOLL_FILE', 'epfd'],
  9: ['signalfd.img', 'SIGNALFD', 'sgfd'],
  17: ['timerfd.img', 'TIMERFD', 'tfd'],
};

let legacy: MapMemberStore;
let current: CheckpointModel;
let old: CheckpointModel;

beforeAll(async () => {
  const c = (await fixtureArchive('kitchen.tar.zst')).layout.containers[0]!;
  const files = new Map<string, Uint8Array>();
  for (const m of c.images.list()) files.set(m.name, await c.images.read(m.name));
  const split = new Map<string, { magic: string; entries: Entry[] }>();
  const tfds: Entry[] = [];
  for (const e of decodeImage(files.get('files.img')!, 'files.img').entries) {
    const spec = LEGACY[e['type'] as number];
    if (!spec) continue; // memfds came after files.img; they have no legacy image
    const [image, magic, field] = spec;
    const sub = { ...(e[field] as Entry) };
    if (field === 'epfd') {
      // Old images keep epoll targets in eventpoll-tfd.img, keyed by the epoll file's id.
      for (const t of (sub['tfd'] as Entry[]) ?? []) tfds.push({ ...t, id: sub['id'] });
      delete sub['tfd'];
    }
    const img = split.get(image) ?? { magic, entries: [] };
    img.entries.push(sub);
    split.set(image, img);
  }
  split.set('eventpoll-tfd.img', { magic: 'EVENTPOLL_TFD', entries: tfds });
  files.delete('files.img');
  for (const [name, img] of split) files.set(name, encodeImage({ ...img, problems: [] }));
  legacy = new MapMemberStore(files);
  old = await buildModel({ images: legacy });
  current = await buildModel({ images: c.images });
});

describe('images without files.img (CRIU < 3.4)', () => {
  it('resolves the same fds', () => {
    const fds = (m: CheckpointModel) =>
      m.processes[0]!.fds.filter((f) => f.type !== 'MEMFD').map((f) => [f.fd, f.description]);
    expect(fds(old)).toEqual(fds(current));
    expect(old.problems).toEqual([]);
  });

  it('keeps sockets, pipes, ghost files and epoll targets', () => {
    expect(old.sockets.map((s) => s.description)).toEqual(
      current.sockets.map((s) => s.description),
    );
    expect(old.pipes).toEqual(current.pipes);
    expect(old.ghostFiles).toEqual(current.ghostFiles);
    const ep = old.files.find((f) => f.kind === 'epoll');
    expect(ep?.kind === 'epoll' && ep.targets.map((t) => t.target)).toEqual(['eventfd counter=5']);
  });

  it('crit x fds falls back to the per-type images like crit', async () => {
    const r = await critExplore(legacy, undefined, 'fds');
    expect(r.text).toBe(expectedText('kitchen.tar.zst', 'x-fds.txt'));
  });
});

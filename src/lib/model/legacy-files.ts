/**
 * Images from CRIU before 3.4 (2017) have no files.img: each file type has its own image
 * (reg-files.img, pipes.img, inetsk.img, …), and epoll targets, inotify watches and fanotify
 * marks sit in companion images keyed by the owning file's id. This turns them into the
 * files.img entry shape `{type, id, <field>: entry}` so the rest of the model reads one form.
 */
import { num, type Entry } from './entry.ts';
import type { ImageSet } from '../criu/image-cache.ts';
import { FD_TYPES, FILE_ENTRY_FIELD } from './names/fd-types.ts';

/** Per-type image → fd type name. */
const LEGACY_IMAGES: readonly (readonly [image: string, type: string])[] = [
  ['reg-files.img', 'REG'],
  ['pipes.img', 'PIPE'],
  ['fifo.img', 'FIFO'],
  ['inetsk.img', 'INETSK'],
  ['unixsk.img', 'UNIXSK'],
  ['packetsk.img', 'PACKETSK'],
  ['netlinksk.img', 'NETLINKSK'],
  ['eventfd.img', 'EVENTFD'],
  ['eventpoll.img', 'EVENTPOLL'],
  ['signalfd.img', 'SIGNALFD'],
  ['timerfd.img', 'TIMERFD'],
  ['inotify.img', 'INOTIFY'],
  ['fanotify.img', 'FANOTIFY'],
  ['tty.img', 'TTY'],
  ['tunfile.img', 'TUNF'],
  ['ext-files.img', 'EXT'],
  ['ns-files.img', 'NS'],
  ['bpfmap-file.img', 'BPFMAP'],
];

/** Companion images: their entries' `id` is the owning file; they become a repeated field. */
const COMPANIONS: readonly (readonly [image: string, type: string, field: string])[] = [
  ['eventpoll-tfd.img', 'EVENTPOLL', 'tfd'],
  ['inotify-wd.img', 'INOTIFY', 'wd'],
  ['fanotify-mark.img', 'FANOTIFY', 'mark'],
];

const TYPE_NUMBERS = new Map(Object.entries(FD_TYPES).map(([n, name]) => [name, Number(n)]));

export function hasLegacyFiles(images: ImageSet): boolean {
  return LEGACY_IMAGES.some(([image]) => images.has(image));
}

export async function legacyFileEntries(images: ImageSet): Promise<Entry[]> {
  const out: Entry[] = [];
  const byKey = new Map<string, Entry>();
  for (const [image, type] of LEGACY_IMAGES) {
    const field = FILE_ENTRY_FIELD[type]!;
    for (const e of (await images.load(image)) ?? []) {
      const id = num(e, 'id');
      if (id === undefined) continue;
      const sub: Entry = { ...e };
      const entry: Entry = { type: TYPE_NUMBERS.get(type), id, [field]: sub };
      out.push(entry);
      byKey.set(`${type}:${id}`, sub);
    }
  }
  for (const [image, type, field] of COMPANIONS) {
    for (const e of (await images.load(image)) ?? []) {
      const owner = byKey.get(`${type}:${num(e, 'id')}`);
      if (!owner) continue;
      const list = Array.isArray(owner[field]) ? (owner[field] as unknown[]) : [];
      owner[field] = [...list, e];
    }
  }
  return out;
}

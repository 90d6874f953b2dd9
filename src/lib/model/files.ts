/**
 * Every files.img object resolved into something a person reads: regular files (with
 * deleted-but-open detection through remap-fpath and ghost files), pipes and FIFOs, sockets,
 * eventfd/timerfd/signalfd/epoll/inotify/fanotify, memfds and TTYs. Holders (which process
 * has which fd) are filled in by fds.ts.
 */
import { big, entries, num, obj, str, type Entry } from './entry.ts';
import type { ImageSet } from '../criu/image-cache.ts';
import { enumName } from './names/bits.ts';
import { FILE_ENTRY_FIELD, fdTypeName } from './names/fd-types.ts';
import {
  CLOCKS,
  REMAP_TYPES,
  epollEventNames,
  fanotifyMaskNames,
  inotifyMaskNames,
} from './names/misc.ts';
import { accessMode, modeString, openFlagNames } from './names/open-flags.ts';
import { signalSet } from './names/signals.ts';
import { attachGhosts } from './ghosts.ts';
import { hasLegacyFiles, legacyFileEntries } from './legacy-files.ts';
import { attachMemfds } from './memfds.ts';
import type { CheckpointMemory } from '../memory/checkpoint-memory.ts';
import { buildPipes } from './pipes.ts';
import { attachSocketData, socketFromFile } from './sockets.ts';
import { attachTtys } from './ttys.ts';
import { attachWatchPaths } from './watches.ts';
import type {
  FileObject,
  GhostFile,
  MemfdInfo,
  PipeInfo,
  RegularFile,
  SocketInfo,
} from './types.ts';

export interface FileTable {
  files: FileObject[];
  byId: Map<number, FileObject>;
  sockets: SocketInfo[];
  pipes: PipeInfo[];
  ghostFiles: GhostFile[];
  memfds: MemfdInfo[];
}

interface Remap {
  type: string;
  remapId: number;
}

/** remap-fpath.img: legacy images mark ghosts with bit 31 of remap_id instead of a type. */
async function loadRemaps(images: ImageSet): Promise<Map<number, Remap>> {
  const out = new Map<number, Remap>();
  for (const e of (await images.load('remap-fpath.img')) ?? []) {
    const orig = num(e, 'orig_id');
    let remapId = num(e, 'remap_id') ?? 0;
    let type: string;
    const t = e['remap_type'];
    if (t === undefined) {
      type = remapId & 0x80000000 ? 'GHOST' : 'LINKED';
      remapId = (remapId & 0x7fffffff) >>> 0;
    } else type = typeof t === 'string' ? t : enumName(Number(t), REMAP_TYPES);
    if (orig !== undefined) out.set(orig, { type, remapId });
  }
  return out;
}

function base(
  id: number,
  type: string,
  flags: number | undefined,
): {
  id: number;
  type: string;
  description: string;
  holders: [];
  flags: string[];
  flagsRaw?: number;
} {
  return { id, type, description: '', holders: [], flags: openFlagNames(flags), flagsRaw: flags };
}

function secs(sec: bigint | undefined, nsec: bigint | undefined): string {
  const s = Number(sec ?? 0n) + Number(nsec ?? 0n) / 1e9;
  return `${s}s`;
}

function resolveOne(
  type: string,
  id: number,
  e: Entry | undefined,
  remaps: Map<number, Remap>,
): FileObject {
  const flags = num(e, 'flags');
  const b = base(id, type, flags);
  switch (type) {
    case 'REG': {
      const path = str(e, 'name') ?? 'unknown path';
      const remap = remaps.get(id);
      const f: RegularFile = {
        ...b,
        kind: 'regular',
        path,
        pos: big(e, 'pos'),
        size: big(e, 'size'),
        mode: num(e, 'mode'),
        modeString: modeString(num(e, 'mode')),
        mntId: num(e, 'mnt_id'),
        deleted: remap !== undefined && remap.type !== 'PROCFS',
        remap: remap && { ...remap, ghostId: remap.type === 'GHOST' ? remap.remapId : undefined },
      };
      f.description = f.deleted ? `${path} (deleted)` : path;
      return f;
    }
    case 'PIPE':
    case 'FIFO': {
      const pipeId = num(e, 'pipe_id') ?? 0;
      const end = accessMode(flags);
      const kind = type === 'PIPE' ? 'pipe' : 'fifo';
      return { ...b, kind, pipeId, end, description: `${kind}[${pipeId}]` };
    }
    case 'EVENTFD': {
      const counter = big(e, 'counter') ?? 0n;
      return { ...b, kind: 'eventfd', counter, description: `eventfd counter=${counter}` };
    }
    case 'TIMERFD': {
      const clock = enumName(num(e, 'clockid'), CLOCKS);
      const value = { sec: big(e, 'vsec') ?? 0n, nsec: big(e, 'vnsec') ?? 0n };
      const interval = { sec: big(e, 'isec') ?? 0n, nsec: big(e, 'insec') ?? 0n };
      return {
        ...b,
        kind: 'timerfd',
        clock,
        ticks: big(e, 'ticks') ?? 0n,
        settimeFlags: num(e, 'settime_flags') ?? 0,
        value,
        interval,
        description: `timerfd ${clock} next in ${secs(value.sec, value.nsec)}, interval ${secs(interval.sec, interval.nsec)}`,
      };
    }
    case 'SIGNALFD': {
      const mask = big(e, 'sigmask') ?? 0n;
      const signals = signalSet(mask);
      return {
        ...b,
        kind: 'signalfd',
        mask,
        signals,
        description: `signalfd [${signals.join(' ')}]`,
      };
    }
    case 'EVENTPOLL': {
      const targets = entries(e, 'tfd').map((t) => ({
        fd: num(t, 'tfd') ?? -1,
        events: epollEventNames(num(t, 'events')),
        data: big(t, 'data') ?? 0n,
      }));
      return {
        ...b,
        kind: 'epoll',
        targets,
        description: `epoll watching fd ${targets.map((t) => t.fd).join(', ') || 'none'}`,
      };
    }
    case 'INOTIFY': {
      const watches = entries(e, 'wd').map((w) => ({
        wd: num(w, 'wd'),
        // CRIU records the watched path in the file handle when it could resolve it.
        path: str(obj(w, 'f_handle'), 'path'),
        mask: inotifyMaskNames(num(w, 'mask')),
        ignoredMask: inotifyMaskNames(num(w, 'ignored_mask')),
        inode: big(w, 'i_ino'),
        dev: num(w, 's_dev'),
      }));
      return { ...b, kind: 'inotify', watches, description: `inotify (${watches.length} watches)` };
    }
    case 'FANOTIFY': {
      const watches = entries(e, 'mark').map((m) => ({
        path: str(obj(m, 'me'), 'path') ?? str(obj(obj(m, 'ie'), 'f_handle'), 'path'),
        mask: fanotifyMaskNames(num(m, 'mask')),
        ignoredMask: fanotifyMaskNames(num(m, 'ignored_mask')),
        inode: big(obj(m, 'ie'), 'i_ino'),
        dev: num(m, 's_dev'),
      }));
      return { ...b, kind: 'fanotify', watches, description: `fanotify (${watches.length} marks)` };
    }
    case 'MEMFD':
      return {
        ...b,
        kind: 'memfd',
        name: '',
        inodeId: num(e, 'inode_id') ?? 0,
        pos: big(e, 'pos'),
        seals: [],
        description: 'memfd',
      };
    case 'TTY':
      return { ...b, kind: 'tty', description: 'tty', details: e };
    case 'INETSK':
    case 'UNIXSK':
    case 'PACKETSK':
    case 'NETLINKSK':
      return { ...b, kind: 'socket', socketId: id, description: type };
    default:
      return { ...b, kind: 'other', description: `${type}.${id}`, details: e };
  }
}

export async function buildFileTable(
  images: ImageSet,
  memory: CheckpointMemory,
): Promise<FileTable> {
  const remaps = await loadRemaps(images);
  // files.img since CRIU 3.4; older images keep one image per file type.
  const rawEntries =
    !images.has('files.img') && hasLegacyFiles(images)
      ? await legacyFileEntries(images)
      : ((await images.load('files.img', true)) ?? []);
  const files: FileObject[] = [];
  const sockets: SocketInfo[] = [];
  for (const fe of rawEntries) {
    const id = num(fe, 'id');
    if (id === undefined) continue;
    const type = fdTypeName(fe['type']);
    const sub = obj(fe, FILE_ENTRY_FIELD[type] ?? '');
    const f = resolveOne(type, id, sub, remaps);
    if (f.kind === 'fifo') f.regfId = num(sub, 'regf_id');
    files.push(f);
    const s = socketFromFile(type, id, fe);
    if (s) {
      sockets.push(s);
      if (f.kind === 'socket') f.description = s.description;
    }
  }
  const byId = new Map(files.map((f) => [f.id, f]));
  await attachSocketData(images, sockets);
  // Queue sizes were added to the socket descriptions; the socket files show them too.
  const socketById = new Map(sockets.map((s) => [s.id, s]));
  for (const f of files)
    if (f.kind === 'socket') f.description = socketById.get(f.id)?.description ?? f.description;
  const ghostFiles = await attachGhosts(images, files);
  const memfds = await attachMemfds(images, memory, files);
  const pipes = await buildPipes(images, files, byId);
  await attachTtys(images, files, byId);
  await attachWatchPaths(images, files);
  return { files, byId, sockets, pipes, ghostFiles, memfds };
}

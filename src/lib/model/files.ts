/**
 * Every files.img object resolved into something a person reads: regular files (with
 * deleted-but-open detection through remap-fpath and ghost files), pipes and FIFOs, sockets,
 * eventfd/timerfd/signalfd/epoll/inotify/fanotify, memfds and TTYs. Holders (which process
 * has which fd) are filled in by fds.ts.
 */
import { big, bool, bytes, entries, num, obj, str, type Entry } from './entry.ts';
import { extraBytes, isoTime } from './bytes.ts';
import type { ImageSet } from './images.ts';
import { enumName } from './names/bits.ts';
import { FILE_ENTRY_FIELD, fdTypeName } from './names/fd-types.ts';
import {
  CLOCKS,
  REMAP_TYPES,
  TTY_TYPES,
  epollEventNames,
  fanotifyMaskNames,
  inotifyMaskNames,
  sealNames,
} from './names/misc.ts';
import { accessMode, modeString, openFlagNames } from './names/open-flags.ts';
import { signalSet } from './names/signals.ts';
import type { PagemapMemory } from './pages.ts';
import { attachSocketData, socketFromFile } from './sockets.ts';
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
  /** files.img entries as decoded, by id (crit `x` needs the raw shapes). */
  raw: Map<number, Entry>;
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

/** Sparse ghost files are stored as `{len, off}` chunks; holes read as zeros. */
function assembleChunks(chunks: Entry[], size: bigint | undefined): Uint8Array | undefined {
  const parts = chunks
    .map((c) => ({ off: Number(big(c, 'off') ?? 0n), data: extraBytes(c['extra']) }))
    .filter((c): c is { off: number; data: Uint8Array } => c.data !== undefined);
  const end = parts.reduce((n, c) => Math.max(n, c.off + c.data.length), 0);
  const total =
    size !== undefined && size <= BigInt(MAX_GHOST_BYTES) ? Math.max(Number(size), end) : end;
  if (total > MAX_GHOST_BYTES) return undefined;
  const out = new Uint8Array(total);
  for (const c of parts) out.set(c.data, c.off);
  return out;
}

/** Larger sparse ghost files are left for a viewer to read chunk by chunk. */
const MAX_GHOST_BYTES = 256 << 20;

async function attachGhosts(images: ImageSet, files: FileObject[]): Promise<GhostFile[]> {
  const ghosts = new Map<number, GhostFile>();
  for (const f of files) {
    if (f.kind !== 'regular' || f.remap?.ghostId === undefined) continue;
    const gid = f.remap.ghostId;
    let g = ghosts.get(gid);
    if (!g) {
      g = { ghostId: gid, fileIds: [], path: f.path };
      const all = await images.load(`ghost-file-${gid.toString(16)}.img`, true);
      const e = all?.[0];
      if (e) {
        const mode = num(e, 'mode');
        g.mode = mode;
        g.modeString = modeString(mode);
        g.uid = num(e, 'uid');
        g.gid = num(e, 'gid');
        g.size = big(e, 'size');
        g.atime = isoTime(big(obj(e, 'atim'), 'tv_sec'), num(obj(e, 'atim'), 'tv_usec'));
        g.mtime = isoTime(big(obj(e, 'mtim'), 'tv_sec'), num(obj(e, 'mtim'), 'tv_usec'));
        g.symlinkTarget = str(e, 'symlnk_target');
        g.content =
          e['chunks'] === true ? assembleChunks(all!.slice(1), g.size) : extraBytes(e['extra']);
        if (g.size === undefined && g.content) g.size = BigInt(g.content.length);
      }
      ghosts.set(gid, g);
    }
    g.fileIds.push(f.id);
    if (g.content) f.description = `${f.path} (deleted, ${g.content.length} bytes in ghost file)`;
  }
  return [...ghosts.values()];
}

async function attachMemfds(
  images: ImageSet,
  memory: PagemapMemory,
  files: FileObject[],
): Promise<MemfdInfo[]> {
  const out: MemfdInfo[] = [];
  for (const e of (await images.load('memfd.img')) ?? []) {
    const inodeId = num(e, 'inode_id') ?? 0;
    const size = big(e, 'size');
    const shmid = big(e, 'shmid');
    const m: MemfdInfo = {
      inodeId,
      name: str(e, 'name') ?? '',
      sharedAnonymous: str(e, 'name') === '/dev/zero',
      size,
      mode: num(e, 'mode'),
      uid: num(e, 'uid'),
      gid: num(e, 'gid'),
      seals: sealNames(num(e, 'seals')),
      shmid,
      fileIds: [],
    };
    if (shmid !== undefined && size !== undefined && size <= 64n * 1024n * 1024n) {
      const r = await memory.readShmem(shmid, Number(size));
      if (r.missing < r.bytes.length) m.content = r.bytes;
    }
    for (const f of files) {
      if (f.kind !== 'memfd' || f.inodeId !== inodeId) continue;
      m.fileIds.push(f.id);
      f.name = m.name;
      f.size = size;
      f.seals = m.seals;
      f.description = `memfd:${m.name} (${size ?? '?'} bytes${m.seals.length ? ', ' + m.seals.join('|') : ''})`;
    }
    out.push(m);
  }
  return out;
}

async function buildPipes(
  images: ImageSet,
  files: FileObject[],
  byId: Map<number, FileObject>,
): Promise<PipeInfo[]> {
  const pipes = new Map<string, PipeInfo>();
  for (const f of files) {
    if (f.kind !== 'pipe' && f.kind !== 'fifo') continue;
    const key = `${f.kind}:${f.pipeId}`;
    if (!pipes.has(key))
      pipes.set(key, { kind: f.kind, pipeId: f.pipeId, path: f.path, readers: [], writers: [] });
  }
  const data = async (image: string, kind: 'pipe' | 'fifo'): Promise<void> => {
    for (const e of (await images.load(image)) ?? []) {
      const p = pipes.get(`${kind}:${num(e, 'pipe_id')}`);
      if (!p) continue;
      p.buffered = extraBytes(e['extra']);
      p.bufferSize = num(e, 'size');
    }
  };
  await data('pipes-data.img', 'pipe');
  await data('fifo-data.img', 'fifo');
  for (const f of files) {
    if (f.kind === 'fifo') {
      const reg = byId.get(f.regfId ?? -1);
      if (reg?.kind === 'regular') f.path = reg.path;
      const p = pipes.get(`fifo:${f.pipeId}`);
      if (p) p.path = f.path;
      f.description = `fifo ${f.path ?? '?'} [${f.pipeId}]`;
    }
    if (f.kind === 'pipe' || f.kind === 'fifo') {
      const p = pipes.get(`${f.kind}:${f.pipeId}`);
      const n = p?.buffered?.length ?? 0;
      if (f.kind === 'pipe') f.description = `pipe[${f.pipeId}] (${f.end} end)`;
      if (n) f.description += `, ${n} bytes buffered`;
    }
  }
  return [...pipes.values()];
}

export async function buildFileTable(images: ImageSet, memory: PagemapMemory): Promise<FileTable> {
  const remaps = await loadRemaps(images);
  const rawEntries = (await images.load('files.img', true)) ?? [];
  const raw = new Map<number, Entry>();
  const files: FileObject[] = [];
  const sockets: SocketInfo[] = [];
  for (const fe of rawEntries) {
    const id = num(fe, 'id');
    if (id === undefined) continue;
    raw.set(id, fe);
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
  return { files, byId, sockets, pipes, ghostFiles, memfds, raw };
}

/** tty-info.img carries the type, index and session of each TTY a tty file refers to. */
async function attachTtys(
  images: ImageSet,
  files: FileObject[],
  byId: Map<number, FileObject>,
): Promise<void> {
  const infos = new Map<number, Entry>();
  for (const e of (await images.load('tty-info.img')) ?? []) infos.set(num(e, 'id') ?? -1, e);
  const pending = new Map<number, Uint8Array>();
  for (const e of (await images.load('tty-data.img')) ?? []) {
    const data = bytes(e, 'data');
    if (data) pending.set(num(e, 'tty_id') ?? -1, data);
  }
  for (const f of files) {
    if (f.kind !== 'tty') continue;
    const info = infos.get(num(f.details, 'tty_info_id') ?? -1);
    f.ttyType = info && enumName(num(info, 'type'), TTY_TYPES);
    f.index = num(obj(info, 'pty'), 'index');
    f.rdev = num(info, 'rdev');
    const reg = byId.get(num(f.details, 'regf_id') ?? -1);
    const path = reg?.kind === 'regular' ? reg.path : undefined;
    f.path = path;
    f.buffered = pending.get(num(f.details, 'tty_info_id') ?? -1);
    f.description =
      `tty ${path ?? ''} ${f.ttyType ?? ''}${f.index !== undefined ? ' #' + f.index : ''}`.trim();
    if (f.buffered?.length) f.description += `, ${f.buffered.length} bytes pending`;
    if (info) f.details = { ...f.details, info, locked: bool(info, 'locked') };
  }
}

/**
 * inotify/fanotify watches are stored as file handles (inode, device); CRIU resolves them to
 * paths only in its irmap cache. Where the cache knows the inode, show the path.
 */
async function attachWatchPaths(images: ImageSet, files: FileObject[]): Promise<void> {
  const cache = (await images.load('irmap-cache.img')) ?? [];
  const byInode = new Map<bigint, Entry[]>();
  for (const e of cache) {
    const ino = big(e, 'inode');
    if (ino !== undefined) byInode.set(ino, [...(byInode.get(ino) ?? []), e]);
  }
  for (const f of files) {
    if (f.kind !== 'inotify' && f.kind !== 'fanotify') continue;
    for (const w of f.watches) {
      if (w.path || w.inode === undefined) continue;
      const hits = byInode.get(w.inode) ?? [];
      // The cache may use the old 8-bit minor dev_t encoding; the watch uses the kernel's.
      const dev = w.dev ?? 0;
      const old = ((dev >>> 20) << 8) | (dev & 0xff);
      const hit = hits.find((e) => num(e, 'dev') === dev || num(e, 'dev') === old) ?? hits[0];
      w.path = str(hit, 'path');
    }
    const paths = f.watches.map(
      (w) => `${w.path ?? `inode ${w.inode ?? '?'}`} (${w.mask.join('|')})`,
    );
    if (paths.length) f.description = `${f.kind} watching ${paths.join(', ')}`;
  }
}

/**
 * Namespace-wide state: SysV IPC (ipcns-*), file locks, mounts (mountpoints-<mntns>),
 * UTS names, time-namespace offsets and cgroup sets.
 */
import { big, entries, num, obj, str, type Entry } from './entry.ts';
import { extraBytes } from './bytes.ts';
import type { ImageSet } from './images.ts';
import { enumName } from './names/bits.ts';
import { FSTYPES, LOCK_KINDS, LOCK_TYPES, mountFlagNames } from './names/misc.ts';
import type { PagemapMemory } from './pages.ts';
import type {
  CgroupSet,
  FileLockInfo,
  IpcInfo,
  MountInfo,
  NamespacesInfo,
  ProcessInfo,
} from './types.ts';

const idOf = (name: string): number => Number(/-(\d+)\.img$/.exec(name)?.[1] ?? -1);

function desc(e: Entry): { key: number; id: number; uid?: number; gid?: number; mode?: number } {
  const d = obj(e, 'desc');
  return {
    key: num(d, 'key') ?? 0,
    id: num(d, 'id') ?? 0,
    uid: num(d, 'uid'),
    gid: num(d, 'gid'),
    mode: num(d, 'mode'),
  };
}

/** Semaphore values: the decoder reads them as numbers; raw u16 bytes are accepted too. */
function semValues(extra: unknown, n: number): number[] {
  if (Array.isArray(extra)) return extra.filter((v): v is number => typeof v === 'number');
  const b = extraBytes(extra);
  if (!b) return [];
  const dv = new DataView(b.buffer, b.byteOffset, b.length);
  const out: number[] = [];
  for (let i = 0; i < n && i * 2 + 1 < b.length; i++) out.push(dv.getUint16(i * 2, true));
  return out;
}

/** The decoder gives a queue's messages as `[msg, bytes, msg, bytes, ...]` (crit's shape). */
function messages(extra: unknown): { type: bigint; data: Uint8Array }[] {
  if (!Array.isArray(extra)) return [];
  const out: { type: bigint; data: Uint8Array }[] = [];
  for (let i = 0; i + 1 < extra.length; i += 2) {
    const m = extra[i] as Entry;
    out.push({ type: big(m, 'mtype') ?? 0n, data: extraBytes(extra[i + 1]) ?? new Uint8Array() });
  }
  return out;
}

export async function buildIpc(images: ImageSet, memory: PagemapMemory): Promise<IpcInfo[]> {
  const ids = new Set<number>();
  for (const n of images.matching(/^ipcns-(var|shm|msg|sem)-\d+\.img$/)) ids.add(idOf(n));
  const out: IpcInfo[] = [];
  for (const id of [...ids].sort((a, b) => a - b)) {
    const info: IpcInfo = { namespaceId: id, sharedMemory: [], messageQueues: [], semaphores: [] };
    info.limits = await images.first(`ipcns-var-${id}.img`);
    for (const e of (await images.load(`ipcns-shm-${id}.img`)) ?? []) {
      const d = desc(e);
      const size = big(e, 'size');
      let content = extraBytes(e['extra']);
      if (!content && size !== undefined && size <= 64n << 20n) {
        const r = await memory.readShmem(d.id, Number(size));
        if (r.missing < r.bytes.length) content = r.bytes;
      }
      info.sharedMemory.push({ ...d, size, content });
    }
    for (const e of (await images.load(`ipcns-msg-${id}.img`)) ?? [])
      info.messageQueues.push({ ...desc(e), messages: messages(e['extra']) });
    for (const e of (await images.load(`ipcns-sem-${id}.img`)) ?? [])
      info.semaphores.push({
        ...desc(e),
        values: semValues(e['extra'], num(e, 'nsems') ?? 0),
      });
    out.push(info);
  }
  return out;
}

export async function buildFileLocks(
  images: ImageSet,
  pathOfFd: (pid: number, fd: number) => string | undefined,
): Promise<FileLockInfo[]> {
  return ((await images.load('file-locks.img')) ?? []).map((e) => {
    const kind = enumName(num(e, 'flag'), LOCK_KINDS);
    const pid = num(e, 'pid') ?? 0;
    const fd = num(e, 'fd') ?? -1;
    return {
      kind,
      type:
        kind === 'FLOCK'
          ? (({ 1: 'LOCK_SH', 2: 'LOCK_EX' } as Record<number, string>)[num(e, 'type') ?? 0] ??
            String(num(e, 'type')))
          : enumName(num(e, 'type'), LOCK_TYPES),
      pid,
      fd,
      start: big(e, 'start') ?? 0n,
      length: big(e, 'len') ?? 0n,
      path: pathOfFd(pid, fd),
    };
  });
}

export async function buildMounts(images: ImageSet): Promise<MountInfo[]> {
  const out: MountInfo[] = [];
  for (const name of images.matching(/^mountpoints-\d+\.img$/)) {
    const ns = idOf(name);
    for (const e of (await images.load(name)) ?? []) {
      const fst = num(e, 'fstype');
      out.push({
        namespaceId: ns,
        mntId: num(e, 'mnt_id') ?? 0,
        parentMntId: num(e, 'parent_mnt_id'),
        mountpoint: str(e, 'mountpoint') ?? '',
        root: str(e, 'root'),
        fstype: str(e, 'fsname') ?? enumName(fst, FSTYPES),
        source: str(e, 'source'),
        options: str(e, 'options'),
        flags: mountFlagNames(num(e, 'flags')),
        superblockFlags: mountFlagNames(num(e, 'sb_flags')),
        shared: num(e, 'shared_id') || undefined,
        master: num(e, 'master_id') || undefined,
        external: str(e, 'ext_key') ?? (e['ext_mount'] === true ? 'external' : undefined),
      });
    }
  }
  return out;
}

function timespec(e: Entry | undefined): { sec: bigint; nsec: number } | undefined {
  return e && { sec: big(e, 'tv_sec') ?? 0n, nsec: num(e, 'tv_nsec') ?? 0 };
}

export async function buildNamespaces(
  images: ImageSet,
  processes: ProcessInfo[],
): Promise<NamespacesInfo> {
  const uts: NamespacesInfo['uts'] = [];
  for (const name of images.matching(/^utsns-\d+\.img$/)) {
    const e = await images.first(name);
    uts.push({ id: idOf(name), hostname: str(e, 'nodename'), domainname: str(e, 'domainname') });
  }
  const time: NamespacesInfo['time'] = [];
  for (const name of images.matching(/^timens-\d+\.img$/)) {
    const e = await images.first(name);
    time.push({
      id: idOf(name),
      monotonic: timespec(obj(e, 'monotonic')),
      boottime: timespec(obj(e, 'boottime')),
    });
  }
  const groups = new Map<string, { kind: string; id: number; pids: number[] }>();
  for (const p of processes)
    for (const [kind, id] of Object.entries(p.namespaces)) {
      const key = `${kind}:${id}`;
      const g = groups.get(key) ?? { kind, id, pids: [] };
      g.pids.push(p.pid);
      groups.set(key, g);
    }
  return { uts, time, membership: [...groups.values()] };
}

export async function buildCgroups(images: ImageSet): Promise<CgroupSet[]> {
  const e = await images.first('cgroup.img');
  return entries(e, 'sets').map((set) => ({
    id: num(set, 'id') ?? 0,
    controllers: entries(set, 'ctls').map((c) => ({
      name: str(c, 'name') || '(unified)',
      path: str(c, 'path') ?? '',
    })),
  }));
}

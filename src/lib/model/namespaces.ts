/** UTS names, time-namespace offsets, namespace membership and cgroup sets. */
import { big, entries, num, obj, str, type Entry } from './entry.ts';
import { imageId as idOf } from './ids.ts';
import type { ImageSet } from '../criu/image-cache.ts';
import type { CgroupSet, NamespacesInfo, ProcessInfo } from './types.ts';

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

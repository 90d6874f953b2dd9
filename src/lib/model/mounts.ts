/** Mount points of each mount namespace (mountpoints-<mntns>.img). */
import { num, str } from './entry.ts';
import { imageId as idOf } from './ids.ts';
import type { ImageSet } from '../criu/image-cache.ts';
import { enumName } from './names/bits.ts';
import { FSTYPES, mountFlagNames } from './names/misc.ts';
import type { MountInfo } from './types.ts';

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

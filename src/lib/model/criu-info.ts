/** CRIU's own facts about the dump: inventory.img and the stats-dump image. */
import type { DecodedImage } from '../criu/types.ts';
import { big, num, obj, str, type Entry } from './entry.ts';
import type { ImageSet } from '../criu/image-cache.ts';
import type { CriuInfo, DumpStats } from './types.ts';

/** core_entry.mtype (march enum of core.proto). */
const ARCHES: Readonly<Record<number, string>> = {
  0: 'UNKNOWN',
  1: 'X86_64',
  2: 'ARM',
  3: 'AARCH64',
  4: 'PPC64',
  5: 'S390',
  6: 'MIPS',
  7: 'LOONGARCH64',
  8: 'RISCV64',
};

/** lsmtype enum of inventory.proto. */
const LSM_TYPES: Readonly<Record<number, string>> = { 0: 'NO_LSM', 1: 'SELINUX', 2: 'APPARMOR' };

function stats(e: Entry | undefined): DumpStats | undefined {
  const d = obj(e, 'dump');
  if (!d) return undefined;
  return {
    freezingTimeUs: big(d, 'freezing_time'),
    frozenTimeUs: big(d, 'frozen_time'),
    memdumpTimeUs: big(d, 'memdump_time'),
    memwriteTimeUs: big(d, 'memwrite_time'),
    irmapResolveUs: big(d, 'irmap_resolve'),
    pagesScanned: big(d, 'pages_scanned'),
    pagesSkippedParent: big(d, 'pages_skipped_parent'),
    pagesWritten: big(d, 'pages_written'),
    pagesLazy: big(d, 'pages_lazy'),
    pageOutsTotal: big(d, 'page_pipes'),
    shpagesScanned: big(d, 'shpages_scanned'),
    shpagesSkippedParent: big(d, 'shpages_skipped_parent'),
    shpagesWritten: big(d, 'shpages_written'),
  };
}

export async function buildCriuInfo(
  images: ImageSet,
  rootStats: DecodedImage | undefined,
  firstCore: Entry | undefined,
): Promise<CriuInfo> {
  const inv = await images.first('inventory.img', true);
  const plugins = obj(inv, 'plugins_entry');
  const pluginNames = Array.isArray(plugins?.['plugins']) ? plugins['plugins'].map(String) : [];
  const mtype = firstCore?.['mtype'];
  return {
    imageVersion: num(inv, 'img_version'),
    lsm:
      typeof inv?.['lsmtype'] === 'string' ? inv['lsmtype'] : LSM_TYPES[num(inv, 'lsmtype') ?? -1],
    dumpRunId: str(inv, 'dump_criu_run_id'),
    plugins: pluginNames,
    stats: stats((await images.first('stats-dump')) ?? rootStats?.entries[0]),
    inventory: inv,
    images: images.store.list().map((m) => ({ name: m.name, size: m.size })),
    architecture:
      typeof mtype === 'string' ? mtype : typeof mtype === 'number' ? ARCHES[mtype] : undefined,
  };
}

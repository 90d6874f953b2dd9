/** Mount points keyed by mount namespace and mount point (mount ids are renumbered by a restore). */
import type { MountInfo } from '../../model/types.ts';
import { compareFacts, listText, pairByKey, statusOf, valueText, type Facts } from './keyed.ts';
import type { MountDiff } from './types.ts';

function mountFacts(m: MountInfo): Facts {
  return {
    fstype: m.fstype,
    source: m.source,
    root: m.root,
    options: m.options,
    flags: listText(m.flags),
    'superblock flags': listText(m.superblockFlags),
    'shared group': valueText(m.shared),
    'master group': valueText(m.master),
    external: m.external,
  };
}

export function diffMounts(a: readonly MountInfo[], b: readonly MountInfo[]): MountDiff[] {
  // Namespace ids are CRIU's own numbering of the dump, stable for one container; a
  // mount stacked on the same point twice is paired in order.
  return pairByKey(a, b, (m) => `${m.namespaceId}:${m.mountpoint}`).map((pair) => {
    const m = (pair.b ?? pair.a)!;
    const changes = pair.a && pair.b ? compareFacts(mountFacts(pair.a), mountFacts(pair.b)) : [];
    const d: MountDiff = {
      mountpoint: m.mountpoint,
      namespaceId: m.namespaceId,
      status: statusOf(pair, changes),
      fstype: m.fstype,
      changes,
    };
    if (m.source !== undefined) d.source = m.source;
    return d;
  });
}

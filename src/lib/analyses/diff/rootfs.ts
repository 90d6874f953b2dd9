/**
 * The container's file-system changes: rootfs-diff.tar and devshm-checkpoint.tar members by
 * path (type, size, mode, owner, mtime, link target) and deleted.files. checkpointctl does not
 * compare these at all; a tar's size alone does not say which file changed.
 */
import type { FsChanges, TarFileEntry, TarListing } from '../../model/types.ts';
import { compareFacts, listDelta, pairByKey, statusOf, type Facts } from './keyed.ts';
import type { FsEntryDiff, RootFsDiff } from './types.ts';

function entryFacts(e: TarFileEntry): Facts {
  return {
    type: e.type,
    size: String(e.size),
    mode: e.modeString ?? `0${e.mode.toString(8)}`,
    owner:
      e.uid === undefined && e.gid === undefined ? undefined : `${e.uid ?? '?'}:${e.gid ?? '?'}`,
    mtime: e.mtime,
    'link target': e.linkTarget,
  };
}

/** Tar paths with and without `./` name the same file. */
const normal = (p: string) => p.replace(/^(\.\/)+/, '').replace(/\/+$/, '') || '.';

function diffListing(a: TarListing | undefined, b: TarListing | undefined): FsEntryDiff[] {
  return pairByKey(a?.entries ?? [], b?.entries ?? [], (e) => normal(e.path)).map((pair) => {
    const e = (pair.b ?? pair.a)!;
    const changes = pair.a && pair.b ? compareFacts(entryFacts(pair.a), entryFacts(pair.b)) : [];
    return { path: normal(e.path), status: statusOf(pair, changes), type: e.type, changes };
  });
}

export function diffRootFs(a: FsChanges, b: FsChanges): RootFsDiff {
  const { added, removed } = listDelta(a.deletedFiles, b.deletedFiles);
  const kept = new Set(b.deletedFiles);
  return {
    entries: diffListing(a.rootfsDiff, b.rootfsDiff),
    deleted: {
      added,
      removed,
      unchanged: [...new Set(a.deletedFiles)].filter((p) => kept.has(p)).sort(),
    },
    devShm: diffListing(a.devShm, b.devShm),
  };
}

/**
 * The container's file-system changes: rootfs-diff.tar (gzip inside for containerd),
 * deleted.files (a JSON list of paths) and devshm-checkpoint.tar. Listing reads tar headers
 * through the archive layer's tar index, by range, so a large diff is never loaded whole;
 * only gzip'd members are inflated.
 */
import { MemorySource, readExact, type ByteSource } from '../archive/byte-source.ts';
import type { MemberStore } from '../archive/member-store.ts';
import type { TarEntry } from '../archive/tar-header.ts';
import { indexTar } from '../archive/tar-index.ts';
import { problem, type Problem } from '../problems.ts';
import { isoTime } from './bytes.ts';
import { modeString } from './names/open-flags.ts';
import type { FsChanges, TarFileEntry, TarListing } from './types.ts';
import { describeCollision, findPathCollisions } from './path-collisions.ts';
import { appendAll } from '../append-all.ts';

/** A tar member of the container root as a ByteSource for the archive layer's tar index. */
class MemberSource implements ByteSource {
  readonly size: number;
  constructor(
    readonly store: MemberStore,
    readonly name: string,
  ) {
    this.size = store.size(name) ?? 0;
  }
  read(offset: number, length: number): Promise<Uint8Array> {
    return this.store.readRange(this.name, offset, length);
  }
}

async function gunzip(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** A tar member of the container root, gzip'd (containerd) or not, as a byte source. */
export async function tarSource(root: MemberStore, name: string): Promise<ByteSource> {
  const head = await root.readRange(name, 0, 2);
  if (head[0] === 0x1f && head[1] === 0x8b)
    return new MemorySource(await gunzip(await root.read(name)));
  return new MemberSource(root, name);
}

function fileEntry(e: TarEntry): TarFileEntry {
  const kindBits: Partial<Record<TarEntry['type'], number>> = {
    directory: 0o40000,
    symlink: 0o120000,
    fifo: 0o10000,
    chardev: 0o20000,
    blockdev: 0o60000,
  };
  return {
    path: e.path,
    type: e.type,
    size: e.size,
    mode: e.mode,
    modeString: modeString((e.mode & 0o7777) | (kindBits[e.type] ?? 0o100000)),
    mtime: isoTime(e.mtime),
    uid: e.uid,
    gid: e.gid,
    linkTarget: e.linkTarget || undefined,
  };
}

async function listing(
  root: MemberStore,
  name: string,
  problems: Problem[],
): Promise<TarListing | undefined> {
  if (!root.has(name)) return undefined;
  try {
    const index = await indexTar(await tarSource(root, name), { label: name });
    appendAll(
      problems,
      index.problems.map((p) => ({ ...p, severity: 'warning' as const })),
    );
    const entries = index.entries.map(fileEntry);
    const collisions = findPathCollisions(entries);
    // One problem per listing, naming a few: an attacker can make thousands of collisions.
    if (collisions.length)
      problems.push(
        problem(
          'path-collision',
          `${collisions.length} path collision${collisions.length === 1 ? '' : 's'} in ${name}, suspicious in itself (every entry is kept): ${collisions
            .slice(0, 3)
            .map((c) => describeCollision(c, name))
            .join('; ')}${collisions.length > 3 ? '; …' : ''}`,
          { severity: 'warning', file: name },
        ),
      );
    return { member: name, entries };
  } catch (e) {
    problems.push(
      problem(
        'decompression-error',
        `${name} could not be listed: ${e instanceof Error ? e.message : String(e)}`,
        {
          severity: 'warning',
          file: name,
        },
      ),
    );
    return undefined;
  }
}

export async function buildFsChanges(
  root: MemberStore | undefined,
  problems: Problem[],
): Promise<FsChanges> {
  if (!root) return { deletedFiles: [] };
  let deletedFiles: string[] = [];
  if (root.has('deleted.files')) {
    try {
      const v: unknown = JSON.parse(new TextDecoder().decode(await root.read('deleted.files')));
      if (Array.isArray(v)) deletedFiles = v.filter((x): x is string => typeof x === 'string');
    } catch {
      problems.push(
        problem('bad-json', 'deleted.files is not a JSON list of paths', {
          severity: 'warning',
          file: 'deleted.files',
        }),
      );
    }
  }
  return {
    rootfsDiff: await listing(root, 'rootfs-diff.tar', problems),
    deletedFiles,
    devShm: await listing(root, 'devshm-checkpoint.tar', problems),
  };
}

/** Content of one file of rootfs-diff.tar / devshm-checkpoint.tar, for the viewers. */
export async function readFsChangeFile(
  root: MemberStore,
  member: string,
  path: string,
): Promise<Uint8Array | undefined> {
  if (!root.has(member)) return undefined;
  const source = await tarSource(root, member);
  const { entries } = await indexTar(source, { label: member });
  const e = entries.find((x) => x.path === path || x.path === path.replace(/^\/+/, ''));
  if (!e || e.type !== 'file') return undefined;
  return readExact(source, e.dataOffset, e.size);
}

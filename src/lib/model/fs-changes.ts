/**
 * The container's file-system changes: rootfs-diff.tar (gzip inside for containerd),
 * deleted.files (a JSON list of paths) and devshm-checkpoint.tar. Listing reads tar headers
 * by range so a large diff is never loaded whole; only gzip'd members are inflated.
 */
import type { MemberStore } from '../archive/member-store.ts';
import { problem, type Problem } from '../problems.ts';
import { isoTime } from './bytes.ts';
import { modeString } from './names/open-flags.ts';
import type { FsChanges, TarFileEntry, TarListing } from './types.ts';

const BLOCK = 512;

function field(h: Uint8Array, off: number, len: number): string {
  let end = off;
  while (end < off + len && h[end] !== 0) end++;
  return new TextDecoder().decode(h.subarray(off, end));
}

function octal(h: Uint8Array, off: number, len: number): number {
  // GNU base-256 for large values: high bit of the first byte set.
  if ((h[off]! & 0x80) !== 0) {
    let v = 0;
    for (let i = off + 1; i < off + len; i++) v = v * 256 + h[i]!;
    return v;
  }
  const t = field(h, off, len).trim();
  return t ? parseInt(t, 8) || 0 : 0;
}

/** Pax `path`/`linkpath` records override the ustar header fields. */
function paxRecords(data: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  const text = new TextDecoder().decode(data);
  let i = 0;
  while (i < text.length) {
    const sp = text.indexOf(' ', i);
    if (sp < 0) break;
    const len = parseInt(text.slice(i, sp), 10);
    if (!len) break;
    const rec = text.slice(sp + 1, i + len - 1);
    const eq = rec.indexOf('=');
    if (eq > 0) out[rec.slice(0, eq)] = rec.slice(eq + 1);
    i += len;
  }
  return out;
}

export interface TarEntryWithData extends TarFileEntry {
  dataOffset: number;
}

type Reader = (offset: number, length: number) => Promise<Uint8Array>;

export async function listTar(read: Reader, size: number): Promise<TarEntryWithData[]> {
  const out: TarEntryWithData[] = [];
  let off = 0;
  let longName: string | undefined;
  let pax: Record<string, string> = {};
  while (off + BLOCK <= size) {
    const h = await read(off, BLOCK);
    if (h.length < BLOCK || h.every((b) => b === 0)) break;
    const entrySize = octal(h, 124, 12);
    const typeflag = String.fromCharCode(h[156] || 0x30);
    const dataOffset = off + BLOCK;
    off = dataOffset + Math.ceil(entrySize / BLOCK) * BLOCK;
    if (typeflag === 'L') {
      longName = field(await read(dataOffset, entrySize), 0, entrySize);
      continue;
    }
    if (typeflag === 'x') {
      pax = paxRecords(await read(dataOffset, entrySize));
      continue;
    }
    if (typeflag === 'g') continue;
    const prefix = field(h, 345, 155);
    const name =
      pax['path'] ?? longName ?? (prefix ? `${prefix}/${field(h, 0, 100)}` : field(h, 0, 100));
    const mode = octal(h, 100, 8);
    const type: TarFileEntry['type'] =
      typeflag === '0' || typeflag === '\0' || typeflag === '7'
        ? 'file'
        : typeflag === '5'
          ? 'dir'
          : typeflag === '2'
            ? 'symlink'
            : typeflag === '1'
              ? 'hardlink'
              : 'other';
    const kindBits: Record<string, number> = {
      '5': 0o40000,
      '2': 0o120000,
      '6': 0o10000,
      '3': 0o20000,
      '4': 0o60000,
    };
    out.push({
      path: name,
      type,
      size: entrySize,
      mode,
      modeString: modeString((mode & 0o7777) | (kindBits[typeflag] ?? 0o100000)),
      mtime: isoTime(octal(h, 136, 12)),
      uid: octal(h, 108, 8),
      gid: octal(h, 116, 8),
      linkTarget: pax['linkpath'] ?? (field(h, 157, 100) || undefined),
      dataOffset,
    });
    longName = undefined;
    pax = {};
  }
  return out;
}

async function gunzip(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** A tar member of the container root, gzip'd or not, as a range reader. */
async function tarReader(root: MemberStore, name: string): Promise<{ read: Reader; size: number }> {
  const size = root.size(name) ?? 0;
  const head = await root.readRange(name, 0, 2);
  if (head[0] === 0x1f && head[1] === 0x8b) {
    const data = await gunzip(await root.read(name));
    return { read: async (o, l) => data.subarray(o, o + l), size: data.length };
  }
  return { read: (o, l) => root.readRange(name, o, l), size };
}

async function listing(
  root: MemberStore,
  name: string,
  problems: Problem[],
): Promise<TarListing | undefined> {
  if (!root.has(name)) return undefined;
  try {
    const { read, size } = await tarReader(root, name);
    const entries = (await listTar(read, size)).map(({ dataOffset: _d, ...e }) => e);
    return { member: name, entries };
  } catch (e) {
    problems.push(
      problem(
        'truncated-archive',
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
  const { read, size } = await tarReader(root, member);
  const e = (await listTar(read, size)).find(
    (x) => x.path === path || x.path.replace(/^\.\//, '') === path,
  );
  if (!e || e.type !== 'file') return undefined;
  return read(e.dataOffset, e.size);
}

/** Deleted-but-open files: ghost-file-<id>.img holds their metadata and contents. */
import { big, num, obj, str, type Entry } from './entry.ts';
import { extraBytes, isoTime } from './bytes.ts';
import type { ImageSet } from '../criu/image-cache.ts';
import { modeString } from './names/open-flags.ts';
import type { FileObject, GhostFile } from './types.ts';

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

/** A timeval as exact microseconds since the epoch; absent when the image has none. */
function timevalUs(t: Entry | undefined): bigint | undefined {
  const sec = big(t, 'tv_sec');
  if (sec === undefined) return undefined;
  return sec * 1_000_000n + (big(t, 'tv_usec') ?? 0n);
}

/** Larger sparse ghost files are left for a viewer to read chunk by chunk. */
const MAX_GHOST_BYTES = 256 << 20;

export async function attachGhosts(images: ImageSet, files: FileObject[]): Promise<GhostFile[]> {
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
        const atimeUs = timevalUs(obj(e, 'atim'));
        if (atimeUs !== undefined) g.atimeUs = atimeUs;
        const mtimeUs = timevalUs(obj(e, 'mtim'));
        if (mtimeUs !== undefined) g.mtimeUs = mtimeUs;
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

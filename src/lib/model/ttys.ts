/** TTY files: tty-info.img (type, index, session) and tty-data.img (pending input). */
import { bool, bytes, num, obj, type Entry } from './entry.ts';
import type { ImageSet } from '../criu/image-cache.ts';
import { enumName } from './names/bits.ts';
import { TTY_TYPES } from './names/misc.ts';
import type { FileObject } from './types.ts';

/** tty-info.img carries the type, index and session of each TTY a tty file refers to. */
export async function attachTtys(
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

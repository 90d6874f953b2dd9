/** Pipes and FIFOs by inode, with their buffered bytes (pipes-data.img, fifo-data.img). */
import { num } from './entry.ts';
import { extraBytes } from './bytes.ts';
import type { ImageSet } from '../criu/image-cache.ts';
import { accessMode } from './names/open-flags.ts';
import type { FileObject, PipeInfo } from './types.ts';

export async function buildPipes(
  images: ImageSet,
  files: FileObject[],
  byId: Map<number, FileObject>,
): Promise<PipeInfo[]> {
  const pipes = new Map<string, PipeInfo>();
  for (const f of files) {
    if (f.kind !== 'pipe' && f.kind !== 'fifo') continue;
    const key = `${f.kind}:${f.pipeId}`;
    if (!pipes.has(key))
      pipes.set(key, { kind: f.kind, pipeId: f.pipeId, path: f.path, readers: [], writers: [] });
  }
  const data = async (image: string, kind: 'pipe' | 'fifo'): Promise<void> => {
    for (const e of (await images.load(image)) ?? []) {
      const p = pipes.get(`${kind}:${num(e, 'pipe_id')}`);
      if (!p) continue;
      p.buffered = extraBytes(e['extra']);
      p.bufferSize = num(e, 'size');
    }
  };
  await data('pipes-data.img', 'pipe');
  await data('fifo-data.img', 'fifo');
  for (const f of files) {
    if (f.kind === 'fifo') {
      const reg = byId.get(f.regfId ?? -1);
      // fifo_entry has no flags: how the FIFO was opened is on its path's REG entry.
      if (reg?.kind === 'regular') {
        f.path = reg.path;
        f.flags = reg.flags;
        f.flagsRaw = reg.flagsRaw;
        f.end = accessMode(reg.flagsRaw);
      }
      const p = pipes.get(`fifo:${f.pipeId}`);
      if (p) p.path = f.path;
      f.description = `fifo ${f.path ?? '?'} [${f.pipeId}] (${f.end} end)`;
    }
    if (f.kind === 'pipe' || f.kind === 'fifo') {
      const p = pipes.get(`${f.kind}:${f.pipeId}`);
      const n = p?.buffered?.length ?? 0;
      if (f.kind === 'pipe') f.description = `pipe[${f.pipeId}] (${f.end} end)`;
      if (n) f.description += `, ${n} bytes buffered`;
    }
  }
  return [...pipes.values()];
}

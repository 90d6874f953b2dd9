/**
 * Per-process fd tables: ids-<pid>.img names the fd table (`files_id`), fdinfo-<files_id>.img
 * lists `{fd, id, type, flags}`. Tasks created with CLONE_FILES share one table, so the same
 * image can serve several processes; each still counts as a holder of every file.
 */
import { num, type Entry } from './entry.ts';
import type { FileTable } from './files.ts';
import type { ImageSet } from '../criu/image-cache.ts';
import { fdTypeName } from './names/fd-types.ts';
import type { FdInfo, FileObject } from './types.ts';

/** FD_CLOEXEC as stored in fdinfo flags. */
const FD_CLOEXEC = 1;

export async function loadFds(
  images: ImageSet,
  pid: number,
  filesId: number,
  table: FileTable,
): Promise<FdInfo[]> {
  const list = (await images.load(`fdinfo-${filesId}.img`, true)) ?? [];
  return list.map((e: Entry) => {
    const fileId = num(e, 'id') ?? -1;
    const fd = num(e, 'fd') ?? -1;
    const f = table.byId.get(fileId);
    if (f) f.holders.push({ pid, fd });
    return {
      fd,
      fileId,
      type: fdTypeName(e['type']),
      cloexec: ((num(e, 'flags') ?? 0) & FD_CLOEXEC) !== 0,
      description: f?.description ?? `${fdTypeName(e['type'])}.${fileId} (not in files.img)`,
    };
  });
}

/** After all fds are known: pipe ends, socket holders, and epoll targets by fd number. */
export function linkHolders(table: FileTable, fdsByPid: Map<number, FdInfo[]>): void {
  // Lookups by key: a process can hold thousands of fds.
  const fdMaps = new Map<number, Map<number, FdInfo>>();
  for (const [pid, fds] of fdsByPid) fdMaps.set(pid, new Map(fds.map((x) => [x.fd, x])));
  const fileOf = (pid: number, fd: number): FileObject | undefined => {
    const info = fdMaps.get(pid)?.get(fd);
    return info && table.byId.get(info.fileId);
  };
  const pipes = new Map(table.pipes.map((p) => [`${p.kind}:${p.pipeId}`, p]));
  const sockets = new Map(table.sockets.map((s) => [s.id, s]));
  for (const f of table.files) {
    if (f.kind === 'pipe' || f.kind === 'fifo') {
      const p = pipes.get(`${f.kind}:${f.pipeId}`);
      if (!p) continue;
      if (f.end !== 'write') p.readers.push(...f.holders);
      if (f.end !== 'read') p.writers.push(...f.holders);
    }
    if (f.kind === 'socket') {
      const s = sockets.get(f.id);
      if (s) s.holders = f.holders;
    }
    if (f.kind === 'epoll') {
      const holder = f.holders[0];
      for (const t of f.targets) {
        const target = holder && fileOf(holder.pid, t.fd);
        if (target) {
          t.fileId = target.id;
          t.target = target.description;
        }
      }
      if (f.targets.some((t) => t.target))
        f.description = `epoll watching ${f.targets.map((t) => `fd ${t.fd} (${t.target ?? '?'}: ${t.events.join('|')})`).join(', ')}`;
    }
  }
}

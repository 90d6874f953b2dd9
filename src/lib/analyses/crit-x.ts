/**
 * The text `crit x DIR ps|fds|mems` prints (CRIU's python crit), reproduced byte for byte
 * from the decoded images so that results can be compared with the reference tool.
 *
 * Where crit crashes — `fds`/`mems` on a task that is dead or a zombie, which has no ids, fs
 * or mm image — we skip that task and carry on, reporting it as a Problem instead.
 */
import type { MemberStore } from '../archive/member-store.ts';
import { encodeQuotedPrintable } from '../criu/quoted-printable.ts';
import { problem, type Problem } from '../problems.ts';
import { bytes, num, obj, str, toBig, entries as subEntries, type Entry } from '../model/entry.ts';
import { ImageSet, imageCacheOf, type DecodeImage } from '../criu/image-cache.ts';
import { hasLegacyFiles, legacyFileEntries } from '../model/legacy-files.ts';
import { FILE_ENTRY_FIELD, fdTypeName } from '../model/names/fd-types.ts';
import { hasResources, taskState } from '../model/names/task-state.ts';
import { taskId } from '../model/processes.ts';

export type CritExplorer = 'ps' | 'fds' | 'mems';

export interface CritText {
  text: string;
  problems: Problem[];
}

const pad = (s: string | number, w: number): string => String(s).padStart(w, ' ');
const padEnd = (s: string, w: number): string => s.padEnd(w, ' ');
const hex = (v: bigint, width = 0): string => v.toString(16).padStart(width, '0');

/** crit resolves file names lazily through files.img and caches them per (type, id). */
class FileNames {
  readonly #files: Map<number, Entry>;
  readonly #cache = new Map<string, string>();
  constructor(files: Entry[]) {
    this.#files = new Map(files.map((f) => [num(f, 'id') ?? -1, f]));
  }

  get(type: string, id: number): string {
    const key = `${type}:${id}`;
    let s = this.#cache.get(key);
    if (s === undefined) {
      s = this.#resolve(type, id);
      this.#cache.set(key, s);
    }
    return s;
  }

  #resolve(type: string, id: number): string {
    const f = this.#files.get(id);
    const sub = obj(f, FILE_ENTRY_FIELD[type] ?? '');
    switch (type) {
      case 'REG':
        return str(sub, 'name') || 'unknown path';
      case 'PIPE': {
        const pipeId = toBig(sub?.['pipe_id']);
        return sub && pipeId !== undefined ? `pipe[${pipeId}]` : 'pipe[?]';
      }
      case 'UNIXSK': {
        if (!sub) return 'unix[?]';
        const name = bytes(sub, 'name');
        const shown = name && name.length ? ` ${encodeQuotedPrintable(name)}` : '';
        return `unix[${toBig(sub['ino']) ?? 0n} (${toBig(sub['peer']) ?? 0n})${shown}]`;
      }
      default:
        return `${type}.${id}`;
    }
  }
}

interface Task {
  pid: number;
  ppid: number;
  pgid: number;
  sid: number;
  comm: string;
  alive: boolean;
  kids: Task[];
}

async function tasks(images: ImageSet): Promise<Task[]> {
  const out: Task[] = [];
  for (const p of (await images.load('pstree.img', true)) ?? []) {
    const pid = taskId(p, 'pid');
    const core = await images.first(`core-${pid}.img`, true);
    const tc = obj(core, 'tc');
    out.push({
      pid,
      ppid: num(p, 'ppid') ?? 0,
      pgid: taskId(p, 'pgid'),
      sid: taskId(p, 'sid'),
      comm: str(tc, 'comm') ?? '',
      alive: hasResources(taskState(num(tc, 'task_state'))),
      kids: [],
    });
  }
  return out;
}

function explorePs(list: Task[], lines: string[]): void {
  const byPid = new Map(list.map((t) => [t.pid, t]));
  let root: Task | undefined;
  for (const t of list) {
    if (t.ppid === 0) root = t;
    else byPid.get(t.ppid)?.kids.push(t);
  }
  lines.push(`${pad('PID', 7)}${pad('PGID', 7)}${pad('SID', 7)}   COMM`);
  const show = (t: Task, depth: number): void => {
    lines.push(
      `${pad(t.pid, 7)}${pad(t.pgid, 7)}${pad(t.sid, 7)}   ${' '.repeat(4 * depth)}${t.comm}`,
    );
    for (const k of t.kids) show(k, depth + 1);
  };
  if (root) show(root, 0);
}

async function exploreFds(
  images: ImageSet,
  list: Task[],
  names: FileNames,
  lines: string[],
  problems: Problem[],
): Promise<void> {
  for (const t of list) {
    const ids = t.alive ? await images.first(`ids-${t.pid}.img`, true) : undefined;
    const fs = t.alive ? await images.first(`fs-${t.pid}.img`, true) : undefined;
    const filesId = num(ids, 'files_id');
    const fdinfo =
      filesId === undefined ? undefined : await images.load(`fdinfo-${filesId}.img`, true);
    if (!fdinfo || !fs) {
      problems.push(skipped(t, 'fds'));
      continue;
    }
    lines.push(`${t.pid}`);
    for (const fd of fdinfo)
      lines.push(
        `\t${pad(num(fd, 'fd') ?? 0, 7)}: ${names.get(fdTypeName(fd['type']), num(fd, 'id') ?? 0)}`,
      );
    lines.push(`\t${pad('cwd', 7)}: ${names.get('REG', num(fs, 'cwd_id') ?? 0)}`);
    lines.push(`\t${pad('root', 7)}: ${names.get('REG', num(fs, 'root_id') ?? 0)}`);
  }
}

function skipped(t: Task, what: string): Problem {
  return problem(
    'missing-image',
    `pid ${t.pid} is not alive (no images for ${what}); crit crashes here, it is skipped`,
    {
      severity: 'info',
    },
  );
}

/** VMA status bits crit tests, in its order. */
const ST = {
  REGULAR: 1,
  STACK: 2,
  VSYSCALL: 4,
  VDSO: 8,
  FILE_PRIVATE: 64,
  FILE_SHARED: 128,
  ANON_SHARED: 256,
  SYSVIPC: 1024,
  SOCKET: 2048,
};
const MAP_GROWSDOWN = 0x100;

async function exploreMems(
  images: ImageSet,
  list: Task[],
  names: FileNames,
  lines: string[],
  problems: Problem[],
): Promise<void> {
  // Shared objects get small sequential numbers, shared across all processes like crit's vma_id.
  const vids = new Map<bigint, number>();
  const vid = (k: bigint): string => {
    let v = vids.get(k);
    if (v === undefined) vids.set(k, (v = vids.size + 1));
    return v.toString(16);
  };
  for (const t of list) {
    const mm = t.alive ? await images.first(`mm-${t.pid}.img`, true) : undefined;
    if (!mm) {
      problems.push(skipped(t, 'mems'));
      continue;
    }
    lines.push(`${t.pid}`);
    lines.push(`\t${padEnd('exe', 36)}    ${names.get('REG', num(mm, 'exe_file_id') ?? 0)}`);
    for (const v of subEntries(mm, 'vmas')) {
      const st = num(v, 'status') ?? 0;
      const shmid = toBig(v['shmid']) ?? 0n;
      const pgoff = toBig(v['pgoff']) ?? 0n;
      let fn: string;
      if (st & ST.SYSVIPC) fn = ` ips[${vid(shmid)}]`;
      else if (st & ST.ANON_SHARED) fn = ` shmem[${vid(shmid)}]`;
      else if (st & ST.SOCKET) fn = ` packet[${vid(shmid)}]`;
      else if (st & (ST.FILE_PRIVATE | ST.FILE_SHARED)) {
        fn = ' ' + names.get('REG', Number(shmid));
        if (pgoff) fn += ` + 0x${hex(pgoff)}`;
        if (st & ST.FILE_SHARED) fn += ' (s)';
      } else if (st & ST.STACK) fn = ' [stack]';
      else if (st & ST.VSYSCALL) fn = ' [vsyscall]';
      else if (st & ST.VDSO) fn = ' [vdso]';
      else if ((num(v, 'flags') ?? 0) & MAP_GROWSDOWN) fn = ' [stack?]';
      else fn = '';
      if (!(st & ST.REGULAR)) fn += ' *';
      const prot = num(v, 'prot') ?? 0;
      const p = (prot & 1 ? 'r' : '-') + (prot & 2 ? 'w' : '-') + (prot & 4 ? 'x' : '-');
      const range = `${hex(toBig(v['start']) ?? 0n, 8)}-${hex(toBig(v['end']) ?? 0n, 8)}`;
      lines.push(`\t${padEnd(range, 36)}${p}${fn}`);
    }
  }
}

/** The text of `crit x <dir> <what>` for the images in `store`, newline-terminated. */
export async function critExplore(
  store: MemberStore,
  decode: DecodeImage | undefined,
  what: CritExplorer,
): Promise<CritText> {
  const problems: Problem[] = [];
  const images = new ImageSet(imageCacheOf(store, decode), problems);
  const list = await tasks(images);
  const lines: string[] = [];
  if (what === 'ps') explorePs(list, lines);
  else {
    // crit falls back to the per-type images of CRIU < 3.4 when files.img is absent.
    const files =
      !images.has('files.img') && hasLegacyFiles(images)
        ? await legacyFileEntries(images)
        : ((await images.load('files.img', true)) ?? []);
    const names = new FileNames(files);
    if (what === 'fds') await exploreFds(images, list, names, lines, problems);
    else await exploreMems(images, list, names, lines, problems);
  }
  return { text: lines.map((l) => l + '\n').join(''), problems };
}

/**
 * The process tree: pstree.img gives pid/ppid/pgid/sid and thread ids; core-<tid>.img the
 * state, names, credentials and signals; ids/fs/mm the namespaces, cwd/root/exe and maps.
 * Dead and zombie tasks only have a core image, so their absent images are not problems.
 */
import { big, bool, num, nums, obj, str, type Entry } from './entry.ts';
import { splitNul } from './bytes.ts';
import { credentials, pendingSignals, rlimits, signalHandlers } from './creds.ts';
import { loadFds } from './fds.ts';
import type { FileTable } from './files.ts';
import type { ImageSet } from '../criu/image-cache.ts';
import { enumName } from './names/bits.ts';
import { personalityNames, SECCOMP_MODES } from './names/misc.ts';
import { signalSet } from './names/signals.ts';
import { hasResources, taskState } from './names/task-state.ts';
import { decodeWaitStatus } from './names/wait-status.ts';
import type { CheckpointMemory } from '../memory/checkpoint-memory.ts';
import { checkpointPids } from '../memory/open-memory.ts';
import { problem } from '../problems.ts';
import { readProcessMemory } from './memory-adapter.ts';
import type { MmInfo, ProcessInfo, ThreadInfo } from './types.ts';
import { buildVmas } from './vmas.ts';
import { buildForest } from './process-forest.ts';

/** Command lines and environments larger than this are cut (and say so). */
const MAX_ARGS_BYTES = 1 << 20;

const NS_KEYS = ['pid', 'net', 'ipc', 'uts', 'mnt', 'user', 'cgroup', 'time'];
const SHARING_KEYS = ['vm', 'files', 'fs', 'sighand'];

/** crit accepts `ns_pid`-style arrays from the criu-dev branch; take the innermost first id. */
export function taskId(p: Entry, key: string): number {
  const v = num(p, key);
  if (v !== undefined) return v;
  return nums(p, `ns_${key}`)[0] ?? 0;
}

function seccompMode(v: unknown): string {
  if (typeof v === 'string') return v;
  return enumName(typeof v === 'number' ? v : 0, SECCOMP_MODES);
}

function pathOf(table: FileTable, id: number | undefined): string | undefined {
  const f = id === undefined ? undefined : table.byId.get(id);
  return f?.kind === 'regular' ? f.path : undefined;
}

/** The executable's fields of ProcessInfo: a path, a deleted file (and its ghost), or a memfd. */
function executable(
  table: FileTable,
  id: number | undefined,
): Pick<ProcessInfo, 'exe' | 'exeFileId' | 'exeDeleted' | 'exeGhostId' | 'exeMemfd'> {
  const f = id === undefined ? undefined : table.byId.get(id);
  if (id === undefined || !f) return {};
  if (f.kind === 'memfd')
    return {
      exe: `memfd:${f.name}`,
      exeFileId: id,
      exeMemfd: { inodeId: f.inodeId, name: f.name },
    };
  if (f.kind !== 'regular') return { exeFileId: id };
  if (!f.deleted) return { exe: f.path, exeFileId: id };
  const ghostId = f.remap?.ghostId;
  return {
    exe: f.path,
    exeFileId: id,
    exeDeleted: true,
    ...(ghostId !== undefined && table.ghostFiles.some((g) => g.ghostId === ghostId)
      ? { exeGhostId: ghostId }
      : {}),
  };
}

function threadInfo(tid: number, core: Entry | undefined, fallbackComm: string): ThreadInfo {
  const tc = obj(core, 'tc');
  const th = obj(core, 'thread_core');
  return {
    tid,
    comm: str(th, 'comm') ?? str(tc, 'comm') ?? fallbackComm,
    state: tc ? taskState(num(tc, 'task_state')) : undefined,
    blockedSignals: signalSet(big(th, 'blk_sigset') ?? big(tc, 'blk_sigset')),
    pendingSignals: pendingSignals(obj(th, 'signals_p')),
    // Only the thread group leader's core carries the mode when all threads share it.
    seccompMode: th?.['seccomp_mode'] !== undefined ? seccompMode(th['seccomp_mode']) : undefined,
    creds: th ? credentials(obj(th, 'creds')) : undefined,
    schedPolicy: num(th, 'sched_policy'),
    schedNice: num(th, 'sched_nice'),
  };
}

function mmInfo(mm: Entry): Omit<MmInfo, 'pagesInPagemap' | 'pagesPresent'> {
  return {
    startCode: big(mm, 'mm_start_code'),
    endCode: big(mm, 'mm_end_code'),
    startData: big(mm, 'mm_start_data'),
    endData: big(mm, 'mm_end_data'),
    startStack: big(mm, 'mm_start_stack'),
    startBrk: big(mm, 'mm_start_brk'),
    brk: big(mm, 'mm_brk'),
    argStart: big(mm, 'mm_arg_start'),
    argEnd: big(mm, 'mm_arg_end'),
    envStart: big(mm, 'mm_env_start'),
    envEnd: big(mm, 'mm_env_end'),
    dumpable: num(mm, 'dumpable'),
  };
}

async function readStrings(
  memory: CheckpointMemory,
  pid: number,
  start: bigint | undefined,
  end: bigint | undefined,
  what: string,
  notes: string[],
): Promise<string[] | undefined> {
  if (start === undefined || end === undefined || end < start) return undefined;
  let len = Number(end - start);
  if (len > MAX_ARGS_BYTES) {
    notes.push(`${what} is ${len} bytes; only the first ${MAX_ARGS_BYTES} are read`);
    len = MAX_ARGS_BYTES;
  }
  const r = await readProcessMemory(memory, pid, start, len);
  if (r.missing === r.bytes.length && len > 0) {
    notes.push(`${what} pages were not dumped`);
    return undefined;
  }
  if (r.missing > 0)
    notes.push(`${what}: ${r.missing} of ${len} bytes were not dumped (shown as NUL)`);
  return splitNul(r.bytes);
}

export interface ProcessContext {
  images: ImageSet;
  table: FileTable;
  memory: CheckpointMemory;
  pageSize: number;
}

async function buildOne(ctx: ProcessContext, p: Entry): Promise<ProcessInfo> {
  const { images, table } = ctx;
  const pid = taskId(p, 'pid');
  const core = await images.first(`core-${pid}.img`, true);
  const tc = obj(core, 'tc');
  const th = obj(core, 'thread_core');
  const stateCode = num(tc, 'task_state');
  const state = taskState(stateCode);
  const comm = str(tc, 'comm') ?? str(th, 'comm') ?? '';
  const exitCode = state === 'dead' || state === 'zombie' ? num(tc, 'exit_code') : undefined;
  // CRIU lists a zombie's thread as tid 0: it has no threads left, and none is recorded.
  const tids = state === 'zombie' ? [] : nums(p, 'threads');
  const threads: ThreadInfo[] = [];
  for (const tid of tids.length || state === 'zombie' ? tids : [pid]) {
    const tcore = tid === pid ? core : await images.first(`core-${tid}.img`, hasResources(state));
    threads.push(threadInfo(tid, tcore, comm));
  }
  const proc: ProcessInfo = {
    pid,
    ppid: num(p, 'ppid') ?? 0,
    pgid: taskId(p, 'pgid'),
    sid: taskId(p, 'sid'),
    children: [],
    comm,
    state,
    stateCode,
    exitCode,
    waitStatus: exitCode !== undefined ? decodeWaitStatus(exitCode) : undefined,
    threads,
    memoryNotes: [],
    creds: credentials(obj(th, 'creds')),
    // Images before CRIU 3.x kept the mode in task_core (old_seccomp_*).
    seccomp:
      state === 'zombie' && !th
        ? { mode: 'not recorded' }
        : {
            mode: seccompMode(th?.['seccomp_mode'] ?? tc?.['old_seccomp_mode']),
            filterIndex: num(th, 'seccomp_filter') ?? num(tc, 'old_seccomp_filter'),
          },
    personality: {
      value: num(tc, 'personality') ?? 0,
      names: personalityNames(num(tc, 'personality') ?? 0),
    },
    rlimits: rlimits(tc),
    signalHandlers: signalHandlers(tc),
    blockedSignals: signalSet(big(tc, 'blk_sigset')),
    pendingSignals: pendingSignals(obj(tc, 'signals_s')),
    loginuid: num(tc, 'loginuid'),
    oomScoreAdj: num(tc, 'oom_score_adj'),
    childSubreaper: bool(tc, 'child_subreaper'),
    namespaces: {},
    sharing: {},
    cgroupSet: num(th, 'cg_set') ?? num(tc, 'cg_set'),
    fds: [],
    maps: [],
  };
  if (!hasResources(state)) return proc;

  const ids = (await images.first(`ids-${pid}.img`, true)) ?? obj(core, 'ids');
  for (const k of NS_KEYS) {
    const v = num(ids, `${k}_ns_id`);
    if (v !== undefined) proc.namespaces[k] = v;
  }
  for (const k of SHARING_KEYS) {
    const v = num(ids, `${k}_id`);
    if (v !== undefined) proc.sharing[k] = v;
  }
  const filesId = num(ids, 'files_id');
  if (filesId !== undefined) proc.fds = await loadFds(images, pid, filesId, table);

  const fs = await images.first(`fs-${pid}.img`, true);
  proc.cwd = pathOf(table, num(fs, 'cwd_id'));
  proc.root = pathOf(table, num(fs, 'root_id'));
  proc.umask = num(fs, 'umask');

  const mm = await images.first(`mm-${pid}.img`, true);
  if (mm) {
    Object.assign(proc, executable(table, num(mm, 'exe_file_id')));
    const pageSize = ctx.memory.process(pid)?.pageSize ?? ctx.pageSize;
    proc.maps = buildVmas(table, ctx.memory, pid, pageSize);
    proc.mm = {
      ...mmInfo(mm),
      pagesInPagemap: proc.maps.reduce((a, v) => a + v.pagesDumped, 0),
      pagesPresent: proc.maps.reduce((a, v) => a + v.pagesInImage, 0),
    };
    proc.cmdline = await readStrings(
      ctx.memory,
      pid,
      proc.mm.argStart,
      proc.mm.argEnd,
      'command line',
      proc.memoryNotes,
    );
    proc.environ = await readStrings(
      ctx.memory,
      pid,
      proc.mm.envStart,
      proc.mm.envEnd,
      'environment',
      proc.memoryNotes,
    );
  }
  return proc;
}

export async function buildProcesses(ctx: ProcessContext): Promise<ProcessInfo[]> {
  let tree = (await ctx.images.load('pstree.img', true)) ?? [];
  if (tree.length === 0) {
    // Without pstree.img (a truncated tar ends before it) the memory layer still lists the
    // processes that have mm images; list the same ones, without their tree.
    const pids = await checkpointPids(ctx.images);
    if (pids.length > 0)
      ctx.images.report(
        problem(
          'missing-image',
          `pstree.img is missing: ${pids.length} processes are listed from their mm images, without parents, sessions or threads`,
          { image: 'pstree.img', severity: 'info' },
        ),
      );
    tree = pids.map((pid) => ({ pid, ppid: 0, pgid: pid, sid: pid, threads: [pid] }));
  }
  const procs: ProcessInfo[] = [];
  for (const p of tree) procs.push(await buildOne(ctx, p));
  // Children follow the safe forest: a cut cycle or a self-parent adds no child link.
  const forest = buildForest(procs);
  forest.children.forEach((kids, i) => {
    for (const k of kids) procs[i].children.push(procs[k].pid);
  });
  for (const p of forest.problems) ctx.images.report(p);
  return procs;
}

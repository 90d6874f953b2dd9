/**
 * Processes keyed by PID. Unlike checkpointctl (cmdline only, behind a flag; env never), every
 * field an analyst would look at is compared: names, command line and environment read from
 * memory, state, credentials, threads, executable, working directory, namespaces, limits.
 */
import type { Credentials, ProcessInfo, ThreadInfo } from '../../model/types.ts';
import { compareFacts, listText, pairByKey, statusOf, valueText, type Facts } from './keyed.ts';
import type { EnvDiff, FieldChange, ProcessDiff, ThreadBrief } from './types.ts';

/** argv as one line; JSON when joining with spaces would hide a difference. */
export function argvText(argv: readonly string[] | undefined): string | undefined {
  if (argv === undefined) return undefined;
  const plain = argv.join(' ');
  return argv.some((x) => x === '' || x.includes(' ')) ? JSON.stringify(argv) : plain;
}

function credFacts(prefix: string, c: Credentials | undefined): Facts {
  if (!c) return {};
  return {
    [`${prefix}uid`]: `${c.uid}/${c.euid}/${c.suid}/${c.fsuid}`,
    [`${prefix}gid`]: `${c.gid}/${c.egid}/${c.sgid}/${c.fsgid}`,
    [`${prefix}groups`]: listText(c.groups),
    [`${prefix}capabilities effective`]: listText(c.capEffective),
    [`${prefix}capabilities permitted`]: listText(c.capPermitted),
    [`${prefix}capabilities inheritable`]: listText(c.capInheritable),
    [`${prefix}capabilities bounding`]: listText(c.capBounding),
    [`${prefix}capabilities ambient`]: listText(c.capAmbient),
    [`${prefix}securebits`]: valueText(c.secbits),
    [`${prefix}no_new_privs`]: valueText(c.noNewPrivs),
    [`${prefix}LSM profile`]: c.lsmProfile,
  };
}

function processFacts(p: ProcessInfo): Facts {
  const facts: Facts = {
    comm: p.comm,
    cmdline: argvText(p.cmdline),
    ppid: String(p.ppid),
    pgid: String(p.pgid),
    sid: String(p.sid),
    state: p.state + (p.waitStatus ? ` (${p.waitStatus.description})` : ''),
    exe: p.exe,
    cwd: p.cwd,
    root: p.root,
    umask: p.umask === undefined ? undefined : p.umask.toString(8).padStart(4, '0'),
    ...credFacts('', p.creds),
    seccomp:
      p.seccomp.mode + (p.seccomp.filterIndex !== undefined ? ` #${p.seccomp.filterIndex}` : ''),
    personality: `0x${p.personality.value.toString(16)}`,
    'blocked signals': listText(p.blockedSignals),
    'pending signals': listText(p.pendingSignals),
    'signal handlers': listText(p.signalHandlers.map((h) => `${h.signal}=${h.handler}`)),
    loginuid: valueText(p.loginuid),
    oom_score_adj: valueText(p.oomScoreAdj),
    'child subreaper': valueText(p.childSubreaper),
    cgroup: valueText(p.cgroupSet),
  };
  for (const r of p.rlimits) facts[`rlimit ${r.name}`] = `${r.soft}/${r.hard}`;
  for (const [kind, id] of Object.entries(p.namespaces)) facts[`${kind} namespace`] = String(id);
  return facts;
}

/** NAME=value entries by name; a value-less entry (no `=`) is its own name. */
function envMap(env: readonly string[] | undefined): Map<string, string> {
  const m = new Map<string, string>();
  for (const e of env ?? []) {
    const eq = e.indexOf('=');
    m.set(eq < 0 ? e : e.slice(0, eq), eq < 0 ? '' : e.slice(eq + 1));
  }
  return m;
}

export function diffEnv(
  a: readonly string[] | undefined,
  b: readonly string[] | undefined,
): EnvDiff {
  const ma = envMap(a);
  const mb = envMap(b);
  const out: EnvDiff = { added: [], removed: [], changed: [] };
  for (const [name, value] of mb) {
    const old = ma.get(name);
    if (old === undefined) out.added.push(`${name}=${value}`);
    else if (old !== value) out.changed.push({ name, a: old, b: value });
  }
  for (const [name, value] of ma) if (!mb.has(name)) out.removed.push(`${name}=${value}`);
  return out;
}

/** Threads added and removed, and field changes of the threads on both sides. */
function diffThreads(
  a: ProcessInfo,
  b: ProcessInfo,
): { threads: ProcessDiff['threads']; changes: FieldChange[] } {
  const brief = (t: { tid: number; comm: string }): ThreadBrief => ({ tid: t.tid, comm: t.comm });
  const threads: ProcessDiff['threads'] = { added: [], removed: [] };
  const before: Facts = {};
  const after: Facts = {};
  const note = (facts: Facts, t: ThreadInfo) => {
    facts[`thread ${t.tid} comm`] = t.comm;
    facts[`thread ${t.tid} state`] = t.state;
    facts[`thread ${t.tid} blocked signals`] = listText(t.blockedSignals);
  };
  for (const p of pairByKey(a.threads, b.threads, (t) => String(t.tid))) {
    if (!p.a && p.b) threads.added.push(brief(p.b));
    else if (p.a && !p.b) threads.removed.push(brief(p.a));
    // The main thread's name and signals are the process's, compared with it.
    else if (p.a && p.b && p.a.tid !== a.pid) {
      note(before, p.a);
      note(after, p.b);
    }
  }
  return { threads, changes: compareFacts(before, after) };
}

const noEnv = (): EnvDiff => ({ added: [], removed: [], changed: [] });

/** Environments, unless one side's could not be read: that is not an emptied environment. */
function environment(a: ProcessInfo, b: ProcessInfo): { env: EnvDiff; changes: FieldChange[] } {
  if (a.environ !== undefined && b.environ !== undefined)
    return { env: diffEnv(a.environ, b.environ), changes: [] };
  if (a.environ === undefined && b.environ === undefined) return { env: noEnv(), changes: [] };
  const count = (e: string[] | undefined) => (e ? `${e.length} variables` : 'not readable');
  return {
    env: noEnv(),
    changes: [{ field: 'environment', a: count(a.environ), b: count(b.environ) }],
  };
}

export function diffProcesses(a: readonly ProcessInfo[], b: readonly ProcessInfo[]): ProcessDiff[] {
  return pairByKey(a, b, (p) => String(p.pid)).map((pair) => {
    const p = (pair.b ?? pair.a)!;
    const out: ProcessDiff = {
      pid: p.pid,
      status: statusOf(pair, []),
      comm: p.comm,
      changes: [],
      env: noEnv(),
      threads: { added: [], removed: [] },
    };
    if (p.cmdline !== undefined) out.cmdline = p.cmdline;
    if (pair.a && pair.b) {
      const env = environment(pair.a, pair.b);
      const threads = diffThreads(pair.a, pair.b);
      out.changes = [
        ...compareFacts(processFacts(pair.a), processFacts(pair.b)),
        ...env.changes,
        ...threads.changes,
      ];
      out.env = env.env;
      out.threads = threads.threads;
      const envChanged = env.env.added.length + env.env.removed.length + env.env.changed.length;
      const threadsChanged = threads.threads.added.length + threads.threads.removed.length;
      out.status = statusOf(pair, out.changes, envChanged + threadsChanged > 0);
    }
    return out;
  });
}

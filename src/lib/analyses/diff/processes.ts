/**
 * Processes keyed by PID. Unlike checkpointctl (cmdline only, behind a flag; env never), every
 * field an analyst would look at is compared: names, command line and environment read from
 * memory, state, credentials, threads, executable, working directory, namespaces, limits.
 */
import type { Credentials, ProcessInfo } from '../../model/types.ts';
import { compareFacts, listText, pairByKey, statusOf, valueText, type Facts } from './keyed.ts';
import type { EnvDiff, ProcessDiff, ThreadBrief } from './types.ts';

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
    state: p.state + (p.exitCode !== undefined ? ` (exit code ${p.exitCode})` : ''),
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

function diffThreads(a: ProcessInfo, b: ProcessInfo): ProcessDiff['threads'] & { comms: Facts[] } {
  const brief = (t: { tid: number; comm: string }): ThreadBrief => ({ tid: t.tid, comm: t.comm });
  const pairs = pairByKey(a.threads, b.threads, (t) => String(t.tid));
  const added: ThreadBrief[] = [];
  const removed: ThreadBrief[] = [];
  const ca: Facts = {};
  const cb: Facts = {};
  for (const p of pairs) {
    if (!p.a && p.b) added.push(brief(p.b));
    else if (p.a && !p.b) removed.push(brief(p.a));
    else if (p.a && p.b) {
      // The main thread's name is the process's comm, compared above.
      if (p.a.tid === a.pid) continue;
      ca[`thread ${p.key} comm`] = p.a.comm;
      cb[`thread ${p.key} comm`] = p.b.comm;
      ca[`thread ${p.key} state`] = p.a.state;
      cb[`thread ${p.key} state`] = p.b.state;
      ca[`thread ${p.key} blocked signals`] = listText(p.a.blockedSignals);
      cb[`thread ${p.key} blocked signals`] = listText(p.b.blockedSignals);
    }
  }
  return { added, removed, comms: [ca, cb] };
}

export function diffProcesses(a: readonly ProcessInfo[], b: readonly ProcessInfo[]): ProcessDiff[] {
  return pairByKey(a, b, (p) => String(p.pid)).map((pair) => {
    const p = (pair.b ?? pair.a)!;
    let changes = pair.a && pair.b ? compareFacts(processFacts(pair.a), processFacts(pair.b)) : [];
    let env: EnvDiff = { added: [], removed: [], changed: [] };
    let threads: ProcessDiff['threads'] = { added: [], removed: [] };
    if (pair.a && pair.b) {
      env = diffEnv(pair.a.environ, pair.b.environ);
      const t = diffThreads(pair.a, pair.b);
      threads = { added: t.added, removed: t.removed };
      changes = [...changes, ...compareFacts(t.comms[0]!, t.comms[1]!)];
      if (pair.a.environ === undefined || pair.b.environ === undefined) {
        // Unreadable memory on one side is not an empty environment.
        env = { added: [], removed: [], changed: [] };
        if ((pair.a.environ === undefined) !== (pair.b.environ === undefined))
          changes.push({
            field: 'environment',
            ...(pair.a.environ
              ? { a: `${pair.a.environ.length} variables` }
              : { a: 'not readable' }),
            ...(pair.b.environ
              ? { b: `${pair.b.environ.length} variables` }
              : { b: 'not readable' }),
          });
      }
    }
    const envChanged = env.added.length + env.removed.length + env.changed.length > 0;
    const threadsChanged = threads.added.length + threads.removed.length > 0;
    const out: ProcessDiff = {
      pid: p.pid,
      status: statusOf(pair, envChanged || threadsChanged ? [1, ...changes] : changes),
      comm: p.comm,
      changes,
      env,
      threads,
    };
    if (p.cmdline !== undefined) out.cmdline = p.cmdline;
    return out;
  });
}

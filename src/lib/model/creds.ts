/** Credentials, signals and limits of a task from core-<tid>.img. */
import { big, bool, entries, num, nums, obj, str, type Entry } from './entry.ts';
import { capabilityNames } from './names/capabilities.ts';
import { RLIMIT_NAMES, RLIM_INFINITY } from './names/rlimits.ts';
import { sigactionFlagNames, signalName, signalSet } from './names/signals.ts';
import type { Credentials, Rlimit, SignalHandler } from './types.ts';

export function credentials(c: Entry | undefined): Credentials | undefined {
  if (!c) return undefined;
  return {
    uid: num(c, 'uid') ?? 0,
    gid: num(c, 'gid') ?? 0,
    euid: num(c, 'euid') ?? 0,
    egid: num(c, 'egid') ?? 0,
    suid: num(c, 'suid') ?? 0,
    sgid: num(c, 'sgid') ?? 0,
    fsuid: num(c, 'fsuid') ?? 0,
    fsgid: num(c, 'fsgid') ?? 0,
    groups: nums(c, 'groups'),
    capInheritable: capabilityNames(nums(c, 'cap_inh')),
    capPermitted: capabilityNames(nums(c, 'cap_prm')),
    capEffective: capabilityNames(nums(c, 'cap_eff')),
    capBounding: capabilityNames(nums(c, 'cap_bnd')),
    capAmbient: capabilityNames(nums(c, 'cap_amb')),
    secbits: num(c, 'secbits'),
    // u32 in creds.proto; older tooling wrote a bool.
    noNewPrivs:
      bool(c, 'no_new_privs') ??
      (num(c, 'no_new_privs') === undefined ? undefined : num(c, 'no_new_privs') !== 0),
    lsmProfile: str(c, 'lsm_profile'),
  };
}

export function rlimits(tc: Entry | undefined): Rlimit[] {
  const list = entries(obj(tc, 'rlimits'), 'rlimits');
  const show = (v: bigint | undefined): bigint | 'unlimited' =>
    v === undefined || v === RLIM_INFINITY ? 'unlimited' : v;
  return list.map((r, i) => ({
    name: RLIMIT_NAMES[i] ?? `RLIMIT_${i}`,
    soft: show(big(r, 'cur')),
    hard: show(big(r, 'max')),
  }));
}

/** Handlers other than SIG_DFL-without-flags; index i of the array is signal i+1. */
export function signalHandlers(tc: Entry | undefined): SignalHandler[] {
  const out: SignalHandler[] = [];
  entries(tc, 'sigactions').forEach((sa, i) => {
    const handler = big(sa, 'sigaction') ?? 0n;
    const flags = num(sa, 'flags') ?? 0;
    if (handler === 0n && flags === 0) return;
    out.push({
      signal: signalName(i + 1),
      number: i + 1,
      handler:
        handler === 0n ? 'SIG_DFL' : handler === 1n ? 'SIG_IGN' : `0x${handler.toString(16)}`,
      flags: sigactionFlagNames(flags),
      mask: signalSet(big(sa, 'mask')),
    });
  });
  return out;
}

/** Pending signals: each queued siginfo starts with si_signo (little-endian int32). */
export function pendingSignals(queue: Entry | undefined): string[] {
  const out: string[] = [];
  for (const s of entries(queue, 'signals')) {
    const info = s['siginfo'];
    if (info instanceof Uint8Array && info.length >= 4) {
      out.push(signalName(new DataView(info.buffer, info.byteOffset, 4).getInt32(0, true)));
    }
  }
  return out;
}

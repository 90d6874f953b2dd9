/**
 * Privilege rules: capabilities beyond what the engine grants by default, processes without
 * seccomp, and root where the configuration asked for another user.
 */
import type { CheckpointModel, ProcessInfo } from '../../model/types.ts';
import { processEvidence } from './evidence.ts';
import { RULES } from './rules.ts';
import type { Finding } from './types.ts';

const PODMAN_DEFAULT = [
  'CAP_CHOWN',
  'CAP_DAC_OVERRIDE',
  'CAP_FOWNER',
  'CAP_FSETID',
  'CAP_KILL',
  'CAP_NET_BIND_SERVICE',
  'CAP_SETFCAP',
  'CAP_SETGID',
  'CAP_SETPCAP',
  'CAP_SETUID',
  'CAP_SYS_CHROOT',
];
/** Docker's and containerd's (CRI) default set: Podman's plus these three. */
const CONTAINERD_DEFAULT = [...PODMAN_DEFAULT, 'CAP_AUDIT_WRITE', 'CAP_MKNOD', 'CAP_NET_RAW'];
/** CRI-O 1.18+. */
const CRIO_DEFAULT = [
  'CAP_CHOWN',
  'CAP_DAC_OVERRIDE',
  'CAP_FSETID',
  'CAP_FOWNER',
  'CAP_SETGID',
  'CAP_SETUID',
  'CAP_SETPCAP',
  'CAP_NET_BIND_SERVICE',
  'CAP_KILL',
];

/** Capabilities that are a known step out of a container. */
const ESCAPE_CAPS = new Set([
  'CAP_SYS_ADMIN',
  'CAP_SYS_PTRACE',
  'CAP_SYS_MODULE',
  'CAP_SYS_RAWIO',
  'CAP_DAC_READ_SEARCH',
  'CAP_SYS_BOOT',
  'CAP_BPF',
  'CAP_PERFMON',
  'CAP_MAC_ADMIN',
  'CAP_SYSLOG',
]);

const NETWORK_CAPS = new Set(['CAP_NET_ADMIN', 'CAP_NET_RAW']);

/** The engine's default effective set and its name; undefined for a bare CRIU dump. */
export function engineDefaultCaps(engine: string): { name: string; caps: Set<string> } | undefined {
  if (/podman/i.test(engine)) return { name: 'Podman', caps: new Set(PODMAN_DEFAULT) };
  if (/cri-o/i.test(engine)) return { name: 'CRI-O', caps: new Set(CRIO_DEFAULT) };
  if (/containerd|docker/i.test(engine))
    return { name: 'containerd', caps: new Set(CONTAINERD_DEFAULT) };
  return undefined;
}

function live(p: ProcessInfo): boolean {
  return p.creds !== undefined && p.maps.length > 0;
}

export function privilegeFindings(model: CheckpointModel): Finding[] {
  const out: Finding[] = [];
  const engine = engineDefaultCaps(model.container.engine);
  const bareNote = 'no container engine wrote this checkpoint: there is no default to compare with';
  const configuredUid = model.container.ociProcess?.user?.split(':')[0];
  for (const p of model.processes) {
    if (!live(p)) continue;
    const creds = p.creds!;
    const extra = engine
      ? creds.capEffective.filter((c) => !engine.caps.has(c))
      : creds.capEffective.filter((c) => ESCAPE_CAPS.has(c));
    if (extra.length > 0) {
      const escape = extra.filter((c) => ESCAPE_CAPS.has(c));
      const net = extra.filter((c) => NETWORK_CAPS.has(c));
      out.push({
        rule: RULES.extraCapabilities,
        summary: `pid ${p.pid} (${p.comm}) has ${extra.join(', ')}${engine ? ` beyond ${engine.name}'s default set` : ''}`,
        severity: !engine ? 'info' : escape.length ? 'high' : net.length ? 'medium' : 'low',
        severityNote: !engine
          ? bareNote
          : escape.length
            ? `${escape.join(', ')} can be used to reach the host`
            : net.length
              ? `${net.join(', ')} reach the network stack`
              : 'none of them is a known way out of a container',
        pid: p.pid,
        evidence: [processEvidence(p)],
      });
    }
    if (p.seccomp.mode === 'disabled')
      out.push({
        rule: RULES.seccompOff,
        summary: `pid ${p.pid} (${p.comm}) runs without a seccomp filter`,
        severity: engine ? RULES.seccompOff.severity : 'info',
        ...(engine ? {} : { severityNote: bareNote }),
        pid: p.pid,
        evidence: [processEvidence(p)],
      });
    if (
      configuredUid !== undefined &&
      /^\d+$/.test(configuredUid) &&
      configuredUid !== '0' &&
      (creds.euid === 0 || creds.uid === 0)
    )
      out.push({
        rule: RULES.unexpectedRoot,
        summary: `pid ${p.pid} (${p.comm}) runs as uid ${creds.uid} (euid ${creds.euid}); the container is configured for uid ${configuredUid}`,
        severity: RULES.unexpectedRoot.severity,
        pid: p.pid,
        evidence: [processEvidence(p)],
      });
  }
  return out;
}

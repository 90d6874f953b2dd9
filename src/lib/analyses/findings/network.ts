/**
 * Network rules: shells wired to sockets, relay tools, raw sockets, listeners the engine does
 * not publish, and who the container was connected to.
 */
import type { CheckpointModel, ProcessInfo, SocketInfo } from '../../model/types.ts';
import { fdEvidence, processEvidence, socketEvidence } from './evidence.ts';
import { basename } from './paths.ts';
import { RULES } from './rules.ts';
import type { Evidence, Finding } from './types.ts';

const SHELLS =
  /^(sh|bash|dash|ash|zsh|ksh|mksh|csh|tcsh|fish|busybox|python[\d.]*|perl[\d.]*|ruby[\d.]*|php[\d.]*|lua[\d.]*|node|nodejs|nc|ncat|netcat|nc\.openbsd|nc\.traditional|socat|awk|gawk|mawk|telnet|expect)$/;
const NETCATS = /^(nc|ncat|netcat|nc\.openbsd|nc\.traditional|socat|cryptcat|pwncat)$/;

/** The names a process goes by: its comm, its executable's and argv[0]'s basenames. */
function names(p: ProcessInfo): string[] {
  return [p.comm, p.exe && basename(p.exe), p.cmdline?.[0] && basename(p.cmdline[0])].filter(
    (n): n is string => !!n,
  );
}

function isLoopback(address: string): boolean {
  return /^127\./.test(address) || address === '::1' || /^::ffff:127\./.test(address);
}

function isAny(address: string): boolean {
  return address === '0.0.0.0' || address === '::' || address === '';
}

function stripBrackets(a: string): string {
  return a.replace(/^\[|\]$/g, '');
}

export function networkFindings(model: CheckpointModel): Finding[] {
  const out: Finding[] = [];
  const sockets = new Map(model.sockets.map((s) => [s.id, s]));
  const holders = (s: SocketInfo): Evidence[] =>
    s.holders.map((h) => fdEvidence(h.pid, h.fd, s.description));

  for (const p of model.processes) {
    const n = names(p);
    if (n.some((x) => SHELLS.test(x))) {
      const stdio = p.fds.filter((f) => f.fd <= 2 && sockets.has(f.fileId));
      if (stdio.length > 0) {
        const socks = [...new Set(stdio.map((f) => sockets.get(f.fileId)!))];
        const inet = socks.some((s) => s.family === 'INET' || s.family === 'INET6');
        out.push({
          rule: RULES.shellOnSocket,
          summary: `pid ${p.pid} (${p.comm}${p.cmdline ? ` ${p.cmdline.join(' ')}` : ''}): fd ${stdio.map((f) => f.fd).join(', ')} on ${socks.map((s) => s.description).join('; ')}`,
          severity: inet ? 'high' : 'medium',
          ...(inet ? {} : { severityNote: 'a UNIX socket, not a network connection' }),
          pid: p.pid,
          evidence: [
            processEvidence(p),
            ...stdio.map((f) => fdEvidence(p.pid, f.fd, f.description)),
            ...socks.map(socketEvidence),
          ],
        });
      }
    }
    if (n.some((x) => NETCATS.test(x))) {
      const socks = [
        ...new Set(p.fds.map((f) => sockets.get(f.fileId)).filter((s) => s !== undefined)),
      ];
      out.push({
        rule: RULES.netcat,
        summary: `pid ${p.pid} (${p.comm}${p.cmdline ? ` ${p.cmdline.join(' ')}` : ''})${socks.length ? `: ${socks.map((s) => s.description).join('; ')}` : ''}`,
        severity: RULES.netcat.severity,
        pid: p.pid,
        evidence: [
          processEvidence(p),
          ...p.fds
            .filter((f) => sockets.has(f.fileId))
            .map((f) => fdEvidence(p.pid, f.fd, f.description)),
        ],
      });
    }
  }

  const published = model.container.publishedPorts;
  const ownAddresses = new Set(
    model.container.network.map((i) => i.ip?.replace(/\/\d+$/, '')).filter((a): a is string => !!a),
  );
  for (const s of model.sockets) {
    const inet = s.family === 'INET' || s.family === 'INET6';
    if (s.family === 'PACKET' || (inet && s.type === 'RAW')) {
      out.push({
        rule: RULES.rawSocket,
        summary: `${s.description}${s.holders.length ? ` held by pid ${[...new Set(s.holders.map((h) => h.pid))].join(', ')}` : ''}`,
        severity: RULES.rawSocket.severity,
        pid: s.holders[0]?.pid,
        evidence: [socketEvidence(s), ...holders(s)],
      });
    }
    if (!inet || !s.local) continue;
    const protocol = s.type === 'DGRAM' ? 'udp' : s.type === 'STREAM' ? 'tcp' : undefined;
    const listening =
      (protocol === 'tcp' && s.state === 'LISTEN') ||
      (protocol === 'udp' && s.local.port !== 0 && (!s.remote || s.remote.port === 0));
    if (listening && protocol) {
      const local = stripBrackets(s.local.address);
      const isPublished = published?.some(
        (m) =>
          m.protocol === protocol && s.local!.port >= m.port && s.local!.port < m.port + m.range,
      );
      if (!isPublished) {
        const loop = isLoopback(local);
        out.push({
          rule: RULES.unpublishedListener,
          summary: `${protocol.toUpperCase()} port ${s.local.port} on ${isAny(local) ? 'all addresses' : local}${published === undefined ? ' (the engine files list no published ports)' : ''}`,
          severity: loop ? 'info' : RULES.unpublishedListener.severity,
          ...(loop
            ? {
                severityNote:
                  'bound to the loopback address: reachable from inside the container only',
              }
            : {}),
          pid: s.holders[0]?.pid,
          evidence: [socketEvidence(s), ...holders(s)],
        });
      }
    }
    if (protocol === 'tcp' && s.state === 'ESTABLISHED' && s.remote) {
      const remote = stripBrackets(s.remote.address);
      if (!isLoopback(remote) && !ownAddresses.has(remote) && !isAny(remote))
        out.push({
          rule: RULES.externalConnection,
          summary: `${s.description}${s.holders.length ? ` (pid ${[...new Set(s.holders.map((h) => h.pid))].join(', ')})` : ''}`,
          severity: RULES.externalConnection.severity,
          pid: s.holders[0]?.pid,
          evidence: [socketEvidence(s), ...holders(s)],
        });
    }
  }
  return out;
}

/**
 * Sockets, one row per holding fd, keyed like checkpointctl (`pid:protocol:type:address:port:
 * peer-address:peer-port`). That key leaves out the state, so a connection that went from
 * ESTABLISHED to CLOSE_WAIT is one changed row (checkpointctl: unchanged), and the data
 * queued in it (TCP in-flight queues, queued datagrams) is compared by size and content.
 * Two unnamed sockets of one process (a socketpair) share a key; they are told apart by fd.
 */
import { printableText } from '../../model/bytes.ts';
import type { SocketInfo } from '../../model/types.ts';
import { compareFacts, pairByKey, statusOf, valueText, type Facts } from './keyed.ts';
import type { SocketDiff } from './types.ts';

interface SocketRow {
  pid: number;
  fd: number;
  socket: SocketInfo;
}

const endpoint = (e: { address: string; port: number } | undefined) =>
  e ? { address: e.address, port: String(e.port) } : { address: '', port: '' };

export function socketKey(r: SocketRow): string {
  const s = r.socket;
  const local = s.family === 'UNIX' ? { address: s.unixPath ?? '', port: '' } : endpoint(s.local);
  const remote = s.family === 'UNIX' ? { address: '', port: '' } : endpoint(s.remote);
  const proto = s.protocol || s.family;
  return [r.pid, proto, s.type, local.address, local.port, remote.address, remote.port].join(':');
}

/** Size and a short printable preview: equal sizes with different bytes still differ. */
function dataText(chunks: readonly Uint8Array[]): string {
  const total = chunks.reduce((n, c) => n + c.length, 0);
  if (total === 0)
    return chunks.length
      ? `${chunks.length} empty message${chunks.length === 1 ? '' : 's'}`
      : 'none';
  const head = chunks.length > 1 ? `${total} bytes in ${chunks.length} messages` : `${total} bytes`;
  const first = chunks.find((c) => c.length > 0)!;
  const preview = printableText(first.subarray(0, 48)) + (first.length > 48 ? '…' : '');
  return `${head}: ${JSON.stringify(preview)}`;
}

function socketFacts(s: SocketInfo): Facts {
  const facts: Facts = {
    state: s.state,
    'queued data': dataText(s.queued),
    backlog: valueText(s.backlog),
    'send buffer': valueText(s.sendBuffer),
    'receive buffer': valueText(s.receiveBuffer),
    shutdown: valueText(s.shutdown),
    interface: s.interface,
    'unix path deleted': valueText(s.unixDeleted),
  };
  if (s.tcp) {
    facts['TCP receive queue'] = dataText(s.tcp.inQueue?.length ? [s.tcp.inQueue] : []);
    facts['TCP send queue'] = dataText(s.tcp.outQueue?.length ? [s.tcp.outQueue] : []);
    facts['TCP receive seq'] = valueText(s.tcp.inSeq);
    facts['TCP send seq'] = valueText(s.tcp.outSeq);
  }
  return facts;
}

function rows(sockets: readonly SocketInfo[]): SocketRow[] {
  const out: SocketRow[] = [];
  for (const s of sockets) {
    if (s.holders.length === 0) out.push({ pid: 0, fd: -1, socket: s });
    for (const h of s.holders) out.push({ pid: h.pid, fd: h.fd, socket: s });
  }
  // Pairing within a shared key goes in order: fd order makes a socketpair's ends meet.
  return out.sort((x, y) => x.pid - y.pid || x.fd - y.fd);
}

const endText = (e: { address: string; port: number } | undefined, family: string) =>
  e === undefined ? '' : family === 'INET6' ? `[${e.address}]:${e.port}` : `${e.address}:${e.port}`;

export function diffSockets(a: readonly SocketInfo[], b: readonly SocketInfo[]): SocketDiff[] {
  return pairByKey(rows(a), rows(b), socketKey).map((pair) => {
    const changes =
      pair.a && pair.b ? compareFacts(socketFacts(pair.a.socket), socketFacts(pair.b.socket)) : [];
    const r = (pair.b ?? pair.a)!;
    const s = r.socket;
    if (pair.a && pair.b && pair.a.fd !== pair.b.fd)
      changes.unshift({ field: 'fd', a: String(pair.a.fd), b: String(pair.b.fd) });
    return {
      key: pair.key,
      pid: r.pid,
      fd: r.fd,
      status: statusOf(pair, changes),
      family: s.family,
      type: s.type,
      protocol: s.protocol,
      state: s.state,
      local: s.family === 'UNIX' ? (s.unixPath ?? '(unnamed)') : endText(s.local, s.family),
      remote: s.family === 'UNIX' ? '' : endText(s.remote, s.family),
      changes,
    };
  });
}

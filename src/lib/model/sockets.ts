/**
 * Sockets from files.img (INETSK, UNIXSK, PACKETSK, NETLINKSK) with their queued data:
 * TCP send/receive queues from tcp-stream-<ino hex>.img and queued packets/stream data of
 * other sockets from sk-queues.img (keyed by the receiving socket's file id).
 */
import { bool, bytes, num, nums, obj, str, type Entry } from './entry.ts';
import { extraBytes } from './bytes.ts';
import { ipv6Text } from '../criu/ip-address.ts';
import type { ImageSet } from '../criu/image-cache.ts';
import { enumName } from './names/bits.ts';
import {
  ETH_PROTOCOLS,
  FAMILIES,
  IP_PROTOCOLS,
  NETLINK_PROTOCOLS,
  socketStateName,
  SOCK_TYPES,
} from './names/sockets.ts';
import type { SocketEndpoint, SocketInfo } from './types.ts';

/** CRIU stores addresses as u32 words in network byte order; LE-writing them gives the bytes. */
export function inetAddress(words: number[]): string {
  const b = new Uint8Array(words.length * 4);
  const dv = new DataView(b.buffer);
  words.forEach((w, i) => dv.setUint32(i * 4, w >>> 0, true));
  if (words.length === 1) return Array.from(b).join('.');
  if (words.length !== 4) return words.map((w) => w.toString(16)).join(':');
  return ipv6String(b);
}

function ipv6String(b: Uint8Array): string {
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((b[i]! << 8) | b[i + 1]!);
  // IPv4-mapped addresses read better in their dotted form.
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff)
    return `::ffff:${b[12]}.${b[13]}.${b[14]}.${b[15]}`;
  return ipv6Text(groups);
}

function endpoint(words: number[], port: number | undefined): SocketEndpoint | undefined {
  if (words.length === 0 && port === undefined) return undefined;
  return { address: words.length ? inetAddress(words) : '', port: port ?? 0 };
}

function showEndpoint(e: SocketEndpoint | undefined, v6: boolean): string {
  if (!e) return '?';
  return v6 ? `[${e.address}]:${e.port}` : `${e.address}:${e.port}`;
}

/** A UNIX socket name: a path, or an abstract name whose leading NUL reads as `@`. */
export function unixName(name: Uint8Array | undefined): { path?: string; abstract?: boolean } {
  if (!name || name.length === 0) return {};
  if (name[0] === 0)
    return { path: '@' + new TextDecoder().decode(name.subarray(1)), abstract: true };
  let end = name.length;
  while (end > 0 && name[end - 1] === 0) end--;
  return { path: new TextDecoder().decode(name.subarray(0, end)), abstract: false };
}

function inetSocket(id: number, e: Entry): SocketInfo {
  const familyNum = num(e, 'family');
  const family = enumName(familyNum, FAMILIES);
  const type = enumName(num(e, 'type'), SOCK_TYPES);
  const protocol = enumName(num(e, 'proto'), IP_PROTOCOLS);
  const state = socketStateName(family, num(e, 'state'));
  const local = endpoint(nums(e, 'src_addr'), num(e, 'src_port'));
  const remote = endpoint(nums(e, 'dst_addr'), num(e, 'dst_port'));
  const v6 = familyNum === 10;
  const opts = obj(e, 'opts');
  const connected = remote && remote.port !== 0;
  const description =
    `${protocol}${v6 ? '6' : ''} ${showEndpoint(local, v6)}` +
    (connected ? ` -> ${showEndpoint(remote, v6)}` : '') +
    ` ${state}`;
  return {
    id,
    ino: num(e, 'ino') ?? 0,
    family,
    type,
    protocol,
    state,
    local,
    remote,
    backlog: num(e, 'backlog'),
    sendBuffer: num(opts, 'so_sndbuf'),
    receiveBuffer: num(opts, 'so_rcvbuf'),
    shutdown: num(e, 'shutdown'),
    interface: str(e, 'ifname'),
    holders: [],
    queued: [],
    description,
  };
}

function unixSocket(id: number, e: Entry): SocketInfo {
  const { path, abstract } = unixName(bytes(e, 'name'));
  const type = enumName(num(e, 'type'), SOCK_TYPES);
  const state = socketStateName('UNIX', num(e, 'state'));
  const opts = obj(e, 'opts');
  const peer = num(e, 'peer');
  return {
    id,
    ino: num(e, 'ino') ?? 0,
    family: 'UNIX',
    type,
    protocol: '',
    state,
    unixPath: path,
    unixDeleted: bool(e, 'deleted') || undefined,
    abstract,
    peerIno: peer,
    backlog: num(e, 'backlog'),
    sendBuffer: num(opts, 'so_sndbuf'),
    receiveBuffer: num(opts, 'so_rcvbuf'),
    shutdown: num(e, 'shutdown'),
    holders: [],
    queued: [],
    description: `UNIX ${type} ${path ?? '(unnamed)'} ${state}` + (peer ? ` peer ino ${peer}` : ''),
  };
}

function packetSocket(id: number, e: Entry): SocketInfo {
  const type = enumName(num(e, 'type'), SOCK_TYPES);
  const proto = num(e, 'protocol');
  const protocol = enumName(proto, ETH_PROTOCOLS);
  return {
    id,
    ino: num(e, 'ino') ?? 0,
    family: 'PACKET',
    type,
    protocol,
    state: '',
    holders: [],
    queued: [],
    description: `PACKET ${type} ${protocol} ifindex ${num(e, 'ifindex') ?? 0}`,
    details: e,
  };
}

function netlinkSocket(id: number, e: Entry): SocketInfo {
  const protocol = enumName(num(e, 'protocol'), NETLINK_PROTOCOLS);
  return {
    id,
    ino: num(e, 'ino') ?? 0,
    family: 'NETLINK',
    type: 'RAW',
    protocol,
    state: socketStateName('NETLINK', num(e, 'state')),
    holders: [],
    queued: [],
    description: `NETLINK ${protocol} portid ${num(e, 'portid') ?? 0}`,
    details: e,
  };
}

/** The socket for one files.img entry of a socket type; undefined for other types. */
export function socketFromFile(type: string, id: number, file: Entry): SocketInfo | undefined {
  switch (type) {
    case 'INETSK': {
      const e = obj(file, 'isk');
      return e && inetSocket(id, e);
    }
    case 'UNIXSK': {
      const e = obj(file, 'usk');
      return e && unixSocket(id, e);
    }
    case 'PACKETSK': {
      const e = obj(file, 'psk');
      return e && packetSocket(id, e);
    }
    case 'NETLINKSK': {
      const e = obj(file, 'nlsk');
      return e && netlinkSocket(id, e);
    }
    default:
      return undefined;
  }
}

/** Attach queued bytes and peer links once all sockets are known. */
export async function attachSocketData(images: ImageSet, sockets: SocketInfo[]): Promise<void> {
  const byId = new Map(sockets.map((s) => [s.id, s]));
  const unixByIno = new Map(sockets.filter((s) => s.family === 'UNIX').map((s) => [s.ino, s]));
  for (const s of sockets) {
    if (s.family === 'UNIX' && s.peerIno) s.peerId = unixByIno.get(s.peerIno)?.id;
  }
  for (const q of (await images.load('sk-queues.img')) ?? []) {
    const s = byId.get(num(q, 'id_for') ?? -1);
    const data = extraBytes(q['extra']);
    if (s && data) s.queued.push(data);
  }
  for (const s of sockets) {
    if (s.protocol !== 'TCP' || s.state === 'LISTEN') continue;
    const name = `tcp-stream-${s.ino.toString(16)}.img`;
    const e = await images.first(name);
    if (!e) continue;
    const extra = e['extra'];
    const ex =
      extra && typeof extra === 'object' && !(extra instanceof Uint8Array)
        ? (extra as Entry)
        : undefined;
    s.tcp = {
      inQueue: extraBytes(ex?.['inq']),
      outQueue: extraBytes(ex?.['outq']),
      inSeq: num(e, 'inq_seq'),
      outSeq: num(e, 'outq_seq'),
    };
    const inLen = s.tcp.inQueue?.length ?? 0;
    const outLen = s.tcp.outQueue?.length ?? 0;
    if (inLen || outLen) s.description += ` (queued: ${inLen} in, ${outLen} out)`;
  }
  for (const s of sockets) {
    const n = s.queued.reduce((a, b) => a + b.length, 0);
    if (n) s.description += ` (${s.queued.length} queued, ${n} bytes)`;
  }
}

import { enumName } from './bits.ts';

/** Socket families, types, protocols and TCP states as Linux numbers them. */
export const FAMILIES: Readonly<Record<number, string>> = {
  1: 'UNIX',
  2: 'INET',
  10: 'INET6',
  16: 'NETLINK',
  17: 'PACKET',
};

export const SOCK_TYPES: Readonly<Record<number, string>> = {
  1: 'STREAM',
  2: 'DGRAM',
  3: 'RAW',
  4: 'RDM',
  5: 'SEQPACKET',
  6: 'DCCP',
  10: 'PACKET',
};

export const IP_PROTOCOLS: Readonly<Record<number, string>> = {
  0: 'IP',
  1: 'ICMP',
  6: 'TCP',
  17: 'UDP',
  58: 'ICMPV6',
  136: 'UDPLITE',
  255: 'RAW',
};

/** include/net/tcp_states.h; UDP and UNIX sockets reuse the same numbers. */
export const TCP_STATES: Readonly<Record<number, string>> = {
  1: 'ESTABLISHED',
  2: 'SYN_SENT',
  3: 'SYN_RECV',
  4: 'FIN_WAIT1',
  5: 'FIN_WAIT2',
  6: 'TIME_WAIT',
  7: 'CLOSE',
  8: 'CLOSE_WAIT',
  9: 'LAST_ACK',
  10: 'LISTEN',
  11: 'CLOSING',
  12: 'NEW_SYN_RECV',
};

export const NETLINK_PROTOCOLS: Readonly<Record<number, string>> = {
  0: 'NETLINK_ROUTE',
  2: 'NETLINK_USERSOCK',
  3: 'NETLINK_FIREWALL',
  4: 'NETLINK_SOCK_DIAG',
  5: 'NETLINK_NFLOG',
  6: 'NETLINK_XFRM',
  7: 'NETLINK_SELINUX',
  8: 'NETLINK_ISCSI',
  9: 'NETLINK_AUDIT',
  10: 'NETLINK_FIB_LOOKUP',
  11: 'NETLINK_CONNECTOR',
  12: 'NETLINK_NETFILTER',
  13: 'NETLINK_IP6_FW',
  14: 'NETLINK_DNRTMSG',
  15: 'NETLINK_KOBJECT_UEVENT',
  16: 'NETLINK_GENERIC',
  18: 'NETLINK_SCSITRANSPORT',
  19: 'NETLINK_ECRYPTFS',
  20: 'NETLINK_RDMA',
  21: 'NETLINK_CRYPTO',
};

/** Ethernet protocol numbers seen on packet sockets (host order). */
export const ETH_PROTOCOLS: Readonly<Record<number, string>> = {
  0x0003: 'ETH_P_ALL',
  0x0800: 'ETH_P_IP',
  0x0806: 'ETH_P_ARP',
  0x86dd: 'ETH_P_IPV6',
};

/** A netlink socket's sk_state (net/netlink/af_netlink.h): it is not a TCP state. */
export const NETLINK_STATES: Readonly<Record<number, string>> = {
  0: 'UNCONNECTED',
  1: 'CONNECTED',
};

/**
 * The one name of a socket's state for every view: TCP's numbering for INET and UNIX sockets
 * (which reuse it), netlink's own for NETLINK. PACKET sockets record none.
 */
export function socketStateName(family: string, state: number | undefined): string {
  return enumName(state, family === 'NETLINK' ? NETLINK_STATES : TCP_STATES);
}

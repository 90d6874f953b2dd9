/** Evidence lines with targets, written the same way by every detector. */
import { hex } from '../../memory/addr.ts';
import type { ProcessInfo, SocketInfo, ProcessVma } from '../../model/types.ts';
import type { Evidence } from './types.ts';

export function processEvidence(p: ProcessInfo): Evidence {
  return {
    label: `pid ${p.pid} (${p.comm})${p.exe ? ` ${p.exe}` : ''}`,
    target: { to: 'process', pid: p.pid },
  };
}

export function vmaEvidence(pid: number, v: ProcessVma): Evidence {
  const what = v.path ?? `[${v.kind}]`;
  return {
    label: `pid ${pid} VMA ${hex(v.start)}-${hex(v.end)} ${v.prot} ${what}`,
    target: { to: 'vma', pid, start: v.start, end: v.end },
  };
}

export function addressEvidence(
  pid: number,
  address: bigint,
  label: string,
  length?: number,
): Evidence {
  return {
    label: `pid ${pid} ${hex(address)}: ${label}`,
    target: { to: 'address', pid, address, ...(length !== undefined ? { length } : {}) },
  };
}

export function fdEvidence(pid: number, fd: number, description: string): Evidence {
  return { label: `pid ${pid} fd ${fd}: ${description}`, target: { to: 'fd', pid, fd } };
}

export function socketEvidence(s: SocketInfo): Evidence {
  return { label: `socket ${s.ino}: ${s.description}`, target: { to: 'socket', id: s.id } };
}

export function rootfsEvidence(path: string, label: string): Evidence {
  return { label, target: { to: 'rootfs', path } };
}

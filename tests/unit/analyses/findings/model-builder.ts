/**
 * Checkpoint models built in code, one planted object at a time, for the rules' firing and
 * must-not-fire tests. Defaults describe a quiet Podman container: one process, Podman's
 * default capabilities, a seccomp filter, nothing in the rootfs diff.
 */
import type {
  CheckpointModel,
  FdInfo,
  ProcessInfo,
  SocketInfo,
  TarFileEntry,
  ProcessVma,
} from '../../../../src/lib/model/types.ts';

export const PODMAN_CAPS = [
  'CAP_CHOWN',
  'CAP_DAC_OVERRIDE',
  'CAP_FOWNER',
  'CAP_FSETID',
  'CAP_KILL',
  'CAP_SETGID',
  'CAP_SETUID',
  'CAP_SETPCAP',
  'CAP_NET_BIND_SERVICE',
  'CAP_SYS_CHROOT',
  'CAP_SETFCAP',
];

export function vma(start: bigint, size: bigint, extra: Partial<ProcessVma> = {}): ProcessVma {
  const kind = extra.kind ?? 'anon-private';
  return {
    start,
    end: start + size,
    size,
    prot: 'rw-',
    flags: ['MAP_PRIVATE'],
    status: ['VMA_REGULAR', kind === 'file-private' ? 'VMA_FILE_PRIVATE' : 'VMA_ANON_PRIVATE'],
    kind,
    shared: false,
    pagesDumped: 0,
    pagesInImage: 0,
    pagesInParent: 0,
    pagesLazy: 0,
    madvise: [],
    ...extra,
  };
}

/** A dynamically linked program's usual maps: its text first, then libc's. */
export function programMaps(exe: string): ProcessVma[] {
  return [
    // CRIU's parasite page: the one dumped page of the first executable mapping.
    vma(0x5555_0000_0000n, 0x2000n, {
      kind: 'file-private',
      path: exe,
      prot: 'r-x',
      pagesDumped: 1,
      pagesInImage: 1,
    }),
    vma(0x5555_0000_4000n, 0x1000n, {
      kind: 'file-private',
      path: exe,
      prot: 'rw-',
      pagesDumped: 1,
      pagesInImage: 1,
    }),
    vma(0x5555_1000_0000n, 0x21000n, { kind: 'heap', pagesDumped: 2, pagesInImage: 2 }),
    vma(0x7f00_0000_0000n, 0x150000n, {
      kind: 'file-private',
      path: '/usr/lib/x86_64-linux-gnu/libc.so.6',
      prot: 'r-x',
    }),
    vma(0x7ffc_0000_0000n, 0x21000n, { kind: 'stack', pagesDumped: 2, pagesInImage: 2 }),
  ];
}

export function proc(pid: number, extra: Partial<ProcessInfo> = {}): ProcessInfo {
  const exe = extra.exe ?? '/usr/bin/app';
  return {
    pid,
    ppid: 0,
    pgid: pid,
    sid: pid,
    children: [],
    comm: exe.slice(exe.lastIndexOf('/') + 1),
    state: 'alive' as ProcessInfo['state'],
    threads: [],
    cmdline: [exe],
    environ: ['PATH=/usr/bin', 'HOME=/root'],
    memoryNotes: [],
    exe,
    creds: {
      uid: 0,
      gid: 0,
      euid: 0,
      egid: 0,
      suid: 0,
      sgid: 0,
      fsuid: 0,
      fsgid: 0,
      groups: [],
      capInheritable: [],
      capPermitted: [...PODMAN_CAPS],
      capEffective: [...PODMAN_CAPS],
      capBounding: [...PODMAN_CAPS],
      capAmbient: [],
    },
    seccomp: { mode: 'filter', filterIndex: 0 },
    personality: { value: 0, names: [] },
    rlimits: [],
    signalHandlers: [],
    blockedSignals: [],
    pendingSignals: [],
    namespaces: {},
    sharing: {},
    fds: [],
    maps: programMaps(exe),
    mm: {
      startCode: 0x5555_0000_0000n,
      envStart: 0x7ffc_0002_0000n,
      pagesInPagemap: 8,
      pagesPresent: 8,
    },
    ...extra,
  };
}

export function fd(fdNum: number, fileId: number, type: string, description: string): FdInfo {
  return { fd: fdNum, fileId, type, cloexec: false, description };
}

export function tcp(id: number, extra: Partial<SocketInfo> = {}): SocketInfo {
  return {
    id,
    ino: 1000 + id,
    family: 'INET',
    type: 'STREAM',
    protocol: 'TCP',
    state: 'ESTABLISHED',
    local: { address: '10.88.0.5', port: 40000 + id },
    remote: { address: '10.88.0.9', port: 4444 },
    holders: [],
    queued: [],
    description: `TCP socket ${id}`,
    ...extra,
  };
}

export function file(path: string, mode: number, extra: Partial<TarFileEntry> = {}): TarFileEntry {
  return { path, type: 'file', size: 10, mode, ...extra };
}

export function model(extra: Partial<CheckpointModel> = {}): CheckpointModel {
  return {
    container: {
      engine: 'Podman',
      engineId: 'podman',
      name: 'built-in-code',
      annotations: {},
      labels: {},
      network: [{ ip: '10.88.0.5' }],
      publishedPorts: [],
      ociMounts: [],
      ociProcess: { args: ['/usr/bin/app'], env: [], user: '0:0' },
      rootFiles: [],
      sizes: { checkpoint: 0, memoryPages: 0 },
    },
    criu: { plugins: [], images: [] },
    processes: [proc(1)],
    files: [],
    sockets: [],
    pipes: [],
    ghostFiles: [],
    memfds: [],
    ipc: [],
    fileLocks: [],
    mounts: [],
    namespaces: { uts: [], time: [], membership: [] },
    cgroups: [],
    fsChanges: { deletedFiles: [] },
    problems: [],
    ...extra,
  };
}

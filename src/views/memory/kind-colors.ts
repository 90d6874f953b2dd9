import type { VmaKind } from '../../../workers/memory-protocol.ts';

/** One colour per family of VMA kinds: the map, its legend and the VMA table agree. */
export const KIND_COLOR: Record<VmaKind, string> = {
  heap: '#e07b39',
  stack: '#8e5bd1',
  'anon-private': '#3b82c4',
  'anon-shared': '#1aa39a',
  memfd: '#1aa39a',
  'sysv-shm': '#1aa39a',
  'file-private': '#7a9a2a',
  'file-shared': '#2e7d32',
  vdso: '#c2185b',
  vvar: '#c2185b',
  vsyscall: '#c2185b',
  socket: '#8a8f98',
  'aio-ring': '#8a8f98',
  other: '#8a8f98',
};

export const LEGEND: { label: string; color: string }[] = [
  { label: 'heap', color: KIND_COLOR.heap },
  { label: 'stack', color: KIND_COLOR.stack },
  { label: 'anonymous', color: KIND_COLOR['anon-private'] },
  { label: 'shared (anon, memfd, SysV)', color: KIND_COLOR['anon-shared'] },
  { label: 'file, private', color: KIND_COLOR['file-private'] },
  { label: 'file, shared', color: KIND_COLOR['file-shared'] },
  { label: 'vdso / vvar / vsyscall', color: KIND_COLOR.vdso },
  { label: 'other', color: KIND_COLOR.other },
];

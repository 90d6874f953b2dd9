import { flagNames, type FlagTable } from './bits.ts';

const PROT: FlagTable = [
  [1, 'PROT_READ'],
  [2, 'PROT_WRITE'],
  [4, 'PROT_EXEC'],
];

const MAP_FLAGS: FlagTable = [
  [0x1, 'MAP_SHARED'],
  [0x2, 'MAP_PRIVATE'],
  [0x8, 'MAP_DROPPABLE'],
  [0x10, 'MAP_FIXED'],
  [0x20, 'MAP_ANONYMOUS'],
  [0x100, 'MAP_GROWSDOWN'],
  [0x800, 'MAP_DENYWRITE'],
  [0x1000, 'MAP_EXECUTABLE'],
  [0x2000, 'MAP_LOCKED'],
  [0x4000, 'MAP_NORESERVE'],
  [0x8000, 'MAP_POPULATE'],
  [0x10000, 'MAP_NONBLOCK'],
  [0x20000, 'MAP_STACK'],
  [0x40000, 'MAP_HUGETLB'],
];

/** CRIU's VMA_* status bits (criu/include/image.h); bits 27..31 are CRIU-internal. */
export const VMA = {
  REGULAR: 1 << 0,
  STACK: 1 << 1,
  VSYSCALL: 1 << 2,
  VDSO: 1 << 3,
  FORCE_READ: 1 << 4,
  HEAP: 1 << 5,
  FILE_PRIVATE: 1 << 6,
  FILE_SHARED: 1 << 7,
  ANON_SHARED: 1 << 8,
  ANON_PRIVATE: 1 << 9,
  SYSVIPC: 1 << 10,
  SOCKET: 1 << 11,
  VVAR: 1 << 12,
  AIORING: 1 << 13,
  MEMFD: 1 << 14,
  SHSTK: 1 << 15,
  GUARD: 1 << 16,
  UPROBES: 1 << 17,
} as const;

const VMA_STATUS: FlagTable = Object.entries(VMA).map(([name, bit]) => [bit, `VMA_${name}`]);

export const protNames = (v: number | undefined): string[] => flagNames(v, PROT);
export const mapFlagNames = (v: number | undefined): string[] => flagNames(v, MAP_FLAGS);
export const vmaStatusNames = (v: number | undefined): string[] => flagNames(v, VMA_STATUS);

/** `rwx` with dashes, like /proc/PID/maps. */
export function protString(prot: number | undefined): string {
  const p = prot ?? 0;
  return (p & 1 ? 'r' : '-') + (p & 2 ? 'w' : '-') + (p & 4 ? 'x' : '-');
}

/** Kernel madvise bits CRIU records per VMA (bit = MADV_* number). */
export const MADVISE: Readonly<Record<number, string>> = {
  8: 'MADV_DONTFORK',
  12: 'MADV_MERGEABLE',
  14: 'MADV_HUGEPAGE',
  15: 'MADV_NOHUGEPAGE',
  16: 'MADV_DONTDUMP',
  18: 'MADV_WIPEONFORK',
};

import { VMA } from '../../memory/vma.ts';
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

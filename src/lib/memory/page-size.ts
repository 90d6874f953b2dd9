import type { Entry } from '../criu/types.ts';
import { toBigInt, toNumber } from './addr.ts';

/** `core_entry.mtype` values (CRIU `images/core.proto` enum `march`). */
const MTYPE_NAMES: Record<number, string> = {
  1: 'x86_64',
  2: 'arm',
  3: 'aarch64',
  4: 'ppc64',
  5: 's390',
  6: 'mips',
  7: 'loongarch64',
  8: 'riscv64',
};

const AT_PAGESZ = 6n;

export interface PageSize {
  size: number;
  source: string;
}

/**
 * The page size is not stored in the images as such. The best evidence is the process's own
 * auxiliary vector (`mm_saved_auxv`, pairs of key/value, AT_PAGESZ = 6), which the kernel
 * filled with the real page size. Failing that, the architecture from `core.mtype`: x86_64 is
 * always 4 KiB; aarch64/ppc64 may use 16 or 64 KiB, so 4 KiB there is a guess.
 */
export function pageSizeOf(mm: Entry | undefined, core: Entry | undefined): PageSize {
  const auxv = Array.isArray(mm?.mm_saved_auxv) ? (mm.mm_saved_auxv as unknown[]) : [];
  for (let i = 0; i + 1 < auxv.length; i += 2) {
    if (toBigInt(auxv[i]) !== AT_PAGESZ) continue;
    const v = toBigInt(auxv[i + 1]);
    // Only powers of two between 4 KiB and 1 MiB are page sizes; anything else is damage.
    if (v !== undefined && v >= 4096n && v <= 1n << 20n && (v & (v - 1n)) === 0n) {
      return { size: Number(v), source: 'auxv AT_PAGESZ' };
    }
  }
  const mtype = toNumber(core?.mtype);
  const arch = mtype !== undefined ? MTYPE_NAMES[mtype] : undefined;
  if (arch === 'x86_64') return { size: 4096, source: 'arch x86_64' };
  return { size: 4096, source: arch ? `arch ${arch} (assumed 4 KiB)` : 'default 4 KiB' };
}

import type { Entry } from '../criu/types.ts';
import { toU64 } from './addr.ts';

/**
 * What an ELF core file says differently per architecture: e_machine and the general
 * registers NT_PRSTATUS carries (the kernel's `elf_gregset_t`). Everything else in the file
 * (notes, psinfo, loads) is the same on every 64-bit little-endian Linux.
 */
export interface CoreArch {
  name: string;
  /** ELF e_machine. */
  machine: number;
  /**
   * One thread's registers from its core_entry, in `elf_gregset_t` order; undefined when the
   * image has none. `warn` is told about registers that had to be filled with zeros.
   */
  gregs(core: Entry | undefined, warn: (message: string) => void): bigint[] | undefined;
}

/** Linux x86_64 `user_regs_struct` order; the names are CRIU's `user_x86_regs_entry` fields. */
const X86_REGS = [
  'r15', 'r14', 'r13', 'r12', 'bp', 'bx', 'r11', 'r10', 'r9', 'r8', 'ax', 'cx', 'dx', 'si',
  'di', 'orig_ax', 'ip', 'cs', 'flags', 'sp', 'ss', 'fs_base', 'gs_base', 'ds', 'es', 'fs', 'gs',
]; // prettier-ignore

/** x0..x30 in `user_pt_regs.regs`, then sp, pc, pstate. */
const AARCH64_X_REGS = 31;

const gpregsOf = (core: Entry | undefined, field: string): Entry | undefined =>
  ((core?.[field] as Entry | undefined)?.gpregs ?? undefined) as Entry | undefined;

const x86_64: CoreArch = {
  name: 'x86_64',
  machine: 62, // EM_X86_64
  gregs(core) {
    const regs = gpregsOf(core, 'thread_info');
    return regs && X86_REGS.map((name) => toU64(regs[name]) ?? 0n);
  },
};

const aarch64: CoreArch = {
  name: 'aarch64',
  machine: 183, // EM_AARCH64
  gregs(core, warn) {
    const regs = gpregsOf(core, 'ti_aarch64');
    if (!regs) return undefined;
    const x = Array.isArray(regs.regs) ? (regs.regs as unknown[]) : [];
    // A damaged image may hold fewer or more; the note's layout must not shift either way.
    if (x.length !== AARCH64_X_REGS)
      warn(`${x.length} of ${AARCH64_X_REGS} aarch64 general registers; the rest are zeros`);
    const out: bigint[] = [];
    for (let i = 0; i < AARCH64_X_REGS; i++) out.push(toU64(x[i]) ?? 0n);
    for (const name of ['sp', 'pc', 'pstate']) out.push(toU64(regs[name]) ?? 0n);
    return out;
  },
};

/** By CRIU `core_entry.mtype` (enum `march`): X86_64 = 1, AARCH64 = 3. */
const BY_MTYPE = new Map<number, CoreArch>([
  [1, x86_64],
  [3, aarch64],
]);

export function coreArch(mtype: number | undefined): CoreArch | undefined {
  return mtype === undefined ? undefined : BY_MTYPE.get(mtype);
}

export const CORE_ARCH_NAMES = [...BY_MTYPE.values()].map((a) => a.name);

/**
 * `struct elf_prstatus`: the common part (signal info, pids, times) is 112 bytes on 64-bit
 * Linux, then the registers, then `int pr_fpvalid`, padded to 8.
 */
export const PRSTATUS_REGS_AT = 112;
export const prstatusSize = (nregs: number): number =>
  Math.ceil((PRSTATUS_REGS_AT + 8 * nregs + 4) / 8) * 8;

/**
 * ELF core files of aarch64 processes. No fixture is from an arm64 machine, so this builds a
 * small checkpoint in code with the project's CRIU encoder: pid 1 with threads 1, 2 and 3 on
 * 64 KiB pages, registers in `core_entry.ti_aarch64` (CRIU `user_aarch64_regs_entry`: x0..x30,
 * sp, pc, pstate), one VMA of two pages of which only the first is dumped. The register notes
 * are checked byte by byte against Linux's arm64 `struct elf_prstatus` (392 bytes: pr_pid at
 * 32, `user_pt_regs` at 112, pr_fpvalid at 384).
 */
import { describe, expect, it } from 'vitest';
import { MapMemberStore } from '../../../src/lib/archive/member-store.ts';
import { encodeImage } from '../../../src/lib/criu/encode-image.ts';
import type { Entry } from '../../../src/lib/criu/types.ts';
import { buildElfCore } from '../../../src/lib/memory/elf-core.ts';
import { openMemory } from '../../../src/lib/memory/open-memory.ts';

const PAGE = 0x10000;
const BASE = 0x4000_0000n;
const AT_PAGESZ = 6n;
const CANARY = 'ARM64-CANARY-fedcba9876543210';
const ARGS = 'arm-demo\0--serve\0';

/** Register values that differ per thread and per register, so a shifted slot shows. */
function registers(tid: number, count = 31) {
  const x = Array.from({ length: count }, (_, i) => (BigInt(tid) << 56n) | BigInt(0x1000 + i));
  return {
    x,
    sp: 0x0000_ffff_c0de_0000n + BigInt(tid) * 0x100n,
    pc: 0x0000_aaaa_bbbb_0000n + BigInt(tid) * 4n,
    pstate: 0x6000_0000n + BigInt(tid),
  };
}

function core(tid: number, count = 31): Entry {
  const r = registers(tid, count);
  return {
    mtype: 3, // AARCH64
    ti_aarch64: {
      clear_tid_addr: 0n,
      tls: 0x0000_ffff_8000_0000n + BigInt(tid),
      gpregs: { regs: r.x, sp: r.sp, pc: r.pc, pstate: r.pstate },
      fpsimd: { vregs: [], fpsr: 0, fpcr: 0 },
    },
    ...(tid === 1
      ? {
          tc: {
            task_state: 1,
            exit_code: 0,
            personality: 0,
            flags: 0,
            blk_sigset: 0n,
            comm: 'arm-demo',
          },
        }
      : {}),
    thread_core: { futex_rla: 0n, futex_rla_len: 0 },
  };
}

/**
 * The images directory. `thread3Regs` cuts thread 3's registers to model damage; `mainMtype`
 * relabels pid 1's core image with another architecture.
 */
function checkpoint({ thread3Regs = 31, mainMtype = 3 } = {}): MapMemberStore {
  const image = (magic: string, entries: Entry[]) => encodeImage({ magic, entries, problems: [] });
  const page = new Uint8Array(PAGE);
  const enc = new TextEncoder();
  page.set(enc.encode(ARGS), 0);
  page.set(enc.encode(CANARY), 0x2345);
  const files = new Map<string, Uint8Array>([
    ['pstree.img', image('PSTREE', [{ pid: 1, ppid: 0, pgid: 1, sid: 1, threads: [1, 2, 3] }])],
    ['core-1.img', image('CORE', [{ ...core(1), mtype: mainMtype }])],
    ['core-2.img', image('CORE', [core(2)])],
    ['core-3.img', image('CORE', [core(3, thread3Regs)])],
    [
      'mm-1.img',
      image('MM', [
        {
          mm_start_code: BASE,
          mm_end_code: BASE,
          mm_start_data: BASE,
          mm_end_data: BASE,
          mm_start_stack: BASE,
          mm_start_brk: BASE,
          mm_brk: BASE,
          mm_arg_start: BASE,
          mm_arg_end: BASE + BigInt(ARGS.length),
          mm_env_start: BASE,
          mm_env_end: BASE,
          exe_file_id: 0,
          mm_saved_auxv: [AT_PAGESZ, BigInt(PAGE), 0n, 0n],
          vmas: [
            {
              start: BASE,
              end: BASE + 2n * BigInt(PAGE),
              pgoff: 0n,
              shmid: 0n,
              prot: 3,
              flags: 0x22, // MAP_PRIVATE | MAP_ANONYMOUS
              status: 0x201, // VMA_AREA_REGULAR | VMA_ANON_PRIVATE
              fd: -1n,
            },
          ],
        },
      ]),
    ],
    [
      'pagemap-1.img',
      image('PAGEMAP', [
        { pages_id: 1 },
        { vaddr: BASE, compat_nr_pages: 0, nr_pages: 1n, flags: 4 }, // PE_PRESENT
      ]),
    ],
    ['pages-1.img', page],
  ]);
  return new MapMemberStore(files);
}

async function coreFile(store: MapMemberStore) {
  const mem = await openMemory(store);
  const core = await buildElfCore(mem, store, 1);
  const parts: Uint8Array[] = [];
  for await (const c of core.chunks()) parts.push(c);
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return { core, bytes, view: new DataView(bytes.buffer) };
}

/** The notes of the PT_NOTE segment (the first program header). */
function notes(bytes: Uint8Array, view: DataView) {
  const phoff = Number(view.getBigUint64(32, true));
  const offset = Number(view.getBigUint64(phoff + 8, true));
  const size = Number(view.getBigUint64(phoff + 32, true));
  const out: Array<{ name: string; type: number; desc: Uint8Array }> = [];
  for (let at = offset; at < offset + size;) {
    const namesz = view.getUint32(at, true);
    const descsz = view.getUint32(at + 4, true);
    const descAt = at + 12 + Math.ceil(namesz / 4) * 4;
    out.push({
      name: new TextDecoder().decode(bytes.subarray(at + 12, at + 12 + namesz)),
      type: view.getUint32(at + 8, true),
      desc: bytes.subarray(descAt, descAt + descsz),
    });
    at = descAt + Math.ceil(descsz / 4) * 4;
  }
  return out;
}

/** Linux arm64 `struct elf_prstatus`, written out independently of the builder. */
function expectedPrstatus(tid: number, x: bigint[], sp: bigint, pc: bigint, pstate: bigint) {
  const b = new Uint8Array(392);
  const v = new DataView(b.buffer);
  v.setInt32(32, tid, true); // pr_pid
  v.setInt32(36, 0, true); // pr_ppid
  v.setInt32(40, 1, true); // pr_pgrp
  v.setInt32(44, 1, true); // pr_sid
  for (let i = 0; i < 31; i++) v.setBigUint64(112 + 8 * i, x[i] ?? 0n, true); // regs[31]
  v.setBigUint64(360, sp, true);
  v.setBigUint64(368, pc, true);
  v.setBigUint64(376, pstate, true);
  // 384: pr_fpvalid (0) and 4 bytes of padding.
  return b;
}

describe('ELF core file of an aarch64 process', () => {
  it('says EM_AARCH64 and carries each thread’s user_pt_regs byte by byte', async () => {
    const { core, bytes, view } = await coreFile(checkpoint());
    expect(core.problems).toEqual([]);
    expect(bytes.length).toBe(core.size);
    expect([...bytes.subarray(0, 7)]).toEqual([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]);
    expect(view.getUint16(16, true)).toBe(4); // ET_CORE
    expect(view.getUint16(18, true)).toBe(183); // EM_AARCH64
    expect(view.getUint32(48, true)).toBe(0); // e_flags

    const all = notes(bytes, view);
    expect(all.map((n) => [n.name, n.type])).toEqual([
      ['CORE\0', 1],
      ['CORE\0', 1],
      ['CORE\0', 1],
      ['CORE\0', 3],
      ['CORE\0', 6],
      ['CORE\0', 0x46494c45],
    ]);
    for (const [i, tid] of [1, 2, 3].entries()) {
      const r = registers(tid);
      expect([...all[i]!.desc]).toEqual([...expectedPrstatus(tid, r.x, r.sp, r.pc, r.pstate)]);
    }
    const psinfo = all[3]!.desc;
    expect(new TextDecoder().decode(psinfo.subarray(40, 48))).toBe('arm-demo');
    // pr_psargs: the argument block with NULs as spaces, as the kernel fills it.
    expect(new TextDecoder().decode(psinfo.subarray(56, 56 + 18))).toBe('arm-demo --serve \0');
    // NT_AUXV is the saved auxv as it was: AT_PAGESZ = 64 KiB.
    const auxv = new DataView(all[4]!.desc.buffer, all[4]!.desc.byteOffset, 32);
    expect([auxv.getBigUint64(0, true), auxv.getBigUint64(8, true)]).toEqual([6n, 65536n]);
  });

  it('maps the one dumped 64 KiB page, page-aligned, and leaves the undumped one out', async () => {
    const { bytes, view } = await coreFile(checkpoint());
    expect(view.getUint16(56, true)).toBe(2); // PT_NOTE + one PT_LOAD
    const ph = Number(view.getBigUint64(32, true)) + 56;
    expect(view.getUint32(ph, true)).toBe(1); // PT_LOAD
    expect(view.getUint32(ph + 4, true)).toBe(6); // PF_R | PF_W
    const offset = Number(view.getBigUint64(ph + 8, true));
    expect(offset % PAGE).toBe(0);
    expect(view.getBigUint64(ph + 16, true)).toBe(BASE);
    expect(view.getBigUint64(ph + 32, true)).toBe(BigInt(PAGE)); // filesz
    expect(view.getBigUint64(ph + 40, true)).toBe(BigInt(PAGE)); // memsz
    expect(view.getBigUint64(ph + 48, true)).toBe(BigInt(PAGE)); // p_align
    expect(bytes.length).toBe(offset + PAGE);
    const at = offset + 0x2345;
    expect(new TextDecoder().decode(bytes.subarray(at, at + CANARY.length))).toBe(CANARY);
  });

  it('keeps the layout when a thread has too few registers, and says so', async () => {
    const { core, bytes, view } = await coreFile(checkpoint({ thread3Regs: 30 }));
    expect(core.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        image: 'core-3.img',
        message: 'core-3.img: 30 of 31 aarch64 general registers; the rest are zeros',
      }),
    ]);
    const r = registers(3, 30);
    const third = notes(bytes, view)[2]!.desc;
    // x30 is zero; sp, pc and pstate stay in their slots.
    expect([...third]).toEqual([...expectedPrstatus(3, [...r.x, 0n], r.sp, r.pc, r.pstate)]);
  });

  it('still refuses architectures it has no register layout for', async () => {
    const other = checkpoint({ mainMtype: 4 }); // PPC64
    const built = await buildElfCore(await openMemory(other), other, 1);
    expect(built.size).toBe(0);
    expect(built.problems).toEqual([
      expect.objectContaining({
        code: 'unsupported',
        message: 'pid 1: ELF core files are written for x86_64 and aarch64 only',
      }),
    ]);
  });
});

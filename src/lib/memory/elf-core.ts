import type { MemberStore } from '../archive/member-store.ts';
import type { Entry } from '../criu/types.ts';
import { problem, type Problem } from '../problems.ts';
import { toBigInt, toNumber, toU64 } from './addr.ts';
import type { CheckpointMemory } from './checkpoint-memory.ts';
import { CORE_ARCH_NAMES, coreArch, PRSTATUS_REGS_AT, prstatusSize } from './elf-core-arch.ts';
import { EXPORT_CHUNK } from './export.ts';
import { imageCacheOf, type DecodeImage } from '../criu/image-cache.ts';
import { READABLE_KINDS, type VmaInfo } from './types.ts';

/**
 * A per-process ELF core file (x86_64 or aarch64), the kind `criu-coredump` makes, so gdb and
 * other core tools can open a checkpointed process: NT_PRSTATUS per thread (registers from
 * core-<tid>.img), NT_PRPSINFO, NT_AUXV, NT_FILE, and one PT_LOAD per stretch of memory the
 * checkpoint holds. Memory that was not dumped gets no PT_LOAD at all, so a debugger reports
 * it as unavailable instead of showing zeros.
 */
export interface ElfCore {
  size: number;
  problems: Problem[];
  /** The file's bytes, in order. */
  chunks(signal?: AbortSignal): AsyncGenerator<Uint8Array>;
}

const PT_LOAD = 1;
const PT_NOTE = 4;
const NT_PRSTATUS = 1;
const NT_PRPSINFO = 3;
const NT_AUXV = 6;
const NT_FILE = 0x46494c45;
const EHDR = 64;
const PHDR = 56;

interface Load {
  start: bigint;
  end: bigint;
  flags: number;
  offset: number;
}

export async function buildElfCore(
  mem: CheckpointMemory,
  store: MemberStore,
  pid: number,
  options: { decode?: DecodeImage } = {},
): Promise<ElfCore> {
  const images = imageCacheOf(store, options.decode);
  const problems: Problem[] = [];
  // Only unreadable images are problems here: decoding warnings are the model's to report.
  const entries = async (name: string): Promise<Entry[]> => {
    const decoded = await images.get(name);
    if (decoded?.magic === '') problems.push(...decoded.problems);
    return decoded?.entries ?? [];
  };
  const info = mem.process(pid);
  const pstree = (await entries('pstree.img')).find((e) => toNumber(e.pid) === pid);
  const mainCore = (await entries(`core-${pid}.img`))[0];
  if (!info || !pstree) {
    problems.push(problem('missing-image', `no process ${pid} with memory images`));
    return { size: 0, problems, chunks: async function* () {} };
  }
  const arch = coreArch(toNumber(mainCore?.mtype));
  if (!arch) {
    problems.push(
      problem(
        'unsupported',
        `pid ${pid}: ELF core files are written for ${CORE_ARCH_NAMES.join(' and ')} only`,
      ),
    );
    return { size: 0, problems, chunks: async function* () {} };
  }
  const mm = (await entries(`mm-${pid}.img`))[0] ?? {};

  // Threads: the main thread first, since debuggers take the first NT_PRSTATUS as current.
  const tids = (Array.isArray(pstree.threads) ? pstree.threads : [pid]).map(toNumber);
  const ordered = [pid, ...tids.filter((t): t is number => t !== undefined && t !== pid)];
  const notes: Uint8Array[] = [];
  for (const tid of ordered) {
    const core = tid === pid ? mainCore : (await entries(`core-${tid}.img`))[0];
    const regs = arch.gregs(core, (message) =>
      problems.push(
        problem('malformed-protobuf', `core-${tid}.img: ${message}`, {
          severity: 'warning',
          image: `core-${tid}.img`,
        }),
      ),
    );
    if (!regs) {
      problems.push(
        problem('missing-image', `core-${tid}.img has no registers`, { severity: 'warning' }),
      );
      continue;
    }
    notes.push(note(NT_PRSTATUS, prstatus(tid, pstree, regs)));
  }
  notes.push(note(NT_PRPSINFO, await prpsinfo(mem, pid, pstree, mm, info.comm ?? '')));
  const auxv = Array.isArray(mm.mm_saved_auxv) ? (mm.mm_saved_auxv as unknown[]) : [];
  notes.push(note(NT_AUXV, u64s(auxv.map((v) => toBigInt(v) ?? 0n))));
  notes.push(note(NT_FILE, ntFile(info.vmas, info.pageSize)));
  const notesBytes = concat(notes);

  const loads = readableLoads(mem, pid, info.vmas);
  const MAX_PHDRS = 0xfffe;
  if (loads.length + 1 > MAX_PHDRS) {
    problems.push(
      problem('size-limit', `pid ${pid}: only the first ${MAX_PHDRS - 1} memory stretches fit`),
    );
    loads.length = MAX_PHDRS - 1;
  }
  const phnum = loads.length + 1;
  const notesAt = EHDR + PHDR * phnum;
  let offset = align(notesAt + notesBytes.length, info.pageSize);
  for (const l of loads) {
    l.offset = offset;
    offset += Number(l.end - l.start);
  }
  const head = new Uint8Array(loads.length ? loads[0].offset : notesAt + notesBytes.length);
  const view = new DataView(head.buffer);
  head.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]);
  view.setUint16(16, 4, true); // ET_CORE
  view.setUint16(18, arch.machine, true);
  view.setUint32(20, 1, true);
  view.setBigUint64(32, BigInt(EHDR), true);
  view.setUint16(52, EHDR, true);
  view.setUint16(54, PHDR, true);
  view.setUint16(56, phnum, true);
  phdr(view, EHDR, PT_NOTE, 0, notesAt, 0n, notesBytes.length, 0, 4);
  loads.forEach((l, i) => {
    const size = Number(l.end - l.start);
    phdr(
      view,
      EHDR + PHDR * (i + 1),
      PT_LOAD,
      l.flags,
      l.offset,
      l.start,
      size,
      size,
      info.pageSize,
    );
  });
  head.set(notesBytes, notesAt);

  return {
    size: offset,
    problems,
    async *chunks(signal?: AbortSignal) {
      yield head;
      for (const l of loads) {
        for (let at = l.start; at < l.end; at += BigInt(EXPORT_CHUNK)) {
          if (signal?.aborted) return;
          const len = l.end - at < BigInt(EXPORT_CHUNK) ? Number(l.end - at) : EXPORT_CHUNK;
          const r = await mem.read(pid, at, len);
          problems.push(...r.problems);
          yield r.bytes;
        }
      }
    },
  };
}

/** Stretches with content, split at VMA bounds so each keeps its VMA's permissions. */
function readableLoads(mem: CheckpointMemory, pid: number, vmas: readonly VmaInfo[]): Load[] {
  const out: Load[] = [];
  for (const v of vmas) {
    const flags = (v.prot & 1 ? 4 : 0) | (v.prot & 2 ? 2 : 0) | (v.prot & 4 ? 1 : 0);
    for (const s of mem.describe(pid, v.start, v.end - v.start)) {
      if (!READABLE_KINDS.has(s.kind)) continue;
      const prev = out[out.length - 1];
      const end = s.address + BigInt(s.length);
      if (prev && prev.end === s.address && prev.flags === flags && prev.start >= v.start)
        prev.end = end;
      else out.push({ start: s.address, end, flags, offset: 0 });
    }
  }
  return out;
}

function prstatus(tid: number, ps: Entry, regs: bigint[]): Uint8Array {
  const b = new Uint8Array(prstatusSize(regs.length));
  const v = new DataView(b.buffer);
  v.setInt32(32, tid, true);
  v.setInt32(36, toNumber(ps.ppid) ?? 0, true);
  v.setInt32(40, toNumber(ps.pgid) ?? 0, true);
  v.setInt32(44, toNumber(ps.sid) ?? 0, true);
  regs.forEach((r, i) => v.setBigUint64(PRSTATUS_REGS_AT + 8 * i, r, true));
  return b;
}

async function prpsinfo(
  mem: CheckpointMemory,
  pid: number,
  ps: Entry,
  mm: Entry,
  comm: string,
): Promise<Uint8Array> {
  const b = new Uint8Array(136);
  const v = new DataView(b.buffer);
  b[1] = 0x53; // 'S': sleeping, as a frozen task is
  v.setInt32(24, pid, true);
  v.setInt32(28, toNumber(ps.ppid) ?? 0, true);
  v.setInt32(32, toNumber(ps.pgid) ?? 0, true);
  v.setInt32(36, toNumber(ps.sid) ?? 0, true);
  b.set(new TextEncoder().encode(comm).subarray(0, 15), 40);
  const start = toU64(mm.mm_arg_start);
  const end = toU64(mm.mm_arg_end);
  if (start !== undefined && end !== undefined && end > start) {
    const args = (await mem.read(pid, start, Math.min(Number(end - start), 79))).bytes;
    b.set(
      args.map((c) => (c === 0 ? 0x20 : c)),
      56,
    );
  }
  return b;
}

/** NT_FILE: count, page size, then (start, end, file offset in pages) and the names. */
function ntFile(vmas: readonly VmaInfo[], pageSize: number): Uint8Array {
  const files = vmas.filter(
    (v) => (v.kind === 'file-private' || v.kind === 'file-shared') && v.backing,
  );
  const nums: bigint[] = [BigInt(files.length), BigInt(pageSize)];
  for (const f of files) nums.push(f.start, f.end, f.pgoff / BigInt(pageSize));
  const names = new TextEncoder().encode(files.map((f) => `${f.backing}\0`).join(''));
  return concat([u64s(nums), names]);
}

function note(type: number, desc: Uint8Array): Uint8Array {
  const name = new TextEncoder().encode('CORE\0');
  const out = new Uint8Array(12 + align(name.length, 4) + align(desc.length, 4));
  const v = new DataView(out.buffer);
  v.setUint32(0, name.length, true);
  v.setUint32(4, desc.length, true);
  v.setUint32(8, type, true);
  out.set(name, 12);
  out.set(desc, 12 + align(name.length, 4));
  return out;
}

function phdr(
  v: DataView,
  at: number,
  type: number,
  flags: number,
  offset: number,
  vaddr: bigint,
  filesz: number,
  memsz: number,
  alignment: number,
): void {
  v.setUint32(at, type, true);
  v.setUint32(at + 4, flags, true);
  v.setBigUint64(at + 8, BigInt(offset), true);
  v.setBigUint64(at + 16, vaddr, true);
  v.setBigUint64(at + 24, 0n, true);
  v.setBigUint64(at + 32, BigInt(filesz), true);
  v.setBigUint64(at + 40, BigInt(memsz), true);
  v.setBigUint64(at + 48, BigInt(alignment), true);
}

function u64s(values: bigint[]): Uint8Array {
  const b = new Uint8Array(values.length * 8);
  const v = new DataView(b.buffer);
  values.forEach((x, i) => v.setBigUint64(8 * i, BigInt.asUintN(64, x), true));
  return b;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const align = (n: number, a: number) => Math.ceil(n / a) * a;

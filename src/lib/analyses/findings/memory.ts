/**
 * Memory rules (malfind's questions, answered with what a checkpoint knows better than a
 * memory image: the exact VMAs and which of their pages were written).
 */
import type { CheckpointMemory } from '../../memory/checkpoint-memory.ts';
import { hex } from '../../memory/addr.ts';
import { READABLE_KINDS } from '../../memory/types.ts';
import type { ProcessInfo, ProcessVma } from '../../model/types.ts';
import { addressEvidence, processEvidence, vmaEvidence } from './evidence.ts';
import { RULES } from './rules.ts';
import { jitRuntime } from './runtimes.ts';
import type { Finding } from './types.ts';
import { anonymousLike, fileOrMemfd } from './vma-kinds.ts';

const DEFAULT_PAGE = 4096;
const ELF_MAGIC = [0x7f, 0x45, 0x4c, 0x46];

function executable(v: ProcessVma): boolean {
  return v.prot.includes('x');
}

/**
 * The page CRIU writes its parasite into: the first page of the first executable regular
 * mapping (address order). CRIU restores it, but the write makes it dirty, so it is dumped in
 * every process; tests check this against every real fixture.
 */
export function criuParasitePage(
  p: ProcessInfo,
  pageSize = DEFAULT_PAGE,
): { vma: ProcessVma; start: bigint; end: bigint } | undefined {
  const vma = [...p.maps]
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
    .find((v) => executable(v) && v.status.includes('VMA_REGULAR') && v.kind !== 'vsyscall');
  if (!vma) return undefined;
  const end = vma.start + BigInt(pageSize);
  return { vma, start: vma.start, end: end < vma.end ? end : vma.end };
}

/**
 * The pages images that hold this process's own (private) pages: those its mappings of no
 * shared object read from. A private mapping of a memfd reads the pages it never wrote from
 * the memfd's own image, and only the others were written by the process.
 */
function ownPagesImages(memory: CheckpointMemory, pid: number): Set<string> {
  const own = new Set<string>();
  for (const v of memory.vmas(pid)) {
    if (v.sharedObject !== undefined) continue;
    for (const s of memory.describe(pid, v.start, v.end - v.start))
      if (s.source) own.add(s.source.image);
  }
  return own;
}

/** Address ranges of `v` that the process itself wrote (private pages in the checkpoint). */
export function dumpedRanges(
  memory: CheckpointMemory,
  pid: number,
  v: ProcessVma,
): { start: bigint; end: bigint }[] {
  const out: { start: bigint; end: bigint }[] = [];
  const own = v.kind === 'memfd' ? ownPagesImages(memory, pid) : undefined;
  for (const s of memory.describe(pid, v.start, v.end - v.start)) {
    if (!READABLE_KINDS.has(s.kind)) continue;
    if (own && s.source && !own.has(s.source.image)) continue;
    const start = s.address;
    const end = s.address + BigInt(s.length);
    const last = out[out.length - 1];
    if (last && last.end === start) last.end = end;
    else out.push({ start, end });
  }
  return out;
}

/** Removes [cut.start, cut.end) from sorted ranges. */
function without(
  ranges: { start: bigint; end: bigint }[],
  cut: { start: bigint; end: bigint } | undefined,
): { start: bigint; end: bigint }[] {
  if (!cut) return ranges;
  const out: { start: bigint; end: bigint }[] = [];
  for (const r of ranges) {
    if (r.end <= cut.start || r.start >= cut.end) out.push(r);
    else {
      if (r.start < cut.start) out.push({ start: r.start, end: cut.start });
      if (r.end > cut.end) out.push({ start: cut.end, end: r.end });
    }
  }
  return out;
}

function pages(bytes: bigint, pageSize: number): number {
  return Number((bytes + BigInt(pageSize) - 1n) / BigInt(pageSize));
}

export async function memoryFindings(
  processes: readonly ProcessInfo[],
  memory: CheckpointMemory | undefined,
): Promise<Finding[]> {
  const out: Finding[] = [];
  for (const p of processes) {
    if (p.maps.length === 0) continue;
    const pageSize = memory?.process(p.pid)?.pageSize ?? DEFAULT_PAGE;
    const jit = jitRuntime(p);
    const jitNote = jit
      ? `${jit.name} is mapped (${jit.file}): its JIT keeps code caches in anonymous memory`
      : undefined;
    const parasite = criuParasitePage(p, pageSize);

    for (const v of p.maps) {
      if (anonymousLike(v) && executable(v)) {
        const wx = v.prot.includes('w');
        const r = wx ? RULES.wxAnonymous : RULES.execAnonymous;
        out.push({
          rule: r,
          summary: `pid ${p.pid} (${p.comm}): ${v.prot} ${v.kind} mapping at ${hex(v.start)} (${v.pagesInImage + v.pagesInParent} of ${pages(v.size, pageSize)} pages dumped)`,
          severity: jit ? (wx ? 'low' : 'info') : r.severity,
          ...(jitNote ? { severityNote: jitNote } : {}),
          pid: p.pid,
          evidence: [
            processEvidence(p),
            vmaEvidence(p.pid, v),
            addressEvidence(
              p.pid,
              v.start,
              'start of the mapping',
              Number(v.size < 4096n ? v.size : 4096n),
            ),
          ],
        });
      }
      if (memory && anonymousLike(v) && v.pagesInImage + v.pagesInParent > 0) {
        const head = await memory.read(p.pid, v.start, 4);
        const readable = head.segments.every((s) => READABLE_KINDS.has(s.kind));
        if (readable && ELF_MAGIC.every((b, i) => head.bytes[i] === b)) {
          const exec = executable(v);
          out.push({
            rule: RULES.elfInAnonymous,
            summary: `pid ${p.pid} (${p.comm}): ELF header at the start of the ${v.prot} ${v.kind} mapping ${hex(v.start)}`,
            severity: exec ? 'high' : 'medium',
            ...(exec
              ? {}
              : {
                  severityNote: 'the mapping is not executable: possibly a file read into a buffer',
                }),
            pid: p.pid,
            evidence: [
              processEvidence(p),
              vmaEvidence(p.pid, v),
              addressEvidence(p.pid, v.start, 'ELF header', 64),
            ],
          });
        }
      }
      if (fileOrMemfd(v) && !v.shared && executable(v) && v.pagesInImage + v.pagesInParent > 0) {
        const isParasiteVma = parasite?.vma === v;
        let written: { start: bigint; end: bigint }[];
        if (memory) {
          written = without(dumpedRanges(memory, p.pid, v), isParasiteVma ? parasite : undefined);
        } else {
          // Without page positions, only the count tells: CRIU's own trace is one page.
          const n = v.pagesInImage + v.pagesInParent - (isParasiteVma ? 1 : 0);
          written = n > 0 ? [{ start: v.start, end: v.start + BigInt(n * pageSize) }] : [];
        }
        if (written.length === 0) continue;
        const total = written.reduce((n, r) => n + (r.end - r.start), 0n);
        out.push({
          rule: RULES.patchedCode,
          summary: `pid ${p.pid} (${p.comm}): ${pages(total, pageSize)} written page(s) in ${v.path ?? 'a file mapping'} ${v.prot} at ${hex(written[0]!.start)}${isParasiteVma ? " (besides CRIU's own parasite page)" : ''}`,
          severity: jit ? 'medium' : RULES.patchedCode.severity,
          ...(jitNote ? { severityNote: `${jitNote}; runtimes may patch their own code` } : {}),
          pid: p.pid,
          evidence: [
            processEvidence(p),
            vmaEvidence(p.pid, v),
            ...written
              .slice(0, 8)
              .map((r) =>
                addressEvidence(
                  p.pid,
                  r.start,
                  `${r.end - r.start} bytes written`,
                  Number(r.end - r.start > 4096n ? 4096n : r.end - r.start),
                ),
              ),
          ],
        });
      }
    }
  }
  return out;
}

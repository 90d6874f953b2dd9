/**
 * Executable rules: what a process runs from (deleted file, memfd, temporary or hidden
 * directory), which libraries it mapped from such places, and whether it renamed itself.
 */
import { appendAll } from '../../append-all.ts';
import type { CheckpointModel, ProcessInfo, ProcessVma } from '../../model/types.ts';
import { processEvidence, vmaEvidence } from './evidence.ts';
import { basename, inTempDir, isHidden, isMemfdPath, markedDeleted } from './paths.ts';
import { RULES } from './rules.ts';
import type { Evidence, Finding } from './types.ts';
import { fileOrMemfd } from './vma-kinds.ts';

/** TASK_COMM_LEN is 16 with the NUL: the kernel keeps 15 characters of the name. */
const COMM_LEN = 15;

export interface ExeFacts {
  /** The path as the model has it, or `memfd:NAME` when the code comes from a memfd. */
  path?: string;
  deleted: boolean;
  memfd: boolean;
  /** The mapping of the executable's code, when one was found. */
  codeVma?: ProcessVma;
  /** files.img id of the deleted file or the memfd, for a link to its contents. */
  fileId?: number;
}

/**
 * What the process runs from. Works on today's model, where an exe that is a memfd has no
 * `exe` string (it is not a regular file) and a deleted exe keeps its path: the code mapping
 * at `mm.startCode` says memfd, a ghost file or a deleted files.img entry says deleted. An
 * `exe` written the kernel's way (`memfd:NAME (deleted)`, `/path (deleted)`) is read too.
 */
export function exeFacts(p: ProcessInfo, model: CheckpointModel): ExeFacts {
  const start = p.mm?.startCode;
  const codeVma =
    (start !== undefined ? p.maps.find((v) => v.start <= start && start < v.end) : undefined) ??
    p.maps.find((v) => v.prot.includes('x') && fileOrMemfd(v));
  const exe = p.exe;
  const memfdCode = exe === undefined && codeVma?.kind === 'memfd';
  if ((exe !== undefined && isMemfdPath(exe)) || memfdCode) {
    const name = ((memfdCode ? codeVma?.path : exe) ?? 'memfd:?').replace(/ \(deleted\)$/, '');
    const memfd = model.memfds.find((m) => `memfd:${m.name}` === name || m.name === name);
    return {
      path: name.startsWith('memfd:') ? name : `memfd:${name}`,
      deleted: false,
      memfd: true,
      codeVma,
      fileId: memfd?.fileIds[0],
    };
  }
  if (exe === undefined) return { deleted: false, memfd: false, codeVma };
  const plain = exe.replace(/ \(deleted\)$/, '');
  const ghost = model.ghostFiles.find((g) => g.path === plain);
  const file = model.files.find((f) => f.kind === 'regular' && f.path === plain && f.deleted);
  return {
    path: plain,
    deleted: markedDeleted(exe) || ghost !== undefined || file !== undefined,
    memfd: false,
    codeVma,
    fileId: ghost?.fileIds[0] ?? file?.id,
  };
}

function deletedPaths(model: CheckpointModel): Set<string> {
  const s = new Set<string>();
  for (const g of model.ghostFiles) if (g.path) s.add(g.path);
  for (const f of model.files) if (f.kind === 'regular' && f.deleted) s.add(f.path);
  return s;
}

function exeEvidence(p: ProcessInfo, facts: ExeFacts): Evidence[] {
  const ev: Evidence[] = [processEvidence(p)];
  if (facts.codeVma) ev.push(vmaEvidence(p.pid, facts.codeVma));
  if (facts.fileId !== undefined)
    ev.push({
      label: `contents of ${facts.path ?? 'the executable'}`,
      target: { to: 'file', fileId: facts.fileId },
    });
  return ev;
}

export function executableFindings(model: CheckpointModel): Finding[] {
  const out: Finding[] = [];
  const deleted = deletedPaths(model);
  for (const p of model.processes) {
    if (p.maps.length === 0 && p.exe === undefined) continue;
    const facts = exeFacts(p, model);
    const where = facts.path ?? 'its executable';
    if (facts.memfd)
      out.push({
        rule: RULES.exeMemfd,
        summary: `pid ${p.pid} (${p.comm}) runs from ${where}`,
        severity: RULES.exeMemfd.severity,
        pid: p.pid,
        evidence: exeEvidence(p, facts),
      });
    if (facts.deleted)
      out.push({
        rule: RULES.exeDeleted,
        summary: `pid ${p.pid} (${p.comm}) runs from ${where}, deleted${facts.fileId !== undefined ? ' (contents saved by CRIU)' : ''}`,
        severity: RULES.exeDeleted.severity,
        pid: p.pid,
        evidence: exeEvidence(p, facts),
      });
    if (facts.path && !facts.memfd && inTempDir(facts.path))
      out.push({
        rule: RULES.exeTempPath,
        summary: `pid ${p.pid} (${p.comm}) runs from ${where}`,
        severity: RULES.exeTempPath.severity,
        pid: p.pid,
        evidence: exeEvidence(p, facts),
      });
    if (facts.path && !facts.memfd && isHidden(facts.path))
      out.push({
        rule: RULES.exeHiddenPath,
        summary: `pid ${p.pid} (${p.comm}) runs from ${where}`,
        severity: RULES.exeHiddenPath.severity,
        pid: p.pid,
        evidence: exeEvidence(p, facts),
      });
    appendAll(out, libraryFindings(p, facts, deleted));
    const comm = commFinding(p, facts);
    if (comm) out.push(comm);
  }
  return out;
}

/** One finding per suspicious file a process mapped (its own executable aside). */
function libraryFindings(p: ProcessInfo, exe: ExeFacts, deleted: Set<string>): Finding[] {
  const byPath = new Map<string, { reasons: string[]; vmas: ProcessVma[] }>();
  for (const v of p.maps) {
    if (!fileOrMemfd(v) || !v.path) continue;
    if (v.path === exe.path || v === exe.codeVma || (exe.codeVma && v.path === exe.codeVma.path))
      continue;
    const plain = v.path.replace(/ \(deleted\)$/, '');
    // Data files mapped (a POSIX shared memory object in /dev/shm) are not libraries.
    if (!v.prot.includes('x') && !/\.so(\.|$)/.test(basename(plain))) continue;
    const reasons: string[] = [];
    if (v.kind === 'memfd' || isMemfdPath(v.path)) {
      // Shared anonymous memory is dumped as a memfd on /dev/zero: not a library.
      if (!v.prot.includes('x')) continue;
      reasons.push('a memfd');
    } else {
      if (inTempDir(plain)) reasons.push('a temporary directory');
      if (isHidden(plain)) reasons.push('a hidden path');
      if (markedDeleted(v.path) || deleted.has(plain)) reasons.push('a deleted file');
    }
    if (reasons.length === 0) continue;
    const entry = byPath.get(plain) ?? { reasons, vmas: [] };
    entry.vmas.push(v);
    byPath.set(plain, entry);
  }
  return [...byPath].map(([path, { reasons, vmas }]) => ({
    rule: RULES.librarySuspicious,
    summary: `pid ${p.pid} (${p.comm}) maps ${path}, from ${reasons.join(' and ')}`,
    severity: RULES.librarySuspicious.severity,
    pid: p.pid,
    evidence: [processEvidence(p), ...vmas.map((v) => vmaEvidence(p.pid, v))],
  }));
}

function commFinding(p: ProcessInfo, exe: ExeFacts): Finding | undefined {
  if (!p.comm || exe.memfd || !exe.path) return undefined;
  const names = [exe.path, p.cmdline?.[0]]
    .filter((n): n is string => n !== undefined && n !== '')
    .map((n) => basename(n).slice(0, COMM_LEN));
  const kernelLike = /^\[.*\]$/.test(p.comm) || /^\[.*\]$/.test(p.cmdline?.[0] ?? '');
  if (!kernelLike && names.includes(p.comm.slice(0, COMM_LEN))) return undefined;
  return {
    rule: RULES.commMismatch,
    summary: `pid ${p.pid} is named "${p.comm}" but runs ${exe.path}${p.cmdline?.[0] !== undefined ? ` (argv[0] "${p.cmdline[0]}")` : ''}`,
    severity: kernelLike ? 'medium' : RULES.commMismatch.severity,
    ...(kernelLike
      ? { severityNote: 'the name looks like a kernel thread, which a container process cannot be' }
      : {}),
    pid: p.pid,
    evidence: [processEvidence(p)],
  };
}

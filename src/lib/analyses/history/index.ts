/**
 * Shell history of one container: readline history from every process's memory, history
 * files from the file system changes and ghost files, and the settings and commands that
 * defeat history. `historyFindings` turns the anti-forensics into triage findings.
 */
import type { CheckpointMemory } from '../../memory/checkpoint-memory.ts';
import type { CheckpointModel } from '../../model/types.ts';
import type { Problem } from '../../problems.ts';
import { antiForensics } from './anti-forensics.ts';
import { ashHistory } from './busybox-ash.ts';
import { historyFiles } from './history-files.ts';
import { readlineHistory } from './readline.ts';
import { shellKind, shellNote } from './shells.ts';
import type { HistoryResult, ProcessHistory } from './types.ts';

export * from './types.ts';
export { historyFindings } from './findings.ts';

export interface HistoryOptions {
  signal?: AbortSignal;
  windowSize?: number;
  /** Reads a file of rootfs-diff.tar by its path in the tar (history files' contents). */
  readRootfsFile?: (path: string) => Promise<Uint8Array | undefined>;
  /** Only these processes (default: every process with memory). */
  pids?: readonly number[];
}

export async function analyseHistory(
  model: CheckpointModel,
  mem: CheckpointMemory | undefined,
  options: HistoryOptions = {},
): Promise<HistoryResult> {
  const problems: Problem[] = [];
  const processes: ProcessHistory[] = [];
  const wanted = options.pids ? new Set(options.pids) : undefined;
  for (const p of model.processes) {
    if (wanted && !wanted.has(p.pid)) continue;
    if (options.signal?.aborted) break;
    const kind = shellKind(p);
    // busybox holds no readline: its own line editing is read instead.
    const found: Awaited<ReturnType<typeof ashHistory>> = !mem?.process(p.pid)
      ? { entries: [], notes: ['no memory images for this process'] }
      : kind === 'busybox-ash'
        ? await ashHistory(mem, p.pid, problems, options)
        : await readlineHistory(mem, p.pid, problems, options);
    if (found.entries.length === 0 && !kind) continue;
    const notes = [...found.notes];
    if (found.entries.length === 0 && kind) {
      const note = shellNote(kind);
      if (note) notes.push(note);
      else if (mem?.process(p.pid))
        notes.push('no readline history entry found in the memory the checkpoint holds');
    }
    processes.push({
      pid: p.pid,
      comm: p.comm,
      ...(p.exe !== undefined ? { exe: p.exe } : {}),
      kind: kind === 'busybox-ash' || !found.entries.length ? (kind ?? 'readline') : 'readline',
      ...(found.order ? { order: found.order } : {}),
      ...(found.listAddress !== undefined ? { listAddress: found.listAddress } : {}),
      ...(found.ashStates ? { ashStates: found.ashStates } : {}),
      entries: found.entries,
      notes,
    });
  }
  const files = await historyFiles(model, options.readRootfsFile);
  return { processes, files, antiForensics: antiForensics(model, processes), problems };
}

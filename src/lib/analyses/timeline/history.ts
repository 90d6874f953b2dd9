/**
 * Shell history with times: readline's `#<epoch>` timestamps of entries found in process
 * memory (bash with HISTTIMEFORMAT or a history file that had them), and the timestamped
 * lines of history files (rootfs-diff.tar, ghost files). Seconds, as the shell wrote them.
 * Entries without a timestamp have no place on a timeline and are left to the History view.
 */
import { addressEvidence } from '../findings/evidence.ts';
import type { HistoryResult } from '../history/types.ts';
import type { TimelineSink } from './sink.ts';
import { fromEpochSeconds, type WallTime } from './time.ts';

/** Longest command kept in an event's message; the History view has the whole line. */
const MAX_COMMAND = 300;

export function historyEvents(sink: TimelineSink, history: HistoryResult): void {
  for (const p of history.processes)
    for (const e of p.entries) {
      if (e.timestamp === undefined) continue;
      const time = epochSeconds(sink, e.timestamp, `pid ${p.pid} history entry ${e.index}`);
      if (!time) continue;
      const command = e.command === undefined ? '(command not readable)' : clip(e.command);
      sink.add(time, {
        timestampDesc: 'Command entered (shell history)',
        message: `pid ${p.pid} ${p.comm ?? ''}: ${command}`,
        source: 'history',
        precision: 'recorded',
        note: e.inList
          ? 'readline timestamp in process memory, to the second'
          : 'readline timestamp in process memory, to the second; the entry is not in the history list (freed or stale)',
        pid: p.pid,
        evidence: addressEvidence(p.pid, e.entryAddress, `history entry ${e.index}`),
      });
    }

  for (const f of history.files)
    for (const e of f.entries) {
      if (e.timestamp === undefined) continue;
      const time = epochSeconds(sink, e.timestamp, `${f.path} history line`);
      if (!time) continue;
      const fileId = f.fileIds?.[0];
      sink.add(time, {
        timestampDesc: 'Command entered (history file)',
        message: `${f.path}: ${clip(e.command)}`,
        source: 'history',
        precision: 'recorded',
        note: `timestamp line of a history file (${f.source}), to the second`,
        path: f.path,
        evidence:
          f.source === 'rootfs-diff'
            ? { label: `rootfs-diff.tar: ${f.path}`, target: { to: 'rootfs', path: f.path } }
            : fileId !== undefined
              ? {
                  label: `ghost file ${f.ghostId ?? ''}: ${f.path}`,
                  target: { to: 'file', fileId },
                }
              : { label: `${f.source}: ${f.path}` },
      });
    }
}

function epochSeconds(sink: TimelineSink, seconds: number, what: string): WallTime | undefined {
  const time = Number.isSafeInteger(seconds) ? fromEpochSeconds(BigInt(seconds)) : undefined;
  if (!time) sink.badTime(`${what}: timestamp #${seconds} is not a plausible epoch time`);
  return time;
}

function clip(command: string): string {
  const line = command.replace(/\n/g, ' ⏎ ');
  return line.length > MAX_COMMAND ? `${line.slice(0, MAX_COMMAND)}…` : line;
}

/**
 * Shell history recovered from a checkpoint: entries found in process memory (GNU readline's
 * HIST_ENTRY structs, what bash and the python REPL use), history files found in the root file
 * system changes, ghost files and deleted.files, and what could not be recovered and why.
 * Plain data: the CLI prints it, the worker sends it to the page.
 */
import type { SegmentKind } from '../../memory/types.ts';
import type { Problem } from '../../problems.ts';

/** Why a pointed-to piece of memory could not be read: a non-readable segment kind. */
export type AbsentKind = Exclude<SegmentKind, 'dumped' | 'parent'>;

export interface HistoryEntry {
  pid: number;
  /** 1-based position in the order `ProcessHistory.order` names. */
  index: number;
  /** The command line as stored (UTF-8, lossy for invalid bytes); absent when not readable. */
  command?: string;
  /** True when the line ran into memory that is not in the checkpoint before its NUL. */
  commandPartial?: boolean;
  /** Seconds since the epoch, from readline's `#<epoch>` timestamp string. */
  timestamp?: number;
  /** ISO 8601 UTC of `timestamp`. */
  timeUtc?: string;
  /** Address of the HIST_ENTRY struct {line, timestamp, data}; for busybox ash, of its `history[]` slot. */
  entryAddress: bigint;
  lineAddress?: bigint;
  timestampAddress?: bigint;
  /** Where a pointer of this entry led to memory the checkpoint does not hold. */
  absent?: { what: 'entry' | 'line' | 'timestamp'; address: bigint; kind: AbsentKind }[];
  /**
   * How it was found: the history list's pointer array (readline's, or busybox ash's
   * `history[]`, whose `entryAddress` is then the array slot), or a pointer to a timestamp string.
   */
  foundBy: 'history-list' | 'timestamp';
  /** False for entries found by their timestamp but not in the history list (freed, stale). */
  inList: boolean;
}

export interface ProcessHistory {
  pid: number;
  comm?: string;
  exe?: string;
  /** `readline` (bash, python…), `busybox-ash` (read from its line_input_t), or a shell whose history this analysis cannot read. */
  kind: 'readline' | 'dash' | 'busybox-ash' | 'zsh' | 'other-shell';
  /**
   * `history-list`: the order of readline's array of HIST_ENTRY pointers (the_history), found
   * in memory; `timestamp`: no such array was found, entries are sorted by timestamp, then by
   * address.
   */
  order?: 'history-list' | 'timestamp';
  /** Address of the history list's first pointer, when found (readline's array, or ash's `history[]`). */
  listAddress?: bigint;
  /** busybox ash: the line-editing states (`line_input_t`) found in its memory. */
  ashStates?: AshState[];
  entries: HistoryEntry[];
  /** Plain sentences: what was not recovered and why. */
  notes: string[];
}

/** busybox's `line_input_t` as found in an ash process's memory (see busybox-ash.ts). */
export interface AshState {
  address: bigint;
  /** Built with FEATURE_EDITING_SAVEHISTORY (cnt_history_in_file and hist_file before the array). */
  saveHistory: boolean;
  /** Has the `get_exe_name` hook after path_lookup (busybox 1.34+ with tab completion). */
  getExeName: boolean;
  /** cnt_history: the entries it holds. */
  count: number;
  /** max_history: how many it keeps at most. */
  max: number;
  /** Address of `history[0]`. */
  historyAddress: bigint;
  /** hist_file, where it saves (HISTFILE or ~/.ash_history), when set and in the checkpoint. */
  histFile?: string;
  /** `history[cnt_history]`: a line being edited when the checkpoint was taken. */
  editedLine?: string;
}

export interface HistoryFileEntry {
  command: string;
  timestamp?: number;
  timeUtc?: string;
}

export interface HistoryFile {
  /** Where the file was found. */
  source: 'rootfs-diff' | 'ghost-file' | 'deleted';
  path: string;
  /** The ghost file's id (its content is in ghost-file-<id>.img). */
  ghostId?: number;
  /** Files.img ids of the ghost file (for links to its content). */
  fileIds?: number[];
  size?: number;
  /** Entries parsed from its content (none for a deleted file: its content is gone). */
  entries: HistoryFileEntry[];
  notes: string[];
}

/** An environment setting or a command that stops or erases shell history. */
export interface AntiForensics {
  pid?: number;
  /** `environment of pid N`, `config.dump`, `history of pid N` */
  where: string;
  /** The setting or command, e.g. `HISTFILE=/dev/null`, `unset HISTFILE`. */
  what: string;
  /** For a command found in history: the entry's address. */
  address?: bigint;
}

export interface HistoryResult {
  processes: ProcessHistory[];
  files: HistoryFile[];
  antiForensics: AntiForensics[];
  problems: Problem[];
}

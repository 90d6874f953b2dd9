/**
 * busybox ash's in-memory history. busybox's line editing (libbb/lineedit.c) keeps one
 * `line_input_t` per shell, allocated zeroed on the heap. On x86_64 (LP64):
 *
 *   +0  int flags           DO_HISTORY (1) | TAB_COMPLETION | USERNAME_COMPLETION | VI_MODE | WITH_PATH_LOOKUP
 *   +4  int timeout         -1 since 1.26; padding (0) before
 *   +8  const char *path_lookup
 *  (+16 get_exe_name_t *get_exe_name   since 1.34, in builds with tab completion for a shell)
 *   C   int cnt_history     entries held, 0..max_history          (C = 16, or 24 with get_exe_name)
 *   C+4 int cur_history     the entry being browsed, 0..cnt_history
 *   C+8 int max_history     from HISTSIZE, 1..CONFIG_FEATURE_EDITING_HISTORY
 *  (C+12 unsigned cnt_history_in_file, C+16 const char *hist_file   with FEATURE_EDITING_SAVEHISTORY)
 *   then char *history[max + 1]: xstrdup'ed lines, oldest first; no timestamps
 *
 * Entries past `cnt_history` are NULL (lineedit shifts the array and never writes beyond),
 * except `history[cnt_history]`, which may hold the line being edited. Checked against the
 * heap of a real busybox 1.35 (Debian) ash: get_exe_name present, no SAVEHISTORY.
 *
 * The struct is found by scanning the memory the checkpoint holds for that header, then every
 * pointer is followed through the memory reader: a line in memory that is not in the
 * checkpoint is reported as such, never guessed. Builds older than 1.20 (no max_history) and
 * 32-bit builds are not recognised.
 */
import { appendAll } from '../../append-all.ts';
import type { CheckpointMemory } from '../../memory/checkpoint-memory.ts';
import { planScan } from '../../memory/scan-plan.ts';
import { scanWindows } from '../../memory/scan-windows.ts';
import type { Problem } from '../../problems.ts';
import { kindAt, readCString, readWords, type CString } from './memory-reads.ts';
import type { AbsentKind, AshState, HistoryEntry, ProcessHistory } from './types.ts';

/** The header read by the window scan: flags … max_history in the longer layout. */
const HEADER = 40;
/** Where cnt_history is: right after path_lookup, or after get_exe_name too (1.34+). */
const COUNT_OFFSETS = [16, 24] as const;
/** CONFIG_FEATURE_EDITING_HISTORY's upper bound in busybox's Config.src. */
const MAX_HISTORY = 99999;
/** Flag bits lineedit defines (DO_HISTORY … WITH_PATH_LOOKUP). */
const KNOWN_FLAGS = 0x1f;
const DO_HISTORY = 1;
/** How many slots past `cnt_history` are checked to be NULL (a random struct is not). */
const TAIL_CHECK = 64;
/** A history line longer than this is not believed (lineedit's buffer is CONFIG_FEATURE_EDITING_MAX_LEN, 1024 by default). */
const MAX_LINE = 64 * 1024;

const utf8 = new TextDecoder('utf-8');

export interface AshOptions {
  signal?: AbortSignal;
  windowSize?: number;
}

interface Header {
  flags: number;
  timeout: number;
  pathLookup: bigint;
  /** Offset of cnt_history (16, or 24 after get_exe_name). */
  counts: number;
  count: number;
  current: number;
  max: number;
}

export async function ashHistory(
  mem: CheckpointMemory,
  pid: number,
  problems: Problem[],
  options: AshOptions = {},
): Promise<Pick<ProcessHistory, 'entries' | 'order' | 'listAddress' | 'notes' | 'ashStates'>> {
  const candidates = await findHeaders(mem, pid, problems, options);
  const notes: string[] = [];
  const states: AshState[] = [];
  const entries: HistoryEntry[] = [];
  for (const at of candidates) {
    if (options.signal?.aborted) break;
    const found = await readState(mem, pid, at);
    if (!found) continue;
    states.push(found.state);
    for (const e of found.entries) entries.push({ ...e, index: entries.length + 1 });
    appendAll(notes, found.notes);
  }
  if (states.length === 0) {
    notes.push(
      'no busybox line-editing state (line_input_t) holding history was found in the memory the checkpoint holds: a non-interactive shell (a script, `sh -c`) keeps none; otherwise the shell may be built without line editing, be older than busybox 1.20 or a 32-bit build, or its heap was not dumped',
    );
    return { entries, notes };
  }
  if (entries.length === 0)
    notes.push(
      'its line-editing state holds no history line: nothing was entered at its prompt yet',
    );
  notes.push('busybox ash stores no time for its history lines: entries have no timestamp');
  const first = states.find((s) => s.count > 0) ?? states[0]!;
  return {
    entries,
    notes,
    ashStates: states,
    ...(entries.length
      ? { order: 'history-list' as const, listAddress: first.historyAddress }
      : {}),
  };
}

/** Addresses of 8-byte-aligned words that start a plausible line_input_t header. */
async function findHeaders(
  mem: CheckpointMemory,
  pid: number,
  problems: Problem[],
  options: AshOptions,
): Promise<bigint[]> {
  const out: bigint[] = [];
  const plan = planScan(mem, { pids: [pid] });
  for await (const w of scanWindows(plan, HEADER, problems, options.signal, options.windowSize)) {
    const b = w.bytes;
    const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
    const skip = Number((8n - (w.base % 8n)) % 8n);
    const limit = Math.min(w.reportLimit, b.length - HEADER + 1);
    for (let o = skip; o < limit; o += 8) {
      const flags = view.getInt32(o, true);
      if ((flags & DO_HISTORY) === 0 || (flags & ~KNOWN_FLAGS) !== 0) continue;
      if (!COUNT_OFFSETS.some((c) => plausible(headerAt(view, o, c)))) continue;
      const at = w.base + BigInt(o);
      if (onHeap(mem, pid, at)) out.push(at);
    }
  }
  return out;
}

/**
 * lineedit allocates the state with xzalloc: it lives in the heap or an anonymous mapping of
 * the allocator, never in the binary's own data (where look-alike zeroed structs abound).
 */
function onHeap(mem: CheckpointMemory, pid: number, address: bigint): boolean {
  const v = mem.vmas(pid).find((x) => x.start <= address && address < x.end);
  return v?.kind === 'heap' || v?.kind === 'anon-private';
}

function headerAt(view: DataView, o: number, counts: number): Header {
  return {
    flags: view.getInt32(o, true),
    timeout: view.getInt32(o + 4, true),
    pathLookup: view.getBigUint64(o + 8, true),
    counts,
    count: view.getInt32(o + counts, true),
    current: view.getInt32(o + counts + 4, true),
    max: view.getInt32(o + counts + 8, true),
  };
}

function plausible(h: Header): boolean {
  if ((h.flags & DO_HISTORY) === 0 || (h.flags & ~KNOWN_FLAGS) !== 0) return false;
  // -1 (wait for ever) is what new_line_input_t sets; older builds leave padding, 0.
  if (h.timeout < -1) return false;
  if (h.max < 1 || h.max > MAX_HISTORY) return false;
  if (h.count < 0 || h.count > h.max) return false;
  return h.current >= 0 && h.current <= h.count;
}

interface Found {
  state: AshState;
  entries: Omit<HistoryEntry, 'index'>[];
  notes: string[];
}

/** The state at `address` if every pointer it holds checks out in one of the layouts. */
async function readState(
  mem: CheckpointMemory,
  pid: number,
  address: bigint,
): Promise<Found | undefined> {
  const head = await readWords(mem, pid, address, 6);
  if (!Array.isArray(head)) return undefined;
  const bytes = new Uint8Array(48);
  const view = new DataView(bytes.buffer);
  head.forEach((v, i) => view.setBigUint64(i * 8, v, true));
  const mapped = (p: bigint) => p === 0n || kindAt(mem, pid, p) !== 'unmapped';
  if (!mapped(head[1]!)) return undefined;
  for (const counts of COUNT_OFFSETS) {
    const h = headerAt(view, 0, counts);
    if (!plausible(h)) continue;
    // get_exe_name points at a function of the binary (or is NULL).
    if (counts === 24 && !mapped(head[2]!)) continue;
    const save = counts + 16;
    const found =
      (await tryLayout(mem, pid, address, h, true, head[save / 8])) ??
      (await tryLayout(mem, pid, address, h, false));
    if (found) return found;
  }
  return undefined;
}

async function tryLayout(
  mem: CheckpointMemory,
  pid: number,
  address: bigint,
  h: Header,
  saveHistory: boolean,
  histFileWord?: bigint,
): Promise<Found | undefined> {
  let histFile: CString | undefined;
  if (saveHistory) {
    if (histFileWord === undefined) return undefined;
    if (histFileWord !== 0n) {
      if (kindAt(mem, pid, histFileWord) === 'unmapped') return undefined;
      histFile = await readCString(mem, pid, histFileWord, 4096);
      if (histFile.complete && !isLine(histFile.bytes)) return undefined;
    }
  }
  // history[] follows max_history (8-aligned), or hist_file.
  const historyAddress = address + BigInt(h.counts + (saveHistory ? 24 : 16));
  const slotCount = Math.min(h.max + 1, h.count + 1 + TAIL_CHECK);
  const slots = await readSlots(mem, pid, historyAddress, slotCount);
  // The held entries must be there to be read (a candidate whose array is absent is not checked).
  if (slots.length < h.count) return undefined;
  // Past the edited line, lineedit leaves NULL: a non-NULL word there means this is not one.
  for (let i = h.count + 1; i < slots.length; i++) if (slots[i] !== 0n) return undefined;

  const entries: Omit<HistoryEntry, 'index'>[] = [];
  let readable = 0;
  for (let i = 0; i < h.count; i++) {
    const line = slots[i]!;
    const entryAddress = historyAddress + 8n * BigInt(i);
    if (line === 0n) return undefined;
    const kind = kindAt(mem, pid, line);
    if (kind === 'unmapped') return undefined;
    const entry: Omit<HistoryEntry, 'index'> = {
      pid,
      entryAddress,
      lineAddress: line,
      foundBy: 'history-list',
      inList: true,
    };
    const text = await readCString(mem, pid, line, MAX_LINE);
    if (text.complete) {
      if (text.bytes.length === 0 || !isLine(text.bytes)) return undefined;
      entry.command = utf8.decode(text.bytes);
      readable++;
    } else if (text.absent) {
      if (text.bytes.length && !isLine(text.bytes)) return undefined;
      if (text.bytes.length) entry.command = utf8.decode(text.bytes);
      entry.commandPartial = true;
      entry.absent = [
        { what: 'line', address: text.absent.address, kind: text.absent.kind as AbsentKind },
      ];
    } else return undefined;
    entries.push(entry);
  }
  const pathReadable = histFile?.complete === true && histFile.bytes.length > 0;
  // Nothing read to check the pointers against: a header and NULLs alone are too weak.
  if (h.count > 0 && readable === 0 && !pathReadable) return undefined;
  // An empty state is believed only with its history file's name: ash sets it for an
  // interactive shell, and a header of small ints followed by NULLs is otherwise too common.
  if (h.count === 0 && !(pathReadable && histFile!.bytes[0] === 0x2f)) return undefined;

  const state: AshState = {
    address,
    saveHistory,
    getExeName: h.counts === 24,
    count: h.count,
    max: h.max,
    historyAddress,
  };
  const notes: string[] = [];
  if (histFile?.complete) state.histFile = utf8.decode(histFile.bytes);
  else if (histFile?.absent)
    notes.push(
      `the history file name of the line-editing state at 0x${address.toString(16)} is in memory that is not in the checkpoint (${histFile.absent.kind})`,
    );
  const edited = slots[h.count];
  if (edited !== undefined && edited !== 0n && kindAt(mem, pid, edited) !== 'unmapped') {
    const text = await readCString(mem, pid, edited, MAX_LINE);
    if (text.complete && isLine(text.bytes)) {
      state.editedLine = utf8.decode(text.bytes);
      notes.push(
        `a line was being edited (not yet entered) when the checkpoint was taken: ${state.editedLine}`,
      );
    }
  }
  notes.push(
    `busybox line-editing state at 0x${address.toString(16)}: ${h.count} of at most ${h.max} entries` +
      (state.histFile !== undefined
        ? `, history file ${state.histFile}`
        : saveHistory
          ? ', no history file (not saved to disk)'
          : ', built without saving history to a file'),
  );
  const absent = entries.filter((e) => e.absent).length;
  if (absent)
    notes.push(
      `${absent} of its lines point into memory that is not in the checkpoint: their text is missing or cut`,
    );
  return { state, entries, notes };
}

/** Up to `count` pointer slots from `at`, stopping at the first that is not in the checkpoint. */
async function readSlots(
  mem: CheckpointMemory,
  pid: number,
  at: bigint,
  count: number,
): Promise<bigint[]> {
  const whole = await readWords(mem, pid, at, count);
  if (Array.isArray(whole)) return whole;
  const out: bigint[] = [];
  for (let i = 0; i < count; i++) {
    const one = await readWords(mem, pid, at + 8n * BigInt(i), 1);
    if (!Array.isArray(one)) break;
    out.push(one[0]!);
  }
  return out;
}

/** A typed line: valid UTF-8, no control bytes but tab (lineedit strips the newline). */
function isLine(bytes: Uint8Array): boolean {
  for (const b of bytes) if ((b < 0x20 && b !== 0x09) || b === 0x7f) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * GNU readline's in-memory history of one process (bash, the python REPL, anything built on
 * readline/history). `add_history` allocates a HIST_ENTRY {char *line; char *timestamp;
 * histdata_t data} per entry and always gives it a timestamp string `#<epoch seconds>`,
 * whether or not HISTTIMEFORMAT is set. So, as Volatility's linux.bash does: find those
 * strings, then the structs whose second word points at one; the first word gives the line.
 * The history list itself (the_history, an array of HIST_ENTRY pointers ending in NULL) is
 * then looked for among the pointers to those structs: it gives the order, and the entries
 * whose timestamp string was not found (not dumped, overwritten).
 */
import type { CheckpointMemory } from '../../memory/checkpoint-memory.ts';
import type { Problem } from '../../problems.ts';
import { findPointersTo, findTimestampStrings } from './memory-scan.ts';
import { kindAt, readCString, readWords } from './memory-reads.ts';
import type { AbsentKind, HistoryEntry, ProcessHistory } from './types.ts';

export interface ReadlineOptions {
  signal?: AbortSignal;
  /** Scan window size (tests use small windows). */
  windowSize?: number;
}

/** The longest history list believed: a NULL-terminated array this long is not a history. */
const MAX_LIST = 1 << 20;
const TIMESTAMP = /^#(\d{9,11})$/;
const utf8 = new TextDecoder('utf-8');

type Partial = Omit<HistoryEntry, 'index'>;

export async function readlineHistory(
  mem: CheckpointMemory,
  pid: number,
  problems: Problem[],
  options: ReadlineOptions = {},
): Promise<Pick<ProcessHistory, 'entries' | 'order' | 'listAddress' | 'notes'>> {
  const { signal, windowSize } = options;
  const notes: string[] = [];
  const stamps = await findTimestampStrings(mem, pid, problems, signal, windowSize);
  if (stamps.length === 0) return { entries: [], notes };
  const byAddress = new Map(stamps.map((s) => [s.address, s.epoch]));

  // Structs: a word pointing at a timestamp string is the struct's second word.
  const toStamps = await findPointersTo(
    mem,
    pid,
    new Set(byAddress.keys()),
    problems,
    signal,
    windowSize,
  );
  const found = new Map<bigint, Partial>();
  for (const hit of toStamps) {
    const entryAddress = hit.at - 8n;
    if (found.has(entryAddress)) continue;
    const entry = await readEntry(mem, pid, entryAddress, 'timestamp');
    // A word that happens to equal a timestamp's address but has no line pointer is not one.
    if (entry && entry.lineAddress !== undefined) found.set(entryAddress, entry);
  }
  if (found.size === 0) {
    notes.push(
      `${stamps.length} timestamp string(s) found, but no history entry points at them (freed or overwritten)`,
    );
    return { entries: [], notes };
  }

  // The list: the longest run of consecutive words pointing at the structs found.
  const toEntries = await findPointersTo(
    mem,
    pid,
    new Set(found.keys()),
    problems,
    signal,
    windowSize,
  );
  const list = longestRun(toEntries.map((h) => h.at));
  if (!list) {
    notes.push('the history list (array of entry pointers) was not found: ordered by timestamp');
    return { entries: numbered(sortByTime([...found.values()])), order: 'timestamp', notes };
  }
  const start = await extendBack(mem, pid, list.start);
  const ordered: Partial[] = [];
  const seen = new Set<bigint>();
  let at = start;
  for (let i = 0; i < MAX_LIST; i++, at += 8n) {
    const word = await readWords(mem, pid, at, 1);
    if (!Array.isArray(word)) {
      notes.push(
        `the history list continues into memory that is not in the checkpoint (${word.absent}) at 0x${at.toString(16)}: later entries may be missing`,
      );
      break;
    }
    const p = word[0]!;
    if (p === 0n) break;
    if (seen.has(p)) break;
    const entry = found.get(p) ?? (await readEntry(mem, pid, p, 'history-list'));
    if (!entry) break;
    seen.add(p);
    ordered.push({ ...entry, foundBy: found.has(p) ? entry.foundBy : 'history-list' });
  }
  const orphans = [...found.entries()]
    .filter(([a]) => !seen.has(a))
    .map(([, e]) => ({ ...e, inList: false }));
  if (orphans.length)
    notes.push(
      `${orphans.length} entr${orphans.length === 1 ? 'y' : 'ies'} found by timestamp but not in the history list (freed or stale copies), listed after it`,
    );
  return {
    entries: numbered([...ordered, ...sortByTime(orphans)]),
    order: 'history-list',
    listAddress: start,
    notes,
  };
}

/**
 * The struct at `address`, with its line and timestamp read where the checkpoint holds them.
 * Undefined when the words there cannot be a HIST_ENTRY (a line pointer outside every mapping).
 * An entry whose struct is itself in absent memory is kept (only reachable from the list).
 */
async function readEntry(
  mem: CheckpointMemory,
  pid: number,
  address: bigint,
  foundBy: HistoryEntry['foundBy'],
): Promise<Partial | undefined> {
  const base: Partial = { pid, entryAddress: address, foundBy, inList: true };
  const words = await readWords(mem, pid, address, 2);
  if (!Array.isArray(words)) {
    if (words.absent === 'unmapped') return undefined;
    return { ...base, absent: [{ what: 'entry', address: words.at, kind: words.absent }] };
  }
  const [line, stamp] = words as [bigint, bigint];
  if (line === 0n || kindAt(mem, pid, line) === 'unmapped') return undefined;
  const entry: Partial = { ...base, lineAddress: line };
  const absent: NonNullable<HistoryEntry['absent']> = [];
  const text = await readCString(mem, pid, line);
  if (text.bytes.length || text.complete) entry.command = utf8.decode(text.bytes);
  if (!text.complete) {
    if (text.absent)
      absent.push({ what: 'line', address: text.absent.address, kind: text.absent.kind });
    entry.commandPartial = true;
  }
  if (stamp !== 0n) {
    entry.timestampAddress = stamp;
    const ts = await readCString(mem, pid, stamp, 16);
    const m = ts.complete ? TIMESTAMP.exec(utf8.decode(ts.bytes)) : null;
    if (m) {
      entry.timestamp = Number(m[1]);
      entry.timeUtc = utcOf(entry.timestamp);
    } else if (ts.absent) {
      absent.push({ what: 'timestamp', address: ts.absent.address, kind: ts.absent.kind });
    }
  }
  if (absent.length) entry.absent = absent;
  return entry;
}

/** Steps back from a list's first known word while the words before point at entries too. */
async function extendBack(mem: CheckpointMemory, pid: number, start: bigint): Promise<bigint> {
  let at = start;
  for (let i = 0; i < MAX_LIST && at >= 8n; i++) {
    const word = await readWords(mem, pid, at - 8n, 1);
    if (!Array.isArray(word)) break;
    const p = word[0]!;
    if (p === 0n || p % 8n !== 0n) break;
    const entry = await readEntry(mem, pid, p, 'history-list');
    // Behind the array is the allocator's chunk header, a small size, not an entry.
    if (!entry) break;
    at -= 8n;
  }
  return at;
}

function longestRun(addresses: bigint[]): { start: bigint; length: number } | undefined {
  const sorted = [...new Set(addresses)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let best: { start: bigint; length: number } | undefined;
  let runStart = 0;
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && sorted[i]! - sorted[i - 1]! === 8n) continue;
    const length = i - runStart;
    if (!best || length > best.length) best = { start: sorted[runStart]!, length };
    runStart = i;
  }
  return best;
}

function sortByTime(entries: Partial[]): Partial[] {
  return entries.sort((a, b) => {
    const ta = a.timestamp ?? Infinity;
    const tb = b.timestamp ?? Infinity;
    if (ta !== tb) return ta < tb ? -1 : 1;
    return a.entryAddress < b.entryAddress ? -1 : a.entryAddress > b.entryAddress ? 1 : 0;
  });
}

function numbered(entries: Partial[]): HistoryEntry[] {
  return entries.map((e, i) => ({ ...e, index: i + 1 }));
}

export function utcOf(epoch: number): string | undefined {
  const d = new Date(epoch * 1000);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString().replace('.000Z', 'Z');
}

export type { AbsentKind };

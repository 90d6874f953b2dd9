import type { Problem } from '../problems.ts';
import { hex } from './addr.ts';
import type { CheckpointMemory } from './checkpoint-memory.ts';
import { latin1 } from './latin1.ts';
import { planScan, type ScanScope } from './scan-plan.ts';
import { scanWindows } from './scan-windows.ts';

export type StringEncoding = 'ascii' | 'utf16le';

export interface StringsOptions extends ScanScope {
  /** Shortest string reported, in characters (default 6). */
  minLength?: number;
  /** Default both. */
  encodings?: readonly StringEncoding[];
  /** Characters of text kept per string (default 1024); longer ones say `truncated`. */
  maxText?: number;
  /** Strings per batch (default 2000). */
  batchSize?: number;
  signal?: AbortSignal;
  windowSize?: number;
}

export interface FoundString {
  pid: number;
  address: bigint;
  addressHex: string;
  encoding: StringEncoding;
  /** Length in characters (bytes for ASCII, byte pairs for UTF-16LE). */
  length: number;
  text: string;
  truncated: boolean;
}

export interface StringsBatch {
  strings: FoundString[];
  scannedBytes: number;
  totalBytes: number;
  done: boolean;
  problems: Problem[];
}

/** Printable ASCII and tab, as `strings(1)` counts them. */
const PRINTABLE = new Uint8Array(256);
for (let b = 0x20; b < 0x7f; b++) PRINTABLE[b] = 1;
PRINTABLE[9] = 1;

/**
 * A run of printable characters being collected, possibly across windows of one contiguous
 * run of memory. Only the first `maxText` characters are kept, so a 256 MiB run of text (a
 * memory hog's buffer) costs no more memory than a short string.
 */
class Collector {
  start = 0n;
  length = 0;
  text = '';
  constructor(
    readonly encoding: StringEncoding,
    readonly unit: number,
  ) {}
}

/**
 * Finds ASCII and UTF-16LE strings in the dumped memory of the chosen processes/VMAs and yields
 * them in batches with progress. Strings never span a gap in the dump; they do span pages,
 * pagemap entries and VMAs where the addresses are contiguous.
 */
export async function* extractStrings(
  mem: CheckpointMemory,
  options: StringsOptions = {},
): AsyncGenerator<StringsBatch> {
  const min = Math.max(1, Math.floor(options.minLength ?? 6));
  const maxText = Math.max(1, Math.floor(options.maxText ?? 1024));
  const batchSize = Math.max(1, options.batchSize ?? 2000);
  const encodings = new Set(options.encodings ?? ['ascii', 'utf16le']);
  const plan = planScan(mem, options);
  const problems: Problem[] = [];
  let out: FoundString[] = [];
  let scanned = 0;
  let pid = -1;
  let runEnd = -1n;
  const ascii = new Collector('ascii', 1);
  // One collector per byte parity: UTF-16 text may start at an odd address.
  const wide = [new Collector('utf16le', 2), new Collector('utf16le', 2)];
  /** Low byte of a UTF-16 unit whose high byte is in the next window, per parity. */
  const carry: number[] = [-1, -1];

  const emit = (c: Collector) => {
    if (c.length >= min) {
      out.push({
        pid,
        address: c.start,
        addressHex: hex(c.start),
        encoding: c.encoding,
        length: c.length,
        text: c.text,
        truncated: c.length > c.text.length,
      });
    }
    c.length = 0;
    c.text = '';
  };
  const flushAll = () => {
    emit(ascii);
    emit(wide[0]);
    emit(wide[1]);
    carry[0] = carry[1] = -1;
  };

  for await (const w of scanWindows(plan, 0, problems, options.signal, options.windowSize)) {
    if (w.run.pid !== pid || w.base !== runEnd) flushAll();
    pid = w.run.pid;
    const bytes = w.bytes;
    if (encodings.has('ascii')) scanAscii(bytes, w.base, ascii, min, maxText, emit);
    if (encodings.has('utf16le')) {
      for (const parity of [0, 1]) {
        scanUtf16(bytes, w.base, parity, wide[parity], carry, min, maxText, emit);
      }
    }
    runEnd = w.base + BigInt(bytes.length);
    if (runEnd === w.run.end) {
      flushAll();
      runEnd = -1n;
    }
    scanned = w.scanned;
    while (out.length >= batchSize) {
      yield {
        strings: out.splice(0, batchSize),
        scannedBytes: scanned,
        totalBytes: plan.totalBytes,
        done: false,
        problems: problems.splice(0),
      };
    }
    yield {
      strings: out,
      scannedBytes: scanned,
      totalBytes: plan.totalBytes,
      done: false,
      problems: problems.splice(0),
    };
    out = [];
  }
  if (options.signal?.aborted) return;
  flushAll();
  yield {
    strings: out,
    scannedBytes: scanned,
    totalBytes: plan.totalBytes,
    done: true,
    problems: problems.splice(0),
  };
}

/**
 * ASCII runs. Runs are found with tight byte loops and turned into strings only when they are
 * long enough (random data has a short printable run every few bytes; making an address or a
 * string for each of those cost 100× the scan itself, measured).
 */
function scanAscii(
  bytes: Uint8Array,
  base: bigint,
  c: Collector,
  min: number,
  maxText: number,
  emit: (c: Collector) => void,
): void {
  const n = bytes.length;
  let i = 0;
  if (c.length > 0) {
    // A run carried over from the previous window of the same contiguous stretch.
    while (i < n && PRINTABLE[bytes[i]]) i++;
    take(c, bytes, 0, i, maxText);
    if (i === n) return;
    emit(c);
  }
  while (i < n) {
    while (i < n && !PRINTABLE[bytes[i]]) i++;
    if (i === n) return;
    const from = i;
    while (i < n && PRINTABLE[bytes[i]]) i++;
    if (i < n && i - from < min) continue;
    c.start = base + BigInt(from);
    take(c, bytes, from, i, maxText);
    if (i < n) emit(c);
  }
}

/** Adds bytes [from, to) of the current window to the collector's run. */
function take(c: Collector, bytes: Uint8Array, from: number, to: number, maxText: number): void {
  const room = maxText - c.text.length;
  if (room > 0) c.text += latin1(bytes, from, Math.min(to, from + room));
  c.length += to - from;
}

/**
 * UTF-16LE runs of printable ASCII code units (low byte printable, high byte 0) at one byte
 * parity. A unit split across two windows has its low byte carried over.
 */
function scanUtf16(
  bytes: Uint8Array,
  base: bigint,
  parity: number,
  c: Collector,
  carry: number[],
  min: number,
  maxText: number,
  emit: (c: Collector) => void,
): void {
  const n = bytes.length;
  // Units start where (address - parity) is even.
  let i = Number((BigInt(parity) - (base & 1n) + 2n) % 2n);
  if (carry[parity] >= 0 && n > 0) {
    const lo = carry[parity];
    carry[parity] = -1;
    if (bytes[0] === 0 && PRINTABLE[lo]) {
      if (c.length === 0) c.start = base - 1n;
      if (c.text.length < maxText) c.text += String.fromCharCode(lo);
      c.length++;
    } else if (c.length > 0) {
      emit(c);
    }
  }
  const isUnit = (k: number) => bytes[k + 1] === 0 && PRINTABLE[bytes[k]] === 1;
  if (c.length > 0) {
    const from = i;
    while (i + 1 < n && isUnit(i)) i += 2;
    takeWide(c, bytes, from, i, maxText);
    if (i + 1 < n) emit(c);
  }
  while (i + 1 < n) {
    while (i + 1 < n && !isUnit(i)) i += 2;
    if (i + 1 >= n) break;
    const from = i;
    while (i + 1 < n && isUnit(i)) i += 2;
    const ended = i + 1 < n;
    if (ended && (i - from) / 2 < min) continue;
    c.start = base + BigInt(from);
    takeWide(c, bytes, from, i, maxText);
    if (ended) emit(c);
  }
  if (i < n) carry[parity] = bytes[i];
}

function takeWide(
  c: Collector,
  bytes: Uint8Array,
  from: number,
  to: number,
  maxText: number,
): void {
  for (let k = from; k < to && c.text.length < maxText; k += 2)
    c.text += String.fromCharCode(bytes[k]);
  c.length += (to - from) / 2;
}

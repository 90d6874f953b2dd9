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
    if (encodings.has('ascii')) scanAscii(bytes, w.base, ascii, maxText, emit);
    if (encodings.has('utf16le')) {
      for (const parity of [0, 1])
        scanUtf16(bytes, w.base, parity, wide[parity], carry, maxText, emit);
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

function scanAscii(
  bytes: Uint8Array,
  base: bigint,
  c: Collector,
  maxText: number,
  emit: (c: Collector) => void,
): void {
  let runFrom = c.length > 0 ? 0 : -1;
  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    if (PRINTABLE[bytes[i]]) {
      if (runFrom < 0) {
        runFrom = i;
        if (c.length === 0) c.start = base + BigInt(i);
      }
    } else if (runFrom >= 0) {
      take(c, bytes, runFrom, i, maxText);
      emit(c);
      runFrom = -1;
    }
  }
  if (runFrom >= 0) take(c, bytes, runFrom, n, maxText);
}

/** Adds bytes [from, to) of the current window to the collector's run. */
function take(c: Collector, bytes: Uint8Array, from: number, to: number, maxText: number): void {
  const room = maxText - c.text.length;
  if (room > 0) c.text += latin1(bytes, from, Math.min(to, from + room));
  c.length += to - from;
}

function scanUtf16(
  bytes: Uint8Array,
  base: bigint,
  parity: number,
  c: Collector,
  carry: number[],
  maxText: number,
  emit: (c: Collector) => void,
): void {
  // A unit split across two windows: its low byte was carried over.
  const unit = (lo: number, hi: number, at: bigint) => {
    if (hi === 0 && PRINTABLE[lo]) {
      if (c.length === 0) c.start = at;
      if (c.text.length < maxText) c.text += String.fromCharCode(lo);
      c.length++;
    } else if (c.length > 0) {
      emit(c);
    }
  };
  // Units start where (address - parity) is even.
  let i = Number((BigInt(parity) - (base & 1n) + 2n) % 2n);
  if (carry[parity] >= 0 && bytes.length > 0) {
    unit(carry[parity], bytes[0], base - 1n);
    carry[parity] = -1;
  }
  const n = bytes.length;
  for (; i + 1 < n; i += 2) {
    const hi = bytes[i + 1];
    const lo = bytes[i];
    if (hi === 0 && PRINTABLE[lo]) {
      if (c.length === 0) c.start = base + BigInt(i);
      if (c.text.length < maxText) c.text += String.fromCharCode(lo);
      c.length++;
    } else if (c.length > 0) {
      emit(c);
    }
  }
  if (i < n) carry[parity] = bytes[i];
}

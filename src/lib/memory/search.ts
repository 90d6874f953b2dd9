import type { Problem } from '../problems.ts';
import { hex } from './addr.ts';
import { bytesToClasses, compileClasses, parseHexPattern, textToBytes } from './byte-pattern.ts';
import type { CheckpointMemory } from './checkpoint-memory.ts';
import { bytesMatcher, regexMatcher, type Matcher } from './matchers.ts';
import { planScan, type ScanScope } from './scan-plan.ts';
import { scanWindows, type ScanWindow } from './scan-windows.ts';
import type { VmaInfo } from './types.ts';
import { findVma } from './vma.ts';

export type SearchQuery =
  /** Text as UTF-8 bytes (or UTF-16LE); `ignoreCase` folds ASCII letters only. */
  | { kind: 'text'; text: string; ignoreCase?: boolean; utf16?: boolean }
  /** `de ad ?? ef`: hex bytes, `??` for any byte. */
  | { kind: 'hex'; hex: string }
  /**
   * A JavaScript regex over memory as latin1, or as UTF-8 with `utf8` (non-ASCII letters
   * match their UTF-8 bytes); `maxMatchLength` bounds a match in bytes (default 4 KiB).
   */
  | { kind: 'regex'; source: string; flags?: string; maxMatchLength?: number; utf8?: boolean };

export interface SearchOptions extends ScanScope {
  /** Bytes of context on each side of a match (default 32, at most 4096). */
  context?: number;
  /** Stop after this many matches (default 100,000); the last batch says `truncated`. */
  maxMatches?: number;
  signal?: AbortSignal;
  /** Window size for reads (tests use small windows to exercise the overlaps). */
  windowSize?: number;
}

export interface MemoryMatch {
  pid: number;
  address: bigint;
  /** `0x…`, the form JSON output uses. */
  addressHex: string;
  length: number;
  /** The VMA holding the match start, if any. */
  vma?: VmaInfo;
  bytes: Uint8Array;
  before: Uint8Array;
  after: Uint8Array;
}

export interface SearchBatch {
  matches: MemoryMatch[];
  scannedBytes: number;
  totalBytes: number;
  done: boolean;
  /** `maxMatches` was reached; later matches were not looked for. */
  truncated: boolean;
  problems: Problem[];
}

/** Turns a query into a matcher, or an error message a person can act on. */
export function compileQuery(q: SearchQuery): Matcher | string {
  switch (q.kind) {
    case 'text': {
      if (!q.text) return 'empty search text';
      return bytesMatcher(
        compileClasses(bytesToClasses(textToBytes(q.text, q.utf16), q.ignoreCase)),
      );
    }
    case 'hex': {
      const classes = parseHexPattern(q.hex);
      return typeof classes === 'string' ? classes : bytesMatcher(compileClasses(classes));
    }
    case 'regex': {
      let re: RegExp;
      const flags = (q.flags ?? '').replace(/[gy]/g, '');
      try {
        re = new RegExp(q.source, flags);
      } catch (e) {
        return `bad regular expression: ${(e as Error).message}`;
      }
      // Over UTF-8 text, code point semantics (`.` is one character, not half of one) when
      // the pattern allows them; patterns only valid without `u` keep working as written.
      if (q.utf8 && !re.unicode && !flags.includes('v')) {
        try {
          re = new RegExp(q.source, flags + 'u');
        } catch {
          // keep the pattern without `u`
        }
      }
      const max = Math.min(Math.max(1, Math.floor(q.maxMatchLength ?? 4096)), 1 << 20);
      return regexMatcher(re, max, q.utf8 ? 'utf8' : 'latin1');
    }
  }
}

const MAX_CONTEXT = 4096;

/**
 * Searches memory and yields batches of matches (one per window read, plus a final one) with
 * progress. Aborting the signal ends the iteration at the next window: cheap enough that a new
 * query can simply abort the running one. An invalid query yields one `done` batch with a
 * problem.
 */
export async function* searchMemory(
  mem: CheckpointMemory,
  query: SearchQuery,
  options: SearchOptions = {},
): AsyncGenerator<SearchBatch> {
  const matcher = compileQuery(query);
  const plan = planScan(mem, options);
  const problems: Problem[] = [];
  if (typeof matcher === 'string') {
    problems.push({ code: 'unsupported', severity: 'error', message: matcher });
    yield {
      matches: [],
      scannedBytes: 0,
      totalBytes: plan.totalBytes,
      done: true,
      truncated: false,
      problems,
    };
    return;
  }
  const context = Math.min(Math.max(0, Math.floor(options.context ?? 32)), MAX_CONTEXT);
  const maxMatches = options.maxMatches ?? 100_000;
  let found = 0;
  let scanned = 0;
  let truncated = false;
  const overlap = matcher.maxLength - 1;
  for await (const w of scanWindows(plan, overlap, problems, options.signal, options.windowSize)) {
    const hits: Array<[number, number]> = [];
    matcher.scan(w.bytes, w.reportLimit, (start, length) => {
      if (found + hits.length < maxMatches) hits.push([start, length]);
      else truncated = true;
    });
    const matches = await Promise.all(hits.map(([s, l]) => toMatch(mem, w, s, l, context)));
    found += matches.length;
    scanned = w.scanned;
    yield {
      matches,
      scannedBytes: scanned,
      totalBytes: plan.totalBytes,
      done: false,
      truncated,
      problems: take(problems),
    };
    if (truncated || options.signal?.aborted) break;
  }
  if (options.signal?.aborted) return;
  yield {
    matches: [],
    scannedBytes: scanned,
    totalBytes: plan.totalBytes,
    done: true,
    truncated,
    problems: take(problems),
  };
}

/** Problems go out once, with the batch after they happened. */
function take(problems: Problem[]): Problem[] {
  return problems.splice(0, problems.length);
}

/** Context comes from the window when it holds it, else from a (cached) read. */
async function toMatch(
  mem: CheckpointMemory,
  w: ScanWindow,
  start: number,
  length: number,
  context: number,
): Promise<MemoryMatch> {
  const address = w.base + BigInt(start);
  const space = mem.space(w.run.pid);
  const vi = space ? findVma(space.vmas, address) : -1;
  const from = start - context;
  const to = start + length + context;
  let window: Uint8Array;
  let at: number;
  if (from >= 0 && to <= w.bytes.length) {
    window = w.bytes;
    at = start;
  } else {
    const lead = BigInt(context) > address ? Number(address) : context;
    const r = await mem.read(w.run.pid, address - BigInt(lead), lead + length + context);
    window = r.bytes;
    at = lead;
  }
  const m: MemoryMatch = {
    pid: w.run.pid,
    address,
    addressHex: hex(address),
    length,
    bytes: window.slice(at, at + length),
    before: window.slice(Math.max(0, at - context), at),
    after: window.slice(at + length, at + length + context),
  };
  if (space && vi >= 0) m.vma = space.vmas[vi];
  return m;
}

/**
 * Scans a checkpoint with compiled YARA rules, the way Volatility's `vmayarascan` does: every
 * process's memory one VMA at a time (a rule sees one VMA's bytes, never a neighbour's), then
 * the other bytes the checkpoint holds (ghost files, memfds, buffers, queues, SysV IPC, the
 * rootfs diff). Hits carry virtual addresses (memory) or byte offsets (files).
 *
 * What a rule sees, precisely:
 * - Memory that is not in the checkpoint is not scanned (never as zeros). A VMA is scanned as
 *   its dumped runs — stretches of consecutive dumped pages — each one block; a block's
 *   offset 0 is the VMA's start when its first page was dumped, else the run's first byte.
 * - Blocks larger than `windowSize` (16 MiB) are scanned in windows that overlap by `overlap`
 *   bytes (64 KiB), so that memory stays bounded on a 4 GiB checkpoint; a match is reported
 *   by the window it starts in (once), and a match longer than the overlap that crosses a
 *   window edge is not seen. Offsets, `filesize`, counts (`#a`) and `at`/`in` in conditions
 *   refer to the window (the whole block when it is smaller).
 * - The engine compiles the rules for every block (see engine.ts): each block costs one
 *   compile, so many small VMAs cost more than their bytes suggest.
 */
import type { Problem } from '../../problems.ts';
import type { CheckpointMemory } from '../../memory/checkpoint-memory.ts';
import { planScan } from '../../memory/scan-plan.ts';
import { scanWindows } from '../../memory/scan-windows.ts';
import type { VmaInfo } from '../../memory/types.ts';
import type { YaraEngine, YaraRuleMatch } from './engine.ts';
import type { YaraFileRef, YaraFileTarget } from './file-targets.ts';
import type { YaraRules } from './rules.ts';

export const YARA_WINDOW = 16 << 20;
export const YARA_OVERLAP = 64 << 10;
/** Strings kept per hit (a rule like `$a = "A"` matches millions of times). */
export const MAX_STRINGS_PER_HIT = 100;
const CONTEXT = 16;
const MAX_MATCH_BYTES = 256;

export interface YaraMemorySource {
  container: number;
  mem: CheckpointMemory;
}

export interface YaraScope {
  container?: number;
  /** One process; absent: every process and every file target. */
  pid?: number;
  /** With a pid: one VMA (index into its VMAs). */
  vma?: number;
}

export interface YaraScanOptions extends YaraScope {
  signal?: AbortSignal;
  windowSize?: number;
  overlap?: number;
  /** Stop after this many hits (default 100,000). */
  maxHits?: number;
}

export interface YaraStringHit {
  identifier: string;
  /** Memory: offset from the VMA start; files: offset in the file. */
  offset: number;
  /** Memory only. */
  address?: bigint;
  length: number;
  /** The matched bytes (at most 256) and up to 16 bytes each side. */
  bytes: Uint8Array;
  before: Uint8Array;
  after: Uint8Array;
}

export type YaraHitTarget =
  | {
      kind: 'memory';
      pid: number;
      comm?: string;
      vma: number;
      vmaStart: bigint;
      vmaEnd: bigint;
      perms: string;
      /** `[heap]`, a file path, a memfd name… or the VMA kind. */
      vmaLabel: string;
      /** Address of the scanned block's first byte (the rule's offset 0). */
      blockStart: bigint;
      /** The first matched string's address, else the block's start. */
      address: bigint;
    }
  | {
      kind: 'file';
      ref: YaraFileRef;
      label: string;
      fileId?: number;
      /** Where the scanned window starts in the file (the rule's offset 0). */
      blockStart: number;
      /** The first matched string's offset, else the window's start. */
      offset: number;
    };

export interface YaraHit {
  rule: string;
  tags: string[];
  meta: Array<{ key: string; value: string }>;
  container: number;
  target: YaraHitTarget;
  strings: YaraStringHit[];
  /** All string matches in this block, of which `strings` holds the first 100. */
  stringCount: number;
}

/** How much of one VMA was scanned: only its dumped bytes ever are. */
export interface YaraCoverage {
  container: number;
  pid: number;
  vma: number;
  start: bigint;
  end: bigint;
  label: string;
  /** Bytes of the VMA in the checkpoint. */
  dumped: number;
  scanned: number;
}

export interface YaraBatch {
  hits: YaraHit[];
  /** VMAs finished in this batch. */
  coverage: YaraCoverage[];
  scannedBytes: number;
  totalBytes: number;
  /** Blocks handed to the engine so far (each one compile of the rules). */
  blocks: number;
  problems: Problem[];
  /** `maxHits` was reached. */
  truncated: boolean;
  done: boolean;
}

interface Block {
  bytes: Uint8Array;
  /** Matches starting at or after this offset belong to the next window. */
  reportLimit: number;
}

/** Metadata only: the bytes a scan of `scope` will read, for the progress bar. */
export function plannedBytes(
  memories: readonly YaraMemorySource[],
  files: readonly YaraFileTarget[],
  scope: YaraScope,
): number {
  let total = 0;
  for (const { container, mem } of memories) {
    if (scope.container !== undefined && container !== scope.container) continue;
    for (const pid of scope.pid !== undefined ? [scope.pid] : mem.pids()) {
      total += planScan(mem, {
        pids: [pid],
        ...(scope.vma !== undefined ? { vma: scope.vma } : {}),
      }).totalBytes;
    }
  }
  if (scope.pid === undefined) {
    for (const f of files)
      if (scope.container === undefined || f.container === scope.container) total += f.size;
  }
  return total;
}

export async function* scanYara(
  engine: YaraEngine,
  rules: YaraRules,
  memories: readonly YaraMemorySource[],
  files: readonly YaraFileTarget[],
  options: YaraScanOptions = {},
): AsyncGenerator<YaraBatch> {
  const windowSize = Math.max(4096, options.windowSize ?? YARA_WINDOW);
  const overlap = Math.min(Math.max(0, options.overlap ?? YARA_OVERLAP), windowSize >> 1);
  const maxHits = options.maxHits ?? 100_000;
  const signal = options.signal;
  const totalBytes = plannedBytes(memories, files, options);
  const problems: Problem[] = [];
  let hitCount = 0;
  let scannedBytes = 0;
  let blocks = 0;
  let truncated = false;
  let hits: YaraHit[] = [];
  let coverage: YaraCoverage[] = [];
  const batch = (done: boolean): YaraBatch => {
    const out = {
      hits,
      coverage,
      scannedBytes,
      totalBytes,
      blocks,
      problems: problems.splice(0),
      truncated,
      done,
    };
    hits = [];
    coverage = [];
    return out;
  };
  const keep = (hit: YaraHit) => {
    if (hitCount >= maxHits) {
      truncated = true;
      return;
    }
    hitCount++;
    hits.push(hit);
  };
  /** Runs the rules over one block; the matches that belong to it, strings trimmed. */
  const run = (block: Block, seenWithoutStrings: Set<string>) => {
    blocks++;
    const result = engine.run(block.bytes, rules.bytes);
    const out: Array<{ match: YaraRuleMatch; strings: YaraRuleMatch['strings'] }> = [];
    for (const match of result.matches) {
      const strings = match.strings.filter((s) => s.offset < block.reportLimit);
      if (match.strings.length > 0 && strings.length === 0) continue;
      // A rule that matched on its condition alone is one hit per VMA or file, not per window.
      if (match.strings.length === 0) {
        if (seenWithoutStrings.has(match.rule)) continue;
        seenWithoutStrings.add(match.rule);
      }
      out.push({ match, strings });
    }
    return out;
  };

  for (const { container, mem } of memories) {
    if (options.container !== undefined && container !== options.container) continue;
    const pids = options.pid !== undefined ? [options.pid] : mem.pids();
    for (const pid of pids) {
      const vmas = mem.vmas(pid);
      const comm = mem.process(pid)?.comm;
      const indexes = options.vma !== undefined ? [options.vma] : vmas.map((_, i) => i);
      for (const vi of indexes) {
        const v = vmas[vi];
        if (!v) continue;
        const plan = planScan(mem, { pids: [pid], vma: vi });
        const cov: YaraCoverage = {
          container,
          pid,
          vma: vi,
          start: v.start,
          end: v.end,
          label: vmaLabel(v),
          dumped: plan.totalBytes,
          scanned: 0,
        };
        const seen = new Set<string>();
        for await (const w of scanWindows(plan, overlap, problems, signal, windowSize)) {
          await engine.settle();
          for (const { match, strings } of run(w, seen)) {
            const first = strings[0];
            keep({
              rule: match.rule,
              tags: rules.tags.get(match.rule) ?? [],
              meta: match.meta,
              container,
              target: {
                kind: 'memory',
                pid,
                ...(comm !== undefined ? { comm } : {}),
                vma: vi,
                vmaStart: v.start,
                vmaEnd: v.end,
                perms: v.perms,
                vmaLabel: v.backing ?? v.kind,
                blockStart: w.base,
                address: first ? w.base + BigInt(first.offset) : w.base,
              },
              strings: strings.slice(0, MAX_STRINGS_PER_HIT).map((s) => ({
                ...stringHit(w.bytes, s),
                offset: Number(w.base - v.start) + s.offset,
                address: w.base + BigInt(s.offset),
              })),
              stringCount: strings.length,
            });
          }
          scannedBytes += w.scanned - cov.scanned;
          cov.scanned = w.scanned;
          if (truncated || signal?.aborted) break;
          yield batch(false);
        }
        coverage.push(cov);
        if (truncated || signal?.aborted) break;
      }
      if (truncated || signal?.aborted) break;
    }
    if (truncated || signal?.aborted) break;
  }

  if (options.pid === undefined && !truncated && !signal?.aborted) {
    const step = windowSize - overlap;
    for (const f of files) {
      if (options.container !== undefined && f.container !== options.container) continue;
      const seen = new Set<string>();
      for (let at = 0; at < f.size; at += step) {
        if (signal?.aborted) break;
        const last = at + windowSize >= f.size;
        let bytes: Uint8Array;
        try {
          bytes = await f.read(at, Math.min(windowSize, f.size - at));
        } catch (e) {
          problems.push({
            code: 'unsupported',
            severity: 'warning',
            message: `${f.label} could not be read for the YARA scan: ${String(e)}`,
          });
          break;
        }
        await engine.settle();
        for (const { match, strings } of run(
          { bytes, reportLimit: last ? bytes.length : step },
          seen,
        )) {
          const first = strings[0];
          keep({
            rule: match.rule,
            tags: rules.tags.get(match.rule) ?? [],
            meta: match.meta,
            container: f.container,
            target: {
              kind: 'file',
              ref: f.ref,
              label: f.label,
              ...(f.fileId !== undefined ? { fileId: f.fileId } : {}),
              blockStart: at,
              offset: at + (first?.offset ?? 0),
            },
            strings: strings.slice(0, MAX_STRINGS_PER_HIT).map((s) => ({
              ...stringHit(bytes, s),
              offset: at + s.offset,
            })),
            stringCount: strings.length,
          });
        }
        scannedBytes += last ? bytes.length : step;
        if (truncated) break;
        yield batch(false);
        if (last) break;
      }
      if (truncated || signal?.aborted) break;
    }
  }
  if (signal?.aborted) return;
  yield batch(true);
}

function stringHit(
  block: Uint8Array,
  s: { identifier: string; offset: number; length: number },
): Omit<YaraStringHit, 'offset' | 'address'> {
  const end = Math.min(block.length, s.offset + s.length);
  return {
    identifier: s.identifier,
    length: s.length,
    // Copies: the window's buffer is reused for the next read.
    bytes: block.slice(s.offset, Math.min(end, s.offset + MAX_MATCH_BYTES)),
    before: block.slice(Math.max(0, s.offset - CONTEXT), s.offset),
    after: block.slice(end, end + CONTEXT),
  };
}

export function vmaLabel(v: VmaInfo): string {
  return `${v.start.toString(16)}-${v.end.toString(16)} ${v.perms} ${v.backing ?? v.kind}`;
}

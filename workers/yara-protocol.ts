/**
 * Types the `yara` job (jobs/yara.ts) sends across the worker boundary (the page imports them with
 * `import type`). Hits are the library's plain data: addresses stay `bigint`, matched bytes
 * are small Uint8Arrays.
 */
import type { YaraMessage } from '../src/lib/analyses/yara/engine.ts';
import type { YaraFileRef } from '../src/lib/analyses/yara/file-targets.ts';
import type { YaraCoverage, YaraHit, YaraHitTarget } from '../src/lib/analyses/yara/scan.ts';
import type { Problem } from '../src/lib/problems.ts';

export type { YaraCoverage, YaraFileRef, YaraHit, YaraHitTarget, YaraMessage };

export interface YaraRequest {
  /** The rules file's bytes as picked, dropped or pasted. */
  rules: Uint8Array;
  /** Its name, for messages (`rules.yar, line 3: …`). */
  rulesName: string;
  /** Absent: every container. */
  container?: number;
  /** Absent: every process, and the files, buffers and IPC the checkpoint holds. */
  pid?: number;
  /** With a pid: one VMA. */
  vma?: number;
  /** Stop after this many hits (default 100,000). */
  maxHits?: number;
}

export interface YaraProgress {
  id: number;
  hits: YaraHit[];
  coverage: YaraCoverage[];
  scannedBytes: number;
  totalBytes: number;
  /** Blocks handed to the engine so far (each one compile of the rules). */
  blocks: number;
  done: boolean;
  truncated: boolean;
  problems: Problem[];
}

/** What the `yara` job returns (with its outcome; also when it refused the rules). */
export interface YaraResult {
  /** Every compile error with its line (the first is the outcome's `error`). */
  compileErrors?: YaraMessage[];
  warnings?: YaraMessage[];
}

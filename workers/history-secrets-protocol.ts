/**
 * Types the history API and the `secrets` job send to the page. Secret values never cross in
 * a row: rows carry the masked form; `secretReveal(id)` sends one value when the analyst asks.
 */
import type { EvidenceTarget } from '../src/lib/analyses/findings/types.ts';
import type {
  AntiForensics,
  HistoryFile,
  ProcessHistory,
} from '../src/lib/analyses/history/types.ts';
import type { Confidence } from '../src/lib/analyses/secrets/types.ts';
import type { Problem } from '../src/lib/problems.ts';

export interface HistoryRow {
  container: number;
  pid: number;
  comm: string;
  index: number;
  /** ISO UTC time, or why there is none. */
  time: string;
  command: string;
  /** The line's address (where the hex view opens), else the entry's. */
  address: bigint;
  entryAddress: bigint;
  /** `history list`, `timestamp`, `timestamp (not in list)`. */
  foundBy: string;
  /** Memory a pointer of this entry led to that is not in the checkpoint. */
  absent: string;
}

export interface HistoryView {
  rows: HistoryRow[];
  processes: (Omit<ProcessHistory, 'entries'> & { container: number; count: number })[];
  files: (HistoryFile & { container: number })[];
  antiForensics: (AntiForensics & { container: number })[];
  problems: Problem[];
}

export interface SecretRow {
  /** Unique across the archive's containers: the key for `secretReveal`. */
  id: number;
  container: number;
  rule: string;
  description: string;
  confidence: Confidence;
  masked: string;
  length: number;
  /** The locations as one line (for filtering and CSV). */
  where: string;
  count: number;
  locations: { label: string; target?: EvidenceTarget }[];
}

export interface SecretsRequest {
  /** An analyst's gitleaks TOML, used with (or instead of) the built-in rules. */
  rulesToml?: string;
  rulesName?: string;
  /** Default true. */
  builtin?: boolean;
}

export interface SecretsProgress {
  id: number;
  scannedBytes: number;
  totalBytes: number;
  done: boolean;
}

/** What the `secrets` job returns (with its outcome; also when it refused the rules). */
export interface SecretsResult {
  rows: SecretRow[];
  /** The ids of the rules used. */
  rules: string[];
  problems: Problem[];
}

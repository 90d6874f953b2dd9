/**
 * Secrets found in a checkpoint: one row per distinct value, with every place it was seen.
 * Values are kept here in full (the worker holds them); what leaves for display is masked
 * (`maskSecret`) unless the analyst asks to reveal one.
 */
import type { EvidenceTarget } from '../findings/types.ts';
import type { Problem } from '../../problems.ts';

export type Confidence = 'high' | 'medium' | 'low';

/** A rule as data, read from gitleaks-format TOML (built-in or the analyst's). */
export interface SecretRule {
  id: string;
  description: string;
  regex: RegExp;
  /** Lower-case literals one of which every match contains (the memory scan's prefilter). */
  keywords: string[];
  /** The capture group that is the secret (0: the whole match). */
  secretGroup?: number;
  /** Minimum Shannon entropy (bits per character) of the secret. */
  entropy?: number;
  confidence: Confidence;
  /** `jwt`: the value's header must decode to JSON with an `alg`. */
  check?: 'jwt';
  /** Longest match in bytes around a keyword the memory scan looks at. */
  window: number;
  allowRegexes: RegExp[];
  stopwords: string[];
  tags: string[];
}

/** Where a value was seen; `label` is one line for people, `target` links to the view. */
export type SecretLocation = (
  | { kind: 'memory'; pid: number; address: bigint }
  | { kind: 'env'; pid?: number; from: 'memory' | 'config'; name: string }
  | { kind: 'argv'; pid: number; index: number }
  | { kind: 'rootfs'; path: string; offset: number }
  | { kind: 'ghost-file'; path?: string; fileId?: number; offset: number }
  | { kind: 'memfd'; name: string; fileId?: number; offset: number }
  | { kind: 'pipe'; pipeId: number; fileId?: number; offset: number }
  | { kind: 'socket'; socketId: number; queue: string; offset: number }
  | { kind: 'sysv-msg'; key: number; message: number; offset: number }
  | { kind: 'sysv-shm'; key: number; offset: number }
) & { container?: number; label: string; target?: EvidenceTarget };

export interface Secret {
  /** Stable within one result: the row's key for reveal requests. */
  id: number;
  rule: string;
  description: string;
  confidence: Confidence;
  /** Other rules that matched the same value. */
  alsoMatched: string[];
  value: string;
  length: number;
  locations: SecretLocation[];
}

export interface SecretsResult {
  secrets: Secret[];
  /** Rule ids in force (built-in and/or the analyst's). */
  rules: string[];
  scannedMemoryBytes: number;
  problems: Problem[];
}

/** Masked for display: a short prefix and the length, never the rest. */
export function maskSecret(value: string): string {
  const chars = [...value];
  const keep = chars.length >= 16 ? 4 : chars.length >= 8 ? 2 : 0;
  return `${chars.slice(0, keep).join('')}${'•'.repeat(6)} (${chars.length} chars)`;
}

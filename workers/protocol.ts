/**
 * Types that cross the worker boundary, in one file so both sides agree (the UI imports them
 * with `import type` only). Everything here is structured-clonable: plain objects, numbers,
 * strings, Uint8Array — never the Archive, never class instances, never bigint-heavy trees.
 */
import type { Problem, Severity, ProblemCode } from '../src/lib/problems.ts';

/** A file from a dropped folder, with its path relative to the dropped folder's parent. */
export interface DroppedFile {
  path: string;
  file: File;
}

export type OpenInput = File | Blob | DroppedFile[];

/** One progress report of a long operation; the UI derives percentage and MB/s from it. */
export interface ProgressReport {
  /** Human-readable stage name, e.g. "decompressing", "indexing tar", "decoding images". */
  stage: string;
  /** Input bytes consumed so far. */
  bytes: number;
  /** Input size in bytes (0 when unknown). */
  total: number;
  /** Decompressed bytes produced so far (compressed inputs only). */
  out?: number;
  /** The archive member being decompressed (large ones), while decompressing. */
  member?: string;
}

export type ProgressCallback = (report: ProgressReport) => void;

/** Problems grouped for the warnings panel: a count per code and the first few in full. */
export interface ProblemGroup {
  code: ProblemCode;
  severity: Severity;
  count: number;
  examples: Problem[];
}

export interface ImageRow {
  /** Member path inside the store, e.g. `core-1.img`. */
  name: string;
  /** Container the image belongs to (index into the summary's containers). */
  container: number;
  /** crit's magic name, `RAW` for raw images, `?` when unknown. */
  magic: string;
  /** Number of decoded entries (0 for raw images). */
  entries: number;
  size: number;
  problems: number;
}

/** A window of one image's entries, each as crit-style JSON text. */
export interface ImageEntriesWindow {
  magic: string;
  total: number;
  offset: number;
  entries: string[];
  problems: Problem[];
}

/** How the page wants an input opened. */
export interface OpenOptions {
  /**
   * The page hashes the input in its hash worker, in parallel: the open then does not hash a
   * compressed input in its pass (`sha256()` still hashes on request, as a fallback).
   */
  hashElsewhere?: boolean;
}

export type OpenOutcome =
  | {
      status: 'opened';
      name: string;
      size: number;
      /** Where large members live: 'input' (read in place), 'opfs' or 'memory'. */
      storage: string;
    }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

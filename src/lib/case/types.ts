/**
 * The analyst's case around one input: bookmarks with notes, and the artefacts the session
 * wrote. Plain data, shared by the page (which keeps it in IndexedDB keyed by the input's
 * SHA-256), the case file (export/import) and the report.
 */
import type { EvidenceTarget } from '../analyses/findings/types.ts';

/**
 * What a bookmark points at. Everything a finding's evidence can point at, plus a finding
 * itself, a table row and a timeline event.
 */
export type BookmarkTarget =
  | EvidenceTarget
  | { to: 'finding'; ruleId: string; summary: string }
  | { to: 'row'; table: string; key: string }
  | { to: 'event'; timestampUs: bigint; timestampDesc: string; message: string };

export interface Bookmark {
  /** Stable within a case (random or derived); used to edit and delete. */
  id: string;
  target: BookmarkTarget;
  /** Index of the container in a pod (absent: the only/first container). */
  container?: number;
  /** One line naming what is bookmarked, written when it was bookmarked (e.g. `pid 12 (sh)`). */
  label: string;
  /** The analyst's note; free text, rendered as text. */
  note: string;
  /** ISO 8601 UTC. */
  created: string;
  updated: string;
}

/** A file the page or the CLI wrote in this session, with its digest (chain of custody). */
export interface ArtefactRecord {
  /** The file name it was saved under. */
  name: string;
  /** What it is, e.g. `memory dump pid 12 0x7f…-0x7f…`, `CSV of the files table`. */
  what: string;
  bytes: number;
  /** Lowercase hex SHA-256 of exactly the bytes written. */
  sha256: string;
  /** ISO 8601 UTC. */
  written: string;
}

/** The identity of the input a case belongs to: a case never applies to another file. */
export interface CaseInput {
  name: string;
  bytes: number;
  sha256: string;
}

/** The case file an analyst exports and imports (JSON; bigints as decimal strings). */
export interface CaseFile {
  format: 'cc-analyser-case';
  version: 1;
  input: CaseInput;
  exported: string;
  bookmarks: Bookmark[];
  artefacts: ArtefactRecord[];
}

/**
 * The case file: the analyst's bookmarks and the artefact manifest of one input, as a small
 * JSON document to export, import, and keep in the browser. Reading one is defensive: it comes
 * from disk, and a case made for another input must never be applied to this one.
 */
import { problem, type Problem } from '../problems.ts';
import { MAX_TARGET_TEXT, targetFromJson, targetToJson } from './target.ts';
import type { ArtefactRecord, Bookmark, CaseFile, CaseInput } from './types.ts';

export const CASE_FORMAT = 'cc-analyser-case';

/** Bounds on what an imported file may hold: a case is notes, not a data set. */
export const MAX_CASE_TEXT = 16 * 1024 * 1024;
export const MAX_ENTRIES = 100_000;
export const MAX_NOTE = 64 * 1024;

/** A new, empty case for an input. */
export function emptyCase(input: CaseInput, now = new Date()): CaseFile {
  return {
    format: CASE_FORMAT,
    version: 1,
    input: { ...input },
    exported: now.toISOString(),
    bookmarks: [],
    artefacts: [],
  };
}

/** The case as JSON text: bigints as decimal strings, two-space indentation. */
export function caseFileText(file: CaseFile): string {
  const doc = {
    ...file,
    bookmarks: file.bookmarks.map((b) => ({ ...b, target: targetToJson(b.target) })),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

export type CaseRead =
  { ok: true; file: CaseFile; problems: Problem[] } | { ok: false; message: string };

/**
 * Reads a case file for the input whose SHA-256 is `sha256`. Refused as a whole: text that is
 * not JSON, not a cc-analyser case, another version, or another input. Bookmarks or artefacts
 * that are malformed are left out, each with a problem; the rest is kept.
 */
export function readCaseFile(text: string, sha256: string): CaseRead {
  if (text.length > MAX_CASE_TEXT) {
    return {
      ok: false,
      message: `This is not a case file: it is larger than ${MAX_CASE_TEXT} characters.`,
    };
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This is not a case file: it is not JSON.' };
  }
  if (!isRecord(doc) || doc['format'] !== CASE_FORMAT) {
    return {
      ok: false,
      message: 'This is not a cc-analyser case file (its "format" is not cc-analyser-case).',
    };
  }
  if (doc['version'] !== 1) {
    return {
      ok: false,
      message: `This case file has version ${JSON.stringify(doc['version'])}; only version 1 is read.`,
    };
  }
  const input = readInput(doc['input']);
  if (!input)
    return { ok: false, message: 'This case file does not name its input (name, bytes, SHA-256).' };
  if (input.sha256 !== sha256.toLowerCase()) {
    return {
      ok: false,
      message: `This case belongs to another input (SHA-256 ${input.sha256}), not to the open one (SHA-256 ${sha256.toLowerCase()}); it was not imported.`,
    };
  }
  const problems: Problem[] = [];
  const bookmarks = readList(doc['bookmarks'], 'bookmark', readBookmark, problems);
  const artefacts = readList(doc['artefacts'], 'artefact', readArtefact, problems);
  const exported = typeof doc['exported'] === 'string' ? doc['exported'] : '';
  return {
    ok: true,
    file: { format: CASE_FORMAT, version: 1, input, exported, bookmarks, artefacts },
    problems,
  };
}

function readList<T>(
  value: unknown,
  what: string,
  read: (v: unknown) => T | string,
  problems: Problem[],
): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push(problem('bad-json', `The case file's ${what}s are not a list; none were read.`));
    return [];
  }
  if (value.length > MAX_ENTRIES) {
    problems.push(
      problem(
        'size-limit',
        `The case file holds ${value.length} ${what}s; the first ${MAX_ENTRIES} were read.`,
        {
          severity: 'warning',
        },
      ),
    );
  }
  const out: T[] = [];
  value.slice(0, MAX_ENTRIES).forEach((entry, index) => {
    const item = read(entry);
    if (typeof item === 'string') {
      problems.push(
        problem('bad-json', `The case file's ${what} ${index + 1} was left out: ${item}.`, {
          severity: 'warning',
        }),
      );
    } else out.push(item);
  });
  return out;
}

function readInput(value: unknown): CaseInput | undefined {
  if (!isRecord(value)) return undefined;
  const { name, bytes, sha256 } = value;
  if (typeof name !== 'string' || name.length > MAX_TARGET_TEXT) return undefined;
  if (typeof bytes !== 'number' || !Number.isSafeInteger(bytes) || bytes < 0) return undefined;
  if (typeof sha256 !== 'string' || !/^[0-9a-fA-F]{64}$/.test(sha256)) return undefined;
  return { name, bytes, sha256: sha256.toLowerCase() };
}

function readBookmark(value: unknown): Bookmark | string {
  if (!isRecord(value)) return 'not an object';
  const target = targetFromJson(value['target']);
  if (typeof target === 'string') return target;
  const id = text(value['id'], 200);
  const label = text(value['label'], MAX_TARGET_TEXT);
  const note = text(value['note'], MAX_NOTE);
  const created = text(value['created'], 64);
  const updated = text(value['updated'], 64) ?? created;
  if (id === undefined || id === '') return 'no id';
  if (label === undefined || note === undefined || created === undefined || updated === undefined) {
    return 'its label, note or times are not text (or are too long)';
  }
  const container = value['container'];
  if (
    container !== undefined &&
    !(typeof container === 'number' && Number.isSafeInteger(container) && container >= 0)
  ) {
    return 'its container is not an index';
  }
  return {
    id,
    target,
    ...(container === undefined ? {} : { container }),
    label,
    note,
    created,
    updated,
  };
}

function readArtefact(value: unknown): ArtefactRecord | string {
  if (!isRecord(value)) return 'not an object';
  const name = text(value['name'], MAX_TARGET_TEXT);
  const what = text(value['what'], MAX_TARGET_TEXT);
  const written = text(value['written'], 64);
  const { bytes, sha256 } = value;
  if (name === undefined || what === undefined || written === undefined)
    return 'its name, description or time is not text';
  if (typeof bytes !== 'number' || !Number.isSafeInteger(bytes) || bytes < 0)
    return 'its size is not a byte count';
  if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256))
    return 'its SHA-256 is not 64 lowercase hex digits';
  return { name, what, bytes, sha256, written };
}

function text(value: unknown, max: number): string | undefined {
  return typeof value === 'string' && value.length <= max ? value : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

import fs from 'node:fs';
import type { TriageDocument } from '../../lib/analyses/triage/documents.ts';

export type TriageFormat = 'ndjson' | 'bulk';

/** Index names for `--format bulk`: archives and findings apart, as their fields differ. */
export const BULK_INDEX = { archive: 'cc-analyser-archives', finding: 'cc-analyser-findings' };

/**
 * The lines for one document. `ndjson`: the document. `bulk`: the action line and the
 * document, as the OpenSearch/Elasticsearch `_bulk` API takes them; ids are the archive's
 * SHA-256 (and the finding's position) so that posting the same file twice overwrites them.
 */
export function documentLines(doc: TriageDocument, format: TriageFormat, index: number): string {
  const body = JSON.stringify(doc);
  if (format === 'ndjson') return body + '\n';
  const id = doc.doc_type === 'archive' ? doc.sha256 : `${doc.archive_sha256}-${index}`;
  const action = JSON.stringify({ index: { _index: BULK_INDEX[doc.doc_type], _id: id } });
  return `${action}\n${body}\n`;
}

/**
 * SHA-256s of the archives an earlier run already wrote to `file` (either format), so a rerun
 * over the same output skips them. A line that is not JSON (a run killed mid-write) is ignored;
 * its archive is then analysed again, which is the safe side.
 */
export function doneArchives(file: string): Set<string> {
  const done = new Set<string>();
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return done;
  }
  for (const line of text.split('\n')) {
    if (!line.includes('"doc_type":"archive"')) continue;
    try {
      const doc = JSON.parse(line) as { doc_type?: string; sha256?: unknown };
      if (doc.doc_type === 'archive' && typeof doc.sha256 === 'string') done.add(doc.sha256);
    } catch {
      // a torn last line: that archive is analysed again
    }
  }
  return done;
}

/**
 * Appends whole documents to the output. An earlier run cut mid-line leaves a torn last line:
 * it is ended first so the next document starts on its own line.
 */
export class DocumentWriter {
  readonly #fd: number | undefined;
  readonly #stdout: ((text: string) => void) | undefined;

  constructor(file: string | undefined, stdout: (text: string) => void) {
    if (file === undefined) {
      this.#stdout = stdout;
      return;
    }
    this.#fd = fs.openSync(file, 'a');
    const size = fs.fstatSync(this.#fd).size;
    if (size > 0) {
      const last = Buffer.alloc(1);
      const rfd = fs.openSync(file, 'r');
      fs.readSync(rfd, last, 0, 1, size - 1);
      fs.closeSync(rfd);
      if (last[0] !== 0x0a) fs.writeSync(this.#fd, '\n');
    }
  }

  /** One archive's documents, its archive document first: ids are positions in this list. */
  write(docs: readonly TriageDocument[], format: TriageFormat): void {
    const text = docs.map((d, i) => documentLines(d, format, i)).join('');
    if (this.#fd !== undefined) fs.writeSync(this.#fd, text);
    else this.#stdout?.(text);
  }

  close(): void {
    if (this.#fd !== undefined) fs.closeSync(this.#fd);
  }
}

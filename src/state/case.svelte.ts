import { caseFileText, emptyCase, readCaseFile } from '../lib/case/case-file.ts';
import { mergeCases } from '../lib/case/merge.ts';
import { targetKey } from '../lib/case/target.ts';
import type { ArtefactRecord, Bookmark, BookmarkTarget, CaseFile } from '../lib/case/types.ts';
import { errorMessage } from '../lib/error-message.ts';
import { browserCaseStore, type CaseStore } from './case-store.ts';

/** What the case needs to know of the open input (the analyser's state, passed in). */
export interface OpenInputFacts {
  status: 'idle' | 'opening' | 'ready' | 'failed';
  name: string;
  bytes: number;
  sha256: string | null;
}

/**
 * The analyst's case for the open input: bookmarks with notes, and the manifest of every file
 * the page wrote. It is kept in the browser under the input's SHA-256, which the page computes
 * in the background: what is bookmarked or written before the digest is known stays in memory
 * and is merged into the stored case when it arrives. Notes are the analyst's own work, not
 * evidence: they stay until deleted (`deleteAll`), unlike the decompressed copies of the input.
 */
export class CaseState {
  bookmarks = $state.raw<Bookmark[]>([]);
  artefacts = $state.raw<ArtefactRecord[]>([]);
  /** The digest the case is stored under; null until known (the case is then in memory only). */
  sha256 = $state<string | null>(null);
  /** Why the case cannot be kept in this browser, when it cannot. */
  storageError = $state<string | null>(null);
  /** The last file written, for the line that shows its SHA-256. */
  lastArtefact = $state.raw<ArtefactRecord | null>(null);
  /** A file that was saved but could not be hashed (and so is not in the manifest). */
  artefactError = $state<string | null>(null);

  #name = '';
  #bytes = 0;
  #status: OpenInputFacts['status'] = 'idle';
  /** Bumped when another input opens: a load or write for the previous one is dropped. */
  #generation = 0;
  #attaching: string | null = null;
  #writes: Promise<void> = Promise.resolve();

  readonly #store: CaseStore | null;
  readonly #now: () => Date;

  // A clock for the bookmark and artefact times; its Dates are read once, never mutated.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  constructor(store: CaseStore | null, now: () => Date = () => new Date()) {
    this.#store = store;
    this.#now = now;
  }

  /**
   * Follows the analyser: a new open starts an empty case; once the input is open and its
   * digest known, the stored case for that digest is loaded and merged with what is in memory.
   */
  follow(input: OpenInputFacts): Promise<void> {
    const wasOpen = this.#status === 'ready';
    this.#status = input.status;
    if (input.status !== 'ready') {
      if (wasOpen || input.status === 'opening') this.#reset();
      return Promise.resolve();
    }
    this.#name = input.name;
    this.#bytes = input.bytes;
    if (input.sha256 && input.sha256 !== this.sha256 && input.sha256 !== this.#attaching) {
      return this.#attach(input.sha256.toLowerCase());
    }
    return Promise.resolve();
  }

  #reset(): void {
    this.#generation++;
    this.#attaching = null;
    this.bookmarks = [];
    this.artefacts = [];
    this.sha256 = null;
    this.lastArtefact = null;
  }

  async #attach(sha256: string): Promise<void> {
    const generation = this.#generation;
    this.#attaching = sha256;
    let stored: CaseFile | undefined;
    try {
      const text = await this.#store?.load(sha256);
      const read = text === undefined ? undefined : readCaseFile(text, sha256);
      if (read?.ok) stored = read.file;
      this.storageError = !this.#store
        ? 'This browser offers no IndexedDB: the notes last only while the page is open.'
        : read && !read.ok
          ? `The notes stored for this input could not be read (${read.message}); what is bookmarked now replaces them.`
          : null;
    } catch (e) {
      this.storageError = `Notes cannot be kept in this browser: ${errorMessage(e)}`;
    }
    if (generation !== this.#generation) return;
    this.#attaching = null;
    const inMemory = { bookmarks: this.bookmarks, artefacts: this.artefacts };
    const merged = mergeCases(stored ?? { bookmarks: [], artefacts: [] }, inMemory);
    this.bookmarks = merged.bookmarks;
    this.artefacts = merged.artefacts;
    this.sha256 = sha256;
    if (inMemory.bookmarks.length > 0 || inMemory.artefacts.length > 0) this.#persist();
    await this.flush();
  }

  /** The case as a case file (what is exported and what is stored). */
  caseFile(): CaseFile {
    const input = { name: this.#name, bytes: this.#bytes, sha256: this.sha256 ?? '' };
    return {
      ...emptyCase(input, this.#now()),
      bookmarks: this.bookmarks,
      artefacts: this.artefacts,
    };
  }

  #persist(): void {
    const sha256 = this.sha256;
    const store = this.#store;
    if (!sha256 || !store) return;
    const text = caseFileText(this.caseFile());
    // Writes go one after another, so the last edit is the one that stays.
    this.#writes = this.#writes
      .then(() => store.save(sha256, text))
      .then(
        () => {
          this.storageError = null;
        },
        (e: unknown) => {
          this.storageError = `Notes cannot be kept in this browser: ${errorMessage(e)}`;
        },
      );
  }

  /** Resolves when every write started so far has finished. */
  flush(): Promise<void> {
    return this.#writes;
  }

  bookmarkFor(target: BookmarkTarget, container = 0): Bookmark | undefined {
    const key = targetKey(target);
    return this.bookmarks.find(
      (b) => (b.container ?? 0) === container && targetKey(b.target) === key,
    );
  }

  addBookmark(target: BookmarkTarget, label: string, note = '', container = 0): Bookmark {
    const existing = this.bookmarkFor(target, container);
    if (existing) {
      this.editBookmark(existing.id, note);
      return this.bookmarks.find((b) => b.id === existing.id) ?? existing;
    }
    const time = this.#now().toISOString();
    const bookmark: Bookmark = {
      id: newId(),
      target,
      ...(container ? { container } : {}),
      label,
      note,
      created: time,
      updated: time,
    };
    this.bookmarks = [...this.bookmarks, bookmark];
    this.#persist();
    return bookmark;
  }

  editBookmark(id: string, note: string): void {
    const time = this.#now().toISOString();
    this.bookmarks = this.bookmarks.map((b) => (b.id === id ? { ...b, note, updated: time } : b));
    this.#persist();
  }

  removeBookmark(id: string): void {
    this.bookmarks = this.bookmarks.filter((b) => b.id !== id);
    this.#persist();
  }

  /** A file the page wrote: listed with its digest and kept with the case. */
  recordArtefact(record: Omit<ArtefactRecord, 'written'>): ArtefactRecord {
    const artefact = { ...record, written: this.#now().toISOString() };
    this.artefacts = [...this.artefacts, artefact];
    this.lastArtefact = artefact;
    this.artefactError = null;
    this.#persist();
    return artefact;
  }

  /** The case file's text and a name for it, or why it cannot be exported yet. */
  exportCase(): { name: string; text: string } | { refused: string } {
    if (!this.sha256) {
      return { refused: "The input's SHA-256 is not computed yet: a case is tied to it." };
    }
    const base = this.#name.replace(/[^\w.-]+/g, '_').replace(/^\.+/, '') || 'input';
    return { name: `${base}.case.json`, text: caseFileText(this.caseFile()) };
  }

  /** Imports a case file into this one; says what happened, in one line for the analyst. */
  async importCase(text: string): Promise<{ ok: boolean; message: string }> {
    if (!this.sha256) {
      return { ok: false, message: "The input's SHA-256 is not computed yet: wait for it." };
    }
    const read = readCaseFile(text, this.sha256);
    if (!read.ok) return { ok: false, message: read.message };
    const merged = mergeCases({ bookmarks: this.bookmarks, artefacts: this.artefacts }, read.file);
    this.bookmarks = merged.bookmarks;
    this.artefacts = merged.artefacts;
    this.#persist();
    await this.flush();
    const left = read.problems.length ? `; ${read.problems.length} malformed entries left out` : '';
    return {
      ok: true,
      message:
        `Imported: ${merged.added} bookmarks added, ${merged.updated} updated, ` +
        `${merged.unchanged} already here; ${merged.artefactsAdded} artefacts added${left}.`,
    };
  }

  /** "Delete notes for this input": the stored case and what the page shows. */
  async deleteAll(): Promise<void> {
    const sha256 = this.sha256;
    this.bookmarks = [];
    this.artefacts = [];
    this.lastArtefact = null;
    await this.flush();
    if (sha256 && this.#store) {
      try {
        await this.#store.remove(sha256);
      } catch (e) {
        this.storageError = `The notes could not be deleted: ${errorMessage(e)}`;
      }
    }
  }
}

/** A bookmark id: random, so that cases made apart merge without clashes. */
function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export const caseState = new CaseState(browserCaseStore());

/**
 * Where the analyst's case is kept between visits: one IndexedDB database of this origin,
 * one record per input, keyed by the input's SHA-256 (so the same file finds its notes again
 * and another file never sees them). The record holds the case file's own JSON text: one
 * format for export, import and storage, read back with the same checks.
 */

/** What the case state needs of a store: tests use one in memory, the page IndexedDB. */
export interface CaseStore {
  load(sha256: string): Promise<string | undefined>;
  save(sha256: string, text: string): Promise<void>;
  remove(sha256: string): Promise<void>;
}

export const CASE_DB = 'cc-analyser-notes';
const CASES = 'cases';

interface CaseRecord {
  sha256: string;
  text: string;
  saved: string;
}

export class IndexedDbCaseStore implements CaseStore {
  #db: Promise<IDBDatabase> | null = null;

  #open(): Promise<IDBDatabase> {
    this.#db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(CASE_DB, 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore(CASES, { keyPath: 'sha256' });
      };
      request.onsuccess = () => {
        const db = request.result;
        // Another tab deletes the database (its last notes went): let it, and open afresh
        // next time, rather than hold it and leave that tab's delete (and every open) waiting.
        db.onversionchange = () => {
          db.close();
          this.#db = null;
        };
        resolve(db);
      };
      request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
      request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
    });
    // A failed open is not cached: the next call tries again.
    this.#db.catch(() => (this.#db = null));
    return this.#db;
  }

  async #run<T>(
    mode: IDBTransactionMode,
    act: (store: IDBObjectStore) => IDBRequest<T>,
  ): Promise<T> {
    const db = await this.#open();
    return new Promise<T>((resolve, reject) => {
      const tx = db.transaction(CASES, mode);
      const request = act(tx.objectStore(CASES));
      // Resolved when the transaction is committed, not merely when the request succeeded.
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? request.error ?? new Error('IndexedDB failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
  }

  /**
   * Whether the database exists. Looking for notes must not create it: a browser where the
   * analyst never bookmarked anything keeps nothing (where `databases()` is missing, assume it
   * does; opening then creates an empty one).
   */
  async #exists(): Promise<boolean> {
    if (this.#db) return true;
    if (typeof indexedDB.databases !== 'function') return true;
    return (await indexedDB.databases()).some((d) => d.name === CASE_DB);
  }

  async load(sha256: string): Promise<string | undefined> {
    if (!(await this.#exists())) return undefined;
    const record = (await this.#run('readonly', (s) => s.get(sha256))) as CaseRecord | undefined;
    return typeof record?.text === 'string' ? record.text : undefined;
  }

  async save(sha256: string, text: string): Promise<void> {
    const record: CaseRecord = { sha256, text, saved: new Date().toISOString() };
    await this.#run('readwrite', (s) => s.put(record));
  }

  /** Deletes the input's record; the database itself goes with its last record. */
  async remove(sha256: string): Promise<void> {
    if (!(await this.#exists())) return;
    await this.#run('readwrite', (s) => s.delete(sha256));
    if ((await this.#run('readonly', (s) => s.count())) > 0) return;
    const db = await this.#open();
    db.close();
    this.#db = null;
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(CASE_DB);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be deleted'));
      // Another tab still has it open: its record is gone, the empty database stays.
      request.onblocked = () => resolve();
    });
  }
}

/** The page's store; none where the browser offers no IndexedDB (the case stays in memory). */
export function browserCaseStore(): CaseStore | null {
  return typeof indexedDB === 'undefined' ? null : new IndexedDbCaseStore();
}

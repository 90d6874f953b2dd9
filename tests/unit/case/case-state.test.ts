import { describe, expect, it } from 'vitest';
import { readCaseFile } from '../../../src/lib/case/case-file.ts';
import type { CaseStore } from '../../../src/state/case-store.ts';
import { CaseState, type OpenInputFacts } from '../../../src/state/case.svelte.ts';

const SHA_A = 'aa'.repeat(32);
const SHA_B = 'bb'.repeat(32);

/** A store in memory with the contract of the IndexedDB one (text records by digest). */
class MemoryStore implements CaseStore {
  readonly records = new Map<string, string>();
  async load(sha256: string) {
    return this.records.get(sha256);
  }
  async save(sha256: string, text: string) {
    this.records.set(sha256, text);
  }
  async remove(sha256: string) {
    this.records.delete(sha256);
  }
}

const opening = (name: string): OpenInputFacts => ({
  status: 'opening',
  name,
  bytes: 100,
  sha256: null,
});
const ready = (name: string, sha256: string | null): OpenInputFacts => ({
  status: 'ready',
  name,
  bytes: 100,
  sha256,
});

async function openInput(state: CaseState, name: string, sha256: string) {
  await state.follow(opening(name));
  await state.follow(ready(name, null));
  await state.follow(ready(name, sha256));
}

describe('CaseState', () => {
  it('keeps a bookmark made before the digest and writes it when the digest arrives', async () => {
    const store = new MemoryStore();
    const state = new CaseState(store);
    await state.follow(opening('a.tar'));
    await state.follow(ready('a.tar', null));
    state.addBookmark({ to: 'process', pid: 1 }, 'pid 1 (sh)', 'early note');
    await state.flush();
    expect(store.records.size).toBe(0);
    await state.follow(ready('a.tar', SHA_A));
    const stored = readCaseFile(store.records.get(SHA_A) ?? '', SHA_A);
    expect(stored.ok && stored.file.bookmarks.map((b) => b.note)).toEqual(['early note']);
  });

  it('brings the notes back for the same input and never shows them for another', async () => {
    const store = new MemoryStore();
    const first = new CaseState(store);
    await openInput(first, 'a.tar', SHA_A);
    first.addBookmark({ to: 'address', pid: 7, address: 0x7fff_0000_1000n }, 'pid 7 0x…', 'key');
    await first.flush();

    // Another page, later: same input, then another input.
    const later = new CaseState(store);
    await openInput(later, 'a.tar', SHA_A);
    expect(later.bookmarks.map((b) => b.note)).toEqual(['key']);
    expect(later.bookmarkFor({ to: 'address', pid: 7, address: 0x7fff_0000_1000n })).toBeDefined();
    await openInput(later, 'b.tar', SHA_B);
    expect(later.bookmarks).toEqual([]);
    expect(store.records.has(SHA_B)).toBe(false);
  });

  it('merges stored notes with those made while the digest was computed', async () => {
    const store = new MemoryStore();
    const first = new CaseState(store);
    await openInput(first, 'a.tar', SHA_A);
    first.addBookmark({ to: 'process', pid: 1 }, 'pid 1', 'stored');
    await first.flush();
    const later = new CaseState(store);
    await later.follow(opening('a.tar'));
    await later.follow(ready('a.tar', null));
    later.addBookmark({ to: 'process', pid: 2 }, 'pid 2', 'in memory');
    await later.follow(ready('a.tar', SHA_A));
    expect(later.bookmarks.map((b) => b.note)).toEqual(['stored', 'in memory']);
  });

  it('edits, removes, records artefacts, and deletes everything for the input', async () => {
    const store = new MemoryStore();
    const state = new CaseState(store);
    await openInput(state, 'a.tar', SHA_A);
    const b = state.addBookmark({ to: 'process', pid: 1 }, 'pid 1');
    state.editBookmark(b.id, 'edited');
    expect(state.bookmarks[0]?.note).toBe('edited');
    state.recordArtefact({ name: 'x.csv', what: 'CSV', bytes: 3, sha256: 'cc'.repeat(32) });
    expect(state.lastArtefact?.name).toBe('x.csv');
    state.removeBookmark(b.id);
    await state.flush();
    const stored = readCaseFile(store.records.get(SHA_A) ?? '', SHA_A);
    expect(stored.ok && [stored.file.bookmarks.length, stored.file.artefacts.length]).toEqual([
      0, 1,
    ]);
    await state.deleteAll();
    expect(store.records.has(SHA_A)).toBe(false);
    expect(state.artefacts).toEqual([]);
  });

  it('exports a case that imports into the same input and is refused by another', async () => {
    const store = new MemoryStore();
    const a = new CaseState(store);
    await openInput(a, 'a.tar', SHA_A);
    a.addBookmark({ to: 'process', pid: 1 }, 'pid 1', '<b>not bold</b>');
    const exported = a.exportCase();
    if (!('text' in exported)) throw new Error(exported.refused);
    expect(exported.name).toBe('a.tar.case.json');

    const fresh = new CaseState(new MemoryStore());
    await openInput(fresh, 'a.tar', SHA_A);
    const imported = await fresh.importCase(exported.text);
    expect(imported.ok).toBe(true);
    expect(fresh.bookmarks.map((b) => b.note)).toEqual(['<b>not bold</b>']);

    const other = new CaseState(new MemoryStore());
    await openInput(other, 'b.tar', SHA_B);
    const refused = await other.importCase(exported.text);
    expect(refused.ok).toBe(false);
    expect(refused.message).toContain('another input');
    expect(other.bookmarks).toEqual([]);
  });

  it('refuses to export before the digest is known', async () => {
    const state = new CaseState(new MemoryStore());
    await state.follow(opening('a.tar'));
    await state.follow(ready('a.tar', null));
    expect(state.exportCase()).toHaveProperty('refused');
  });

  it('reports a store that fails and keeps the notes in memory', async () => {
    const failing: CaseStore = {
      load: () => Promise.reject(new Error('quota')),
      save: () => Promise.reject(new Error('quota')),
      remove: () => Promise.reject(new Error('quota')),
    };
    const state = new CaseState(failing);
    await openInput(state, 'a.tar', SHA_A);
    expect(state.storageError).toContain('quota');
    state.addBookmark({ to: 'process', pid: 1 }, 'pid 1', 'kept');
    await state.flush();
    expect(state.bookmarks.map((b) => b.note)).toEqual(['kept']);
  });
});

describe('CaseState with a damaged stored case', () => {
  it('says so and replaces it with what is bookmarked now', async () => {
    const store = new MemoryStore();
    store.records.set(SHA_A, '{"format":"cc-analyser-case","version":1,"input":');
    const state = new CaseState(store);
    await openInput(state, 'a.tar', SHA_A);
    expect(state.storageError).toContain('could not be read');
    state.addBookmark({ to: 'process', pid: 1 }, 'pid 1', 'new');
    await state.flush();
    const stored = readCaseFile(store.records.get(SHA_A) ?? '', SHA_A);
    expect(stored.ok && stored.file.bookmarks.map((b) => b.note)).toEqual(['new']);
  });
});

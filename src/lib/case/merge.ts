/**
 * Merging an imported case into the one the page holds. Bookmarks are matched by id (a case
 * exported, edited elsewhere and imported again updates its own bookmarks), and the later
 * edit wins; artefacts are a record of what was written, so every distinct one is kept.
 */
import type { ArtefactRecord, Bookmark } from './types.ts';

export interface CaseContent {
  bookmarks: Bookmark[];
  artefacts: ArtefactRecord[];
}

export interface MergeResult extends CaseContent {
  added: number;
  updated: number;
  unchanged: number;
  artefactsAdded: number;
}

export function mergeCases(current: CaseContent, imported: CaseContent): MergeResult {
  const bookmarks = [...current.bookmarks];
  const index = new Map(bookmarks.map((b, i) => [b.id, i]));
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const b of imported.bookmarks) {
    const at = index.get(b.id);
    if (at === undefined) {
      index.set(b.id, bookmarks.length);
      bookmarks.push(b);
      added++;
    } else if (b.updated > (bookmarks[at]?.updated ?? '')) {
      // ISO 8601 UTC times compare as text.
      bookmarks[at] = b;
      updated++;
    } else unchanged++;
  }
  const artefacts = [...current.artefacts];
  const seen = new Set(artefacts.map(artefactKey));
  let artefactsAdded = 0;
  for (const a of imported.artefacts) {
    const key = artefactKey(a);
    if (seen.has(key)) continue;
    seen.add(key);
    artefacts.push(a);
    artefactsAdded++;
  }
  artefacts.sort((a, b) => (a.written < b.written ? -1 : a.written > b.written ? 1 : 0));
  return { bookmarks, artefacts, added, updated, unchanged, artefactsAdded };
}

function artefactKey(a: ArtefactRecord): string {
  return `${a.sha256} ${a.written} ${a.name}`;
}

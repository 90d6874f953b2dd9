import { describe, expect, it } from 'vitest';
import { mergeCases } from '../../../src/lib/case/merge.ts';
import type { ArtefactRecord, Bookmark } from '../../../src/lib/case/types.ts';

function bookmark(id: string, note: string, updated: string): Bookmark {
  return {
    id,
    target: { to: 'process', pid: 1 },
    label: id,
    note,
    created: '2026-12-06T08:00:00.000Z',
    updated,
  };
}

function artefact(name: string, written: string): ArtefactRecord {
  return { name, what: name, bytes: 1, sha256: '0'.repeat(64), written };
}

describe('mergeCases', () => {
  it('adds new bookmarks, keeps the later edit of the same one, and counts each', () => {
    const current = {
      bookmarks: [
        bookmark('a', 'mine, newer', '2026-12-06T09:00:00.000Z'),
        bookmark('b', 'mine, older', '2026-12-06T08:00:00.000Z'),
      ],
      artefacts: [artefact('x.csv', '2026-12-06T08:10:00.000Z')],
    };
    const imported = {
      bookmarks: [
        bookmark('a', 'theirs, older', '2026-12-06T08:30:00.000Z'),
        bookmark('b', 'theirs, newer', '2026-12-06T08:30:00.000Z'),
        bookmark('c', 'theirs only', '2026-12-06T08:30:00.000Z'),
      ],
      artefacts: [
        artefact('x.csv', '2026-12-06T08:10:00.000Z'),
        artefact('core.1', '2026-12-06T08:05:00.000Z'),
      ],
    };
    const merged = mergeCases(current, imported);
    expect(merged.bookmarks.map((b) => b.note)).toEqual([
      'mine, newer',
      'theirs, newer',
      'theirs only',
    ]);
    expect([merged.added, merged.updated, merged.unchanged]).toEqual([1, 1, 1]);
    expect(merged.artefacts.map((a) => a.name)).toEqual(['core.1', 'x.csv']);
    expect(merged.artefactsAdded).toBe(1);
    // The inputs are not changed.
    expect(current.bookmarks[1]?.note).toBe('mine, older');
  });
});

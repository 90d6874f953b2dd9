import { describe, expect, it } from 'vitest';
import { caseFileText, emptyCase, readCaseFile } from '../../../src/lib/case/case-file.ts';
import { targetKey } from '../../../src/lib/case/target.ts';
import type { Bookmark, CaseFile } from '../../../src/lib/case/types.ts';

const SHA = 'ab'.repeat(32);
const OTHER = 'cd'.repeat(32);

function bookmark(id: string, target: Bookmark['target'], note = 'note'): Bookmark {
  return {
    id,
    target,
    label: `label ${id}`,
    note,
    created: '2026-12-06T08:00:00.000Z',
    updated: '2026-12-06T08:00:00.000Z',
  };
}

function sample(): CaseFile {
  const file = emptyCase({ name: 'shell.tar.zst', bytes: 12345, sha256: SHA });
  file.bookmarks = [
    bookmark('a', { to: 'process', pid: 1 }),
    bookmark('b', { to: 'address', pid: 7, address: 0xffff_ffff_ffff_f000n, length: 16 }),
    bookmark('c', { to: 'vma', pid: 7, start: 0x7f00_0000_0000n, end: 0x7f00_0000_1000n }),
    bookmark('d', {
      to: 'event',
      timestampUs: -1n,
      timestampDesc: 'mtime',
      message: 'before 1970',
    }),
    { ...bookmark('e', { to: 'finding', ruleId: 'memory.wx', summary: 'pid 7' }), container: 1 },
  ];
  file.artefacts = [
    {
      name: 'files.csv',
      what: 'CSV of the files table',
      bytes: 10,
      sha256: 'ef'.repeat(32),
      written: '2026-12-06T08:01:00.000Z',
    },
  ];
  return file;
}

describe('case file', () => {
  it('round-trips bookmarks with exact 64-bit values and the artefacts', () => {
    const file = sample();
    const text = caseFileText(file);
    expect(text).toContain('"18446744073709547520"');
    const read = readCaseFile(text, SHA);
    expect(read).toEqual({ ok: true, file, problems: [] });
  });

  it('refuses a case made for another input, naming both digests', () => {
    const read = readCaseFile(caseFileText(sample()), OTHER);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.message).toContain('another input');
      expect(read.message).toContain(SHA);
      expect(read.message).toContain(OTHER);
    }
  });

  it.each([
    ['not JSON', '{"format":', 'not JSON'],
    ['another format', '{"format":"something-else","version":1}', 'not a cc-analyser case'],
    ['another version', JSON.stringify({ ...sample(), bookmarks: [], version: 2 }), 'version 2'],
    ['no input', '{"format":"cc-analyser-case","version":1}', 'does not name its input'],
    ['an array', '[]', 'not a cc-analyser case'],
  ])('refuses %s', (_what, text, message) => {
    const read = readCaseFile(text, SHA);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toContain(message);
  });

  it('keeps hostile text as the very same text', () => {
    const file = sample();
    const hostile = '<img src=x onerror=alert(1)>\u0000\u202e=cmd|"/c calc"!A1\n</script>';
    file.bookmarks = [
      { ...bookmark('x', { to: 'rootfs', path: hostile }, hostile), label: hostile },
    ];
    const read = readCaseFile(caseFileText(file), SHA);
    expect(read.ok && read.file.bookmarks[0]).toEqual(file.bookmarks[0]);
  });

  it('leaves out malformed entries with a problem each and keeps the rest', () => {
    const doc = JSON.parse(caseFileText(sample())) as Record<string, unknown[]>;
    doc['bookmarks']?.push(
      { id: 'bad1', target: { to: 'address', pid: 1, address: '0x10' } },
      { id: 'bad2', target: { to: 'process', pid: -1 }, label: '', note: '', created: '' },
      { id: 'bad3', target: { to: 'nothing' }, label: '', note: '', created: '' },
      { id: 'bad4', target: { to: 'vma', pid: 1, start: '18446744073709551616', end: '1' } },
      'a string',
    );
    doc['artefacts']?.push({ name: 'x', what: 'y', bytes: 1, sha256: 'XYZ', written: '' });
    const read = readCaseFile(JSON.stringify(doc), SHA);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.file.bookmarks.map((b) => b.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(read.file.artefacts).toHaveLength(1);
    expect(read.problems).toHaveLength(6);
    expect(read.problems[0]?.message).toContain('field address of a address target');
  });

  it('accepts the digest in either case and stores it in lowercase', () => {
    const file = sample();
    file.input.sha256 = SHA.toUpperCase();
    const read = readCaseFile(caseFileText(file), SHA.toUpperCase());
    expect(read.ok && read.file.input.sha256).toBe(SHA);
  });

  it('gives equal targets equal keys and different targets different keys', () => {
    expect(targetKey({ to: 'address', pid: 1, address: 16n })).toBe(
      targetKey({ to: 'address', pid: 1, address: 16n }),
    );
    expect(targetKey({ to: 'address', pid: 1, address: 16n })).not.toBe(
      targetKey({ to: 'address', pid: 1, address: 17n }),
    );
    expect(targetKey({ to: 'process', pid: 1 })).not.toBe(targetKey({ to: 'fd', pid: 1, fd: 0 }));
  });
});

/**
 * readline history on memory images built in code: a line split across two pages, an entry
 * whose timestamp string is not in the checkpoint, pointers (to a struct, to a line) into a
 * page that was not dumped, an entry left out of the history list, and no list at all.
 */
import { describe, expect, it } from 'vitest';
import { openMemory } from '../../../../src/lib/memory/open-memory.ts';
import { readlineHistory } from '../../../../src/lib/analyses/history/readline.ts';
import type { Problem } from '../../../../src/lib/problems.ts';
import { FakeCheckpoint, PAGE, decodeFake, pe, vma } from '../../memory/fake-checkpoint.ts';

import { PE_PRESENT } from '../../../../src/lib/memory/pagemap-index.ts';
const BASE = 0x10000n;

/** A 6-page heap whose page 4 is not in the checkpoint; writes go to the 5 dumped pages. */
class Heap {
  readonly pages = new Uint8Array(6 * PAGE);
  u64(at: bigint, v: bigint): void {
    new DataView(this.pages.buffer).setBigUint64(Number(at - BASE), v, true);
  }
  str(at: bigint, s: string): void {
    const b = new TextEncoder().encode(s + '\0');
    this.pages.set(b, Number(at - BASE));
  }
  entry(at: bigint, line: bigint, stamp: bigint): void {
    this.u64(at, line);
    this.u64(at + 8n, stamp);
    this.u64(at + 16n, 0n);
  }
  /** The pages file: every page but page 4, in order. */
  file(): Uint8Array {
    const out = new Uint8Array(5 * PAGE);
    out.set(this.pages.subarray(0, 4 * PAGE), 0);
    out.set(this.pages.subarray(5 * PAGE, 6 * PAGE), 4 * PAGE);
    return out;
  }
  async memory() {
    const ck = new FakeCheckpoint([
      {
        pid: 1,
        vmas: [vma(BASE, BASE + 6n * BigInt(PAGE))],
        pagemap: [pe(BASE, 4, PE_PRESENT), pe(BASE + 5n * BigInt(PAGE), 1, PE_PRESENT)],
      },
    ]).raw('pages-1.img', this.file());
    return openMemory(ck.store(), { decode: decodeFake, parent: null });
  }
}

const ABSENT = BASE + 4n * BigInt(PAGE);

function sample(): Heap {
  const h = new Heap();
  // The history list: E1, E2, E3, E4 (struct not dumped), E5, NULL.
  const list = [0x10100n, 0x10400n, 0x11200n, ABSENT + 0x200n, 0x11400n];
  list.forEach((p, i) => h.u64(BASE + 8n * BigInt(i), p));
  h.entry(0x10100n, 0x10200n, 0x10300n);
  h.str(0x10200n, 'echo one');
  h.str(0x10300n, '#1700000001');
  // A line crossing from page 0 into page 1.
  h.entry(0x10400n, 0x10ff8n, 0x11100n);
  h.str(0x10ff8n, 'echo split-across-pages ✓');
  h.str(0x11100n, '#1700000002');
  // Its timestamp string is in the page that was not dumped.
  h.entry(0x11200n, 0x11300n, ABSENT + 0x100n);
  h.str(0x11300n, 'echo stamp-not-dumped');
  // Its line is in the page that was not dumped.
  h.entry(0x11400n, ABSENT + 0x300n, 0x11500n);
  h.str(0x11500n, '#1700000005');
  // Not in the list: a stale entry, older.
  h.entry(0x12000n, 0x12100n, 0x12200n);
  h.str(0x12100n, 'echo stale');
  h.str(0x12200n, '#1699999999');
  // A complete-looking entry inside the page that is not dumped: must never come back.
  h.entry(ABSENT + 0x400n, ABSENT + 0x500n, ABSENT + 0x600n);
  h.str(ABSENT + 0x500n, 'echo ghost-of-absent-memory');
  h.str(ABSENT + 0x600n, '#1700000009');
  return h;
}

describe('readline history on built images', () => {
  for (const windowSize of [undefined, PAGE]) {
    it(`follows the history list, with windows of ${windowSize ?? 'default'} bytes`, async () => {
      const mem = await sample().memory();
      const problems: Problem[] = [];
      const r = await readlineHistory(mem, 1, problems, windowSize ? { windowSize } : {});
      expect(r.order).toBe('history-list');
      expect(r.listAddress).toBe(BASE);
      expect(r.entries.map((e) => e.entryAddress)).toEqual([
        0x10100n,
        0x10400n,
        0x11200n,
        ABSENT + 0x200n,
        0x11400n,
        0x12000n,
      ]);
      const [one, split, noStamp, noStruct, noLine, stale] = r.entries;
      expect(one).toMatchObject({
        index: 1,
        command: 'echo one',
        timestamp: 1700000001,
        foundBy: 'timestamp',
      });
      expect(one!.timeUtc).toBe('2023-11-14T22:13:21Z');
      expect(split).toMatchObject({ command: 'echo split-across-pages ✓', timestamp: 1700000002 });
      expect(split!.commandPartial).toBeUndefined();
      expect(noStamp).toMatchObject({ command: 'echo stamp-not-dumped', foundBy: 'history-list' });
      expect(noStamp!.timestamp).toBeUndefined();
      expect(noStamp!.absent).toEqual([
        { what: 'timestamp', address: ABSENT + 0x100n, kind: 'not-dumped' },
      ]);
      expect(noStruct!.command).toBeUndefined();
      expect(noStruct!.absent).toEqual([
        { what: 'entry', address: ABSENT + 0x200n, kind: 'not-dumped' },
      ]);
      expect(noLine).toMatchObject({ timestamp: 1700000005, commandPartial: true });
      expect(noLine!.command).toBeUndefined();
      expect(noLine!.absent).toEqual([
        { what: 'line', address: ABSENT + 0x300n, kind: 'not-dumped' },
      ]);
      expect(stale).toMatchObject({ command: 'echo stale', inList: false, index: 6 });
      expect(r.entries.some((e) => e.command?.includes('ghost-of-absent-memory'))).toBe(false);
      expect(r.entries.some((e) => e.timestamp === 1700000009)).toBe(false);
      expect(r.notes.join(' ')).toMatch(/1 entry found by timestamp but not in the history list/);
    });
  }

  it('orders by timestamp, then address, when no history list is in memory', async () => {
    const h = new Heap();
    h.entry(0x10100n, 0x10200n, 0x10300n);
    h.str(0x10200n, 'echo later');
    h.str(0x10300n, '#1700000050');
    h.entry(0x10400n, 0x10500n, 0x10600n);
    h.str(0x10500n, 'echo earlier');
    h.str(0x10600n, '#1700000040');
    const r = await readlineHistory(await h.memory(), 1, []);
    expect(r.order).toBe('timestamp');
    expect(r.entries.map((e) => e.command)).toEqual(['echo earlier', 'echo later']);
    expect(r.notes.join(' ')).toMatch(/history list .* was not found/);
  });

  it('finds nothing when timestamp strings exist but no entry points at them', async () => {
    const h = new Heap();
    h.str(0x10300n, '#1700000001');
    const r = await readlineHistory(await h.memory(), 1, []);
    expect(r.entries).toEqual([]);
    expect(r.notes[0]).toMatch(/no history entry points at them/);
  });

  it('reports a line cut by a page that was not dumped as partial', async () => {
    const h = new Heap();
    h.entry(0x10100n, ABSENT - 8n, 0x10300n);
    h.str(ABSENT - 8n, 'echo cut-here'); // the tail falls into the absent page
    h.str(0x10300n, '#1700000001');
    const r = await readlineHistory(await h.memory(), 1, []);
    expect(r.entries[0]).toMatchObject({ command: 'echo cut', commandPartial: true });
    expect(r.entries[0]!.absent).toEqual([{ what: 'line', address: ABSENT, kind: 'not-dumped' }]);
  });
});

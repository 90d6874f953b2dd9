/**
 * Images whose entries carry payloads that the fixtures do not have (SysV IPC, bpf maps,
 * chunked ghost files): built in code, checked against the JSON shapes of crit's handlers, and
 * round-tripped through plain and pretty JSON.
 */
import { describe, expect, it } from 'vitest';
import { decodeImage } from '../../../src/lib/criu/decode-image.ts';
import { encodeImage } from '../../../src/lib/criu/encode-image.ts';
import { toCritJson, toCritValue } from '../../../src/lib/criu/crit-json.ts';
import type { DecodedImage } from '../../../src/lib/criu/types.ts';

const desc = { key: 0x1234, uid: 0, gid: 0, cuid: 0, cgid: 0, mode: 0o600, id: 7 };
const text = (s: string) => new TextEncoder().encode(s);

function roundTrip(img: DecodedImage): DecodedImage {
  const bytes = encodeImage(img);
  const decoded = decodeImage(bytes, 'test.img');
  expect(decoded.problems).toEqual([]);
  expect(encodeImage(decoded)).toEqual(bytes);
  expect(encodeImage(toCritJson(decoded))).toEqual(bytes);
  expect(encodeImage(toCritJson(decoded, { pretty: true }))).toEqual(bytes);
  return decoded;
}

describe('payload images', () => {
  it('IPCNS_SEM: nsems u16 values padded to 8 bytes, a list of numbers', () => {
    const img = roundTrip({
      magic: 'IPCNS_SEM',
      entries: [
        { desc, nsems: 3, extra: [1, 65535, 0] },
        { desc: { ...desc, id: 8 }, nsems: 4, extra: [4, 3, 2, 1] },
      ],
      problems: [],
    });
    expect(img.entries.map((e) => e.extra)).toEqual([
      [1, 65535, 0],
      [4, 3, 2, 1],
    ]);
    // 3 values = 6 bytes, padded to 8; 4 values = 8 bytes, no padding.
    const bytes = encodeImage(img);
    const first = 8 + 4 + (bytes[8] as number);
    expect(Array.from(bytes.subarray(first, first + 8))).toEqual([1, 0, 255, 255, 0, 0, 0, 0]);
    expect(toCritValue(img).entries).toMatchObject([{ nsems: 3n, extra: [1n, 65535n, 0n] }, {}]);
  });

  it('IPCNS_MSG: qnum × ([u32][ipc_msg][text padded to 8]) as [msg, base64, ...]', () => {
    const img = roundTrip({
      magic: 'IPCNS_MSG',
      entries: [
        {
          desc,
          qbytes: 16384,
          qnum: 2,
          extra: [
            { mtype: 1n, msize: 5 },
            text('hello'),
            { mtype: 2n, msize: 8 },
            text('8 bytes!'),
          ],
        },
      ],
      problems: [],
    });
    expect(img.entries[0].extra).toEqual([
      { mtype: 1n, msize: 5 },
      text('hello'),
      { mtype: 2n, msize: 8 },
      text('8 bytes!'),
    ]);
    // crit prints the messages in plain form even with --pretty.
    expect(toCritJson(img, { pretty: true })).toContain(
      '"extra": [\n                {\n                    "mtype": 1,',
    );
    expect(toCritJson(img)).toContain(
      '"extra": [{"mtype": 1, "msize": 5}, "aGVsbG8=\\n", {"mtype": 2, "msize": 8}, "OCBieXRlcyE=\\n"]',
    );
  });

  it('IPCNS_SHM: legacy inline contents padded to 4; an empty extra (as crit) with in_pagemaps', () => {
    const img = roundTrip({
      magic: 'IPCNS_SHM',
      entries: [
        { desc, size: 5n, extra: text('abcde') },
        { desc: { ...desc, id: 9 }, size: 4096n, in_pagemaps: true },
        { desc: { ...desc, id: 10 }, size: 4n, extra: text('wxyz') },
      ],
      problems: [],
    });
    expect(img.entries.map((e) => e.extra)).toEqual([
      text('abcde'),
      new Uint8Array(0),
      text('wxyz'),
    ]);
    const bytes = encodeImage(img);
    const s1 = bytes[8] as number;
    const payload = bytes.subarray(12 + s1, 12 + s1 + 8);
    expect(Array.from(payload)).toEqual([...text('abcde'), 0, 0, 0]);
    const s2 = bytes[20 + s1] as number;
    const s3 = bytes[24 + s1 + s2] as number;
    expect(bytes.length).toBe(28 + s1 + s2 + s3 + 4);
  });

  it('BPFMAP_DATA: keys_bytes + values_bytes after the entry, base64', () => {
    const img = roundTrip({
      magic: 'BPFMAP_DATA',
      entries: [
        {
          map_id: 3,
          keys_bytes: 4,
          values_bytes: 2,
          count: 1,
          extra: Uint8Array.of(1, 2, 3, 4, 5, 6),
        },
      ],
      problems: [],
    });
    expect(toCritValue(img).entries).toEqual([
      { map_id: 3n, keys_bytes: 4n, values_bytes: 2n, count: 1n, extra: 'AQIDBAUG\n' },
    ]);
  });

  it('GHOST_FILE with chunks: the file entry, then chunk entries each with their bytes', () => {
    const img = roundTrip({
      magic: 'GHOST_FILE',
      entries: [
        { uid: 0, gid: 0, mode: 0o100600, dev: 0x2800001, ino: 12n, chunks: true, size: 20000n },
        { len: 3n, off: 0n, extra: text('abc') },
        { len: 2n, off: 16384n, extra: text('yz') },
      ],
      problems: [],
    });
    const crit = toCritValue(img, { pretty: true });
    expect(crit.entries).toEqual([
      {
        uid: 0n,
        gid: 0n,
        mode: 33152n,
        dev: '40:1',
        ino: 12n,
        chunks: true,
        size: 20000n,
      },
      { len: 3n, off: 0n, extra: 'YWJj\n' },
      { len: 2n, off: 16384n, extra: 'eXo=\n' },
    ]);
  });

  it('GHOST_FILE without chunks: the rest of the file is the contents', () => {
    const img = roundTrip({
      magic: 'GHOST_FILE',
      entries: [{ uid: 0, gid: 0, mode: 0o100644, extra: text('contents\n') }],
      problems: [],
    });
    expect(img.entries[0].extra).toEqual(text('contents\n'));
  });

  it('STATS uses the IMG_SERVICE head magic and INVENTORY none', () => {
    const stats = encodeImage({ magic: 'STATS', entries: [], problems: [] });
    expect(Array.from(stats)).toEqual([0x40, 0x59, 0x10, 0x55, 0x06, 0x33, 0x09, 0x57]);
    const inv = encodeImage({ magic: 'INVENTORY', entries: [{ img_version: 2 }], problems: [] });
    expect(Array.from(inv.subarray(0, 4))).toEqual([0x16, 0x31, 0x31, 0x58]);
    expect(decodeImage(inv, 'inventory.img').entries).toEqual([{ img_version: 2 }]);
  });
});

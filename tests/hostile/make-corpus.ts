/**
 * The hand-made hostile corpus: one input per problem of the taxonomy (issue 7) plus inputs
 * that are not checkpoints at all, each with the problem code and message it must produce.
 * Written into a temp dir at test time (the bombs would be silly to commit), from the real
 * kitchen fixture where a checkpoint is needed. Used by the unit tests (library and CLI) and
 * the end-to-end tests (the page).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { decompress } from '../../src/lib/archive/decompress.ts';
import { decodeImage } from '../../src/lib/criu/decode-image.ts';
import { encodeImage } from '../../src/lib/criu/encode-image.ts';
import type { ProblemCode } from '../../src/lib/problems.ts';
import {
  findMember,
  fixChecksum,
  replaceMember,
  setSizeField,
  type TarMember,
} from './tar-edit.ts';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

export interface CorpusItem {
  /** File name in the corpus dir. */
  file: string;
  /** What it is, for test names. */
  what: string;
  /** The problem it must produce (code, and a message naming what went wrong); none for
   * `markup.tar`, a valid checkpoint whose strings are the attack. */
  code?: ProblemCode;
  message?: RegExp;
  /** Whether a container can still be read (the page then shows it next to the warnings). */
  partial: boolean;
  /**
   * What the served page says instead, when it differs: there large members go to OPFS,
   * whose cap follows the disk quota, so a gzip bomb's 1 TiB member is accepted and the
   * stream simply ends (bounded by the bytes really sent, on disk, not in memory).
   */
  page?: { code: ProblemCode; message: RegExp };
}

/** The HTML/script strings planted in the `markup.tar` checkpoint. */
export const MARKUP = {
  name: '<img src=x onerror=alert(1)>',
  comm: '<script>x</script>',
  path: '/tmp/<img src=x onerror=alert(2)>',
};

const TIB = 2 ** 40;

async function kitchenTar(): Promise<Uint8Array> {
  const bytes = fs.readFileSync(path.join(FIXTURES, 'kitchen.tar.zst'));
  const stream = decompress('zstd', new Blob([new Uint8Array(bytes)]).stream());
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Deterministic pseudo-random bytes (xorshift). */
export function noise(length: number, seed = 7): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** A minimal ustar header (name, size) with a valid checksum. */
export function tarHeader(name: string, size: number): Uint8Array {
  const h = new Uint8Array(512);
  const enc = new TextEncoder();
  h.set(enc.encode(name).subarray(0, 100), 0);
  h.set(enc.encode('0000644\0'), 100);
  h.set(enc.encode('0000000\0'), 108);
  h.set(enc.encode('0000000\0'), 116);
  h.set(enc.encode('00000000000\0'), 136);
  h[156] = 0x30;
  h.set(enc.encode('ustar\u000000'), 257);
  setSizeField(h, 0, size);
  return h;
}

const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let pos = 0;
  for (const p of parts) {
    out.set(p, pos);
    pos += p.length;
  }
  return out;
};

/** A zstd frame by hand: one raw block, then RLE blocks of zeros (4 bytes → 128 KiB each). */
export function zstdBomb(prefix: Uint8Array, zeroBytes: number): Uint8Array {
  const block = (last: boolean, type: number, size: number) =>
    Uint8Array.of(
      ((last ? 1 : 0) | (type << 1) | (size << 3)) & 0xff,
      (size >>> 5) & 0xff,
      (size >>> 13) & 0xff,
    );
  // Magic, frame header descriptor 0 (no content size, no checksum), window 2^17.
  const parts: Uint8Array[] = [Uint8Array.of(0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x38)];
  parts.push(block(false, 0, prefix.length), prefix);
  const rle = 128 * 1024;
  for (let left = zeroBytes; left > 0; left -= rle) {
    const n = Math.min(rle, left);
    parts.push(block(left - n === 0, 1, n), Uint8Array.of(0));
  }
  return concat(...parts);
}

/** A gzip of `prefix` then `zeroBytes` zeros (deflate tops out near 1000:1). */
function gzipBomb(prefix: Uint8Array, zeroBytes: number): Uint8Array {
  const input = Buffer.alloc(prefix.length + zeroBytes);
  input.set(prefix);
  return new Uint8Array(zlib.gzipSync(input, { level: 9 }));
}

/** A ZIP with one stored file: local header, data, central directory, end record. */
function zipFile(): Uint8Array {
  const name = new TextEncoder().encode('checkpoint/inventory.img');
  const data = new TextEncoder().encode('not a checkpoint');
  const local = new Uint8Array(30);
  const v = new DataView(local.buffer);
  v.setUint32(0, 0x04034b50, true);
  v.setUint16(4, 10, true);
  v.setUint32(18, data.length, true);
  v.setUint32(22, data.length, true);
  v.setUint16(26, name.length, true);
  const central = new Uint8Array(46);
  const c = new DataView(central.buffer);
  c.setUint32(0, 0x02014b50, true);
  c.setUint16(6, 10, true);
  c.setUint32(20, data.length, true);
  c.setUint32(24, data.length, true);
  c.setUint16(28, name.length, true);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, 1, true);
  e.setUint16(10, 1, true);
  e.setUint32(12, central.length + name.length, true);
  e.setUint32(16, local.length + name.length + data.length, true);
  return concat(local, name, data, central, name, end);
}

function elfFile(): Uint8Array {
  const h = new Uint8Array(4096);
  h.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]);
  new DataView(h.buffer).setUint16(16, 2, true); // ET_EXEC
  new DataView(h.buffer).setUint16(18, 62, true); // x86-64
  return h;
}

/** Offset of the first entry of a CRIU image (after one or two magics). */
function firstEntryOffset(image: Uint8Array): number {
  const v = new DataView(image.buffer, image.byteOffset, image.byteLength);
  const m = v.getUint32(0, true);
  return m === 0x54564319 || m === 0x55105940 ? 8 : 4;
}

function memberData(tar: Uint8Array, m: TarMember): Uint8Array {
  return tar.slice(m.dataOffset, m.dataOffset + m.size);
}

/** Re-encode an image after changing its decoded entries. */
function editImage(
  tar: Uint8Array,
  re: RegExp,
  edit: (entries: Record<string, unknown>[]) => void,
): Uint8Array {
  const m = findMember(tar, re);
  const name = m.path.split('/').pop()!;
  const decoded = decodeImage(memberData(tar, m), name);
  edit(decoded.entries as Record<string, unknown>[]);
  return replaceMember(tar, m, encodeImage(decoded));
}

/**
 * Writes the corpus into `dir` and returns its items. Each checkpoint-shaped item is the real
 * kitchen checkpoint with exactly one thing wrong, so the rest must still be read.
 */
export async function makeCorpus(dir: string): Promise<CorpusItem[]> {
  const kitchen = await kitchenTar();
  const items: CorpusItem[] = [];
  const add = (item: CorpusItem, bytes: Uint8Array) => {
    fs.writeFileSync(path.join(dir, item.file), bytes);
    items.push(item);
  };

  add(
    {
      file: 'evidence.zip',
      what: 'a zip',
      code: 'not-an-archive',
      message: /evidence\.zip is a ZIP archive, not a checkpoint archive/,
      partial: false,
    },
    zipFile(),
  );
  add(
    {
      file: 'program.tar.gz',
      what: 'an ELF executable (named like an archive)',
      code: 'not-an-archive',
      message: /program\.tar\.gz is an ELF executable or library, not a checkpoint archive/,
      partial: false,
    },
    elfFile(),
  );
  add(
    {
      file: 'empty.tar',
      what: 'an empty file',
      code: 'not-an-archive',
      message: /empty\.tar is an empty file, not a checkpoint archive/,
      partial: false,
    },
    new Uint8Array(0),
  );
  add(
    {
      file: 'random.bin',
      what: 'random bytes',
      code: 'not-an-archive',
      message: /random\.bin is unrecognised binary data, not a checkpoint archive/,
      partial: false,
    },
    noise(64 * 1024),
  );
  // 1 TiB announced, 256 MiB of zeros sent: the member is refused before any allocation.
  add(
    {
      file: 'gzip-bomb.tar.gz',
      what: 'a gzip bomb',
      code: 'size-limit',
      message: /checkpoint\/pages-1\.img \(1099511627776 bytes\) does not fit/,
      partial: false,
      page: {
        code: 'truncated-archive',
        message: /ends inside checkpoint\/pages-1\.img: 268435456 of 1099511627776 bytes/,
      },
    },
    gzipBomb(tarHeader('checkpoint/pages-1.img', TIB), 256 * 1024 * 1024),
  );
  // 4 GiB of zeros from ~130 KB: the ratio check stops it long before the end.
  add(
    {
      file: 'zstd-bomb.tar.zst',
      what: 'a zstd bomb',
      code: 'size-limit',
      message: /compression ratio above \d+:1 .*decompression bomb/,
      partial: false,
    },
    zstdBomb(tarHeader('checkpoint/pages-1.img', TIB), 4 * 1024 ** 3),
  );
  add(
    {
      file: 'traversal.tar',
      what: 'a tar with ../ names and huge sizes',
      code: 'truncated-archive',
      message: /tar ends inside \.\.\/checkpoint\/pages-1\.img: 4096 of 1099511627776 bytes/,
      partial: false,
    },
    concat(
      tarHeader('../../../../etc/passwd', 5),
      new TextEncoder().encode('root:'),
      new Uint8Array(507),
      tarHeader('/abs/../../checkpoint/../inventory.img', 4),
      Uint8Array.of(0x16, 0x31, 0x31, 0x58),
      new Uint8Array(508),
      tarHeader('../checkpoint/pages-1.img', TIB),
      noise(4096, 3),
    ),
  );
  add(
    {
      file: 'truncated.tar',
      what: 'a truncated checkpoint tar',
      code: 'truncated-archive',
      message: /tar ends inside checkpoint\/pages-3\.img: 100000 of 8454144 bytes/,
      // Podman writes pstree.img after the pages: the cut leaves no process tree.
      partial: false,
    },
    kitchen.slice(0, findMember(kitchen, /pages-3\.img$/).dataOffset + 100_000),
  );
  {
    const bad = kitchen.slice();
    const core = findMember(bad, /checkpoint\/core-1\.img$/);
    bad[core.headerOffset + 148] ^= 0x01;
    add(
      {
        file: 'bad-checksum.tar',
        what: 'a tar with a bad header checksum',
        code: 'bad-tar-checksum',
        message: /checksum/i,
        partial: true,
      },
      bad,
    );
  }
  add(
    {
      file: 'bad-gzip.tar.gz',
      what: 'a corrupt gzip stream',
      code: 'decompression-error',
      message: /gzip decompression failed/,
      partial: false,
    },
    (() => {
      const gz = new Uint8Array(zlib.gzipSync(kitchen.subarray(0, 64 * 1024)));
      for (let i = 20; i < 60; i++) gz[i] ^= 0x5a;
      return gz;
    })(),
  );
  add(
    {
      file: 'no-images.tar',
      what: 'a tar without CRIU images',
      code: 'no-criu-images',
      message: /no CRIU images/i,
      partial: false,
    },
    concat(
      tarHeader('notes/readme.txt', 5),
      new TextEncoder().encode('hello'),
      new Uint8Array(507),
      new Uint8Array(1024),
    ),
  );
  {
    const core = findMember(kitchen, /checkpoint\/core-1\.img$/);
    const bad = kitchen.slice();
    new DataView(bad.buffer).setUint32(core.dataOffset + 4, 0xdeadbeef, true);
    add(
      {
        file: 'unknown-magic.tar',
        what: 'an image with an unknown magic',
        code: 'unknown-magic',
        message: /core-1\.img: unknown magic 0xdeadbeef/,
        partial: true,
      },
      bad,
    );
  }
  {
    const mm = findMember(kitchen, /checkpoint\/mm-1\.img$/);
    const bad = kitchen.slice();
    const at = mm.dataOffset + firstEntryOffset(memberData(kitchen, mm));
    new DataView(bad.buffer).setUint32(at, 0xffffffff, true);
    add(
      {
        file: 'oversized-entry.tar',
        what: 'an entry size of 0xffffffff',
        code: 'oversized-entry',
        message: /mm-1\.img.*declares 4294967295 bytes/,
        partial: true,
      },
      bad,
    );
  }
  {
    const ids = findMember(kitchen, /checkpoint\/ids-1\.img$/);
    const bad = kitchen.slice();
    const at = ids.dataOffset + firstEntryOffset(memberData(kitchen, ids)) + 4;
    bad[at] = 0x0f; // field 1, wire type 7: no such wire type
    add(
      {
        file: 'malformed-protobuf.tar',
        what: 'an entry that is not protobuf',
        code: 'malformed-protobuf',
        message: /ids-1\.img: entry #0 at offset 8 is not a valid/,
        partial: true,
      },
      bad,
    );
  }
  {
    const pages = findMember(kitchen, /checkpoint\/pages-1\.img$/);
    add(
      {
        file: 'pages-short.tar',
        what: 'a pages image shorter than its pagemap says',
        code: 'pages-short',
        message: /pages-1\.img/,
        partial: true,
      },
      replaceMember(kitchen, pages, memberData(kitchen, pages).subarray(0, 4096)),
    );
  }
  {
    const pages = findMember(kitchen, /checkpoint\/pages-1\.img$/);
    const bad = kitchen.slice();
    // Renamed: the pagemap still points at pages-1.img, which is now missing.
    bad.set(new TextEncoder().encode('checkpoint/gone-1.img\0'), pages.headerOffset);
    fixChecksum(bad, pages.headerOffset);
    add(
      {
        file: 'pages-missing.tar',
        what: 'a pages image that is missing',
        code: 'pages-missing',
        message: /pages-1\.img/,
        partial: true,
      },
      bad,
    );
  }
  add(
    {
      file: 'parent-missing.tar',
      what: 'pages in a parent checkpoint that is not there',
      code: 'parent-missing',
      message: /parent/i,
      partial: true,
    },
    editImage(kitchen, /checkpoint\/pagemap-1\.img$/, (entries) => {
      for (const e of entries.slice(1)) {
        e.flags = 1; // PE_PARENT only: the pages are in the pre-dump
        e.in_parent = true;
      }
    }),
  );
  {
    let markup = kitchen;
    const config = findMember(markup, /^config\.dump$/);
    const json = JSON.parse(new TextDecoder().decode(memberData(markup, config))) as Record<
      string,
      unknown
    >;
    json.name = MARKUP.name;
    markup = replaceMember(markup, config, new TextEncoder().encode(JSON.stringify(json)));
    markup = editImage(markup, /checkpoint\/core-1\.img$/, (entries) => {
      const tc = entries[0]?.tc as Record<string, unknown> | undefined;
      if (tc) tc.comm = MARKUP.comm;
    });
    markup = editImage(markup, /checkpoint\/files\.img$/, (entries) => {
      const reg = entries.find((e) => e.reg)?.reg as Record<string, unknown> | undefined;
      if (reg) reg.name = MARKUP.path;
    });
    add(
      {
        file: 'markup.tar',
        what: 'HTML and script in names, comm and paths',
        partial: true,
      },
      markup,
    );
  }
  return items;
}

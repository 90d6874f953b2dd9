// The generated schema code against the magic table and against real images:
// every entry of the kitchen checkpoint must decode, re-encode to the same
// bytes (so no field on the wire is unknown to proto/) and carry the fields
// crit printed for it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import * as criu from '../../../src/lib/criu/generated/criu.js';
import descriptor from '../../../src/lib/criu/generated/criu.json';
import {
  IMAGE_TYPES,
  IMG_COMMON_MAGIC,
  IMG_SERVICE_MAGIC,
  MAGIC_ALIASES,
  RAW_IMAGES,
  byFileName,
  byMagic,
  byName,
  rawImageByFileName,
  type ImageType,
  type MessageName,
} from '../../../src/lib/criu/magic.ts';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));

interface StaticMessage {
  decode(bytes: Uint8Array): object;
  encode(message: object): { finish(): Uint8Array };
  toObject(message: object, options: object): Record<string, unknown>;
}

function messageType(name: MessageName): StaticMessage {
  return criu[name] as unknown as StaticMessage;
}

/** Members of an uncompressed ustar/GNU tar, regular files only. */
function readTar(tar: Uint8Array): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const text = (at: number, len: number) =>
    new TextDecoder().decode(tar.subarray(at, at + len)).replace(/\0.*$/s, '');
  let off = 0;
  while (off + 512 <= tar.length && tar[off] !== 0) {
    const prefix = text(off + 345, 155);
    const name = (prefix ? `${prefix}/` : '') + text(off, 100);
    const size = parseInt(text(off + 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(tar[off + 156] ?? 0);
    if (type === '0' || type === '\0') files.set(name, tar.subarray(off + 512, off + 512 + size));
    off += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

// bare-images.tar.gz is a plain CRIU images directory with its own crit oracle.
const bare = readTar(gunzipSync(readFileSync(`${fixtures}bare-images.tar.gz`)));

/** The images directory of the fixture, by base name. */
const images = new Map(
  [...bare]
    .filter(([name]) => name.startsWith('img/'))
    .map(([name, bytes]) => [name.slice('img/'.length), bytes]),
);

interface Framed {
  type: ImageType;
  entries: Uint8Array[];
}

/** Framing only: head magic, type magic, then [u32 size][message] until EOF. */
function frame(
  bytes: Uint8Array,
  payloadAfter: (type: ImageType, i: number, msg: object) => number,
): Framed {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let off = 0;
  let magic = view.getUint32(off, true);
  off += 4;
  if (magic === IMG_COMMON_MAGIC || magic === IMG_SERVICE_MAGIC) {
    magic = view.getUint32(off, true);
    off += 4;
  }
  const type = byMagic(magic);
  if (!type) throw new Error(`unknown magic 0x${magic.toString(16)}`);
  const entries: Uint8Array[] = [];
  while (off + 4 <= bytes.length) {
    const size = view.getUint32(off, true);
    off += 4;
    const entry = bytes.subarray(off, off + size);
    off += size;
    const i = entries.length;
    entries.push(entry);
    const name = type.kind === 'pagemap' && i === 0 ? type.auxMessage : type.message;
    const skip = payloadAfter(type, i, messageType(name ?? type.message).decode(entry));
    if (skip < 0) break;
    off += skip;
  }
  return { type, entries };
}

/** Bytes of payload that follow entry i, or -1 when the rest of the file is payload. */
function payloadAfter(type: ImageType, _i: number, msg: object): number {
  const m = msg as Record<string, number | undefined>;
  switch (type.kind) {
    case 'pipe-data':
      return Number(m.bytes);
    case 'sk-queue':
      return Number(m.length);
    case 'tcp-stream':
      return Number(m.inq_len) + Number(m.outq_len);
    case 'ghost-file':
      return -1;
    default:
      return 0;
  }
}

describe('generated schema module', () => {
  it('has a message type for every image type', () => {
    for (const t of IMAGE_TYPES) {
      expect(typeof messageType(t.message).decode, t.name).toBe('function');
      expect(typeof messageType(t.message).encode, t.name).toBe('function');
      if (t.auxMessage) expect(typeof messageType(t.auxMessage).decode, t.name).toBe('function');
    }
  });

  it('contains no eval and no Function constructor (CSP without unsafe-eval)', () => {
    const code = readFileSync(
      fileURLToPath(new URL('../../../src/lib/criu/generated/criu.js', import.meta.url)),
      'utf8',
    );
    expect(code).not.toMatch(/\beval\s*\(/);
    expect(code).not.toMatch(/\bnew\s+Function\b/);
    expect(code).not.toMatch(/\bFunction\s*\(/);
    expect(code.startsWith('// generated from proto/')).toBe(true);
  });

  it('keeps the crit field options in the JSON descriptor', () => {
    const nested = descriptor.nested as Record<
      string,
      { fields?: Record<string, { options?: object }> }
    >;
    expect(nested.pagemap_entry?.fields?.vaddr?.options).toEqual({ '(criu).hex': true });
    expect(nested.pagemap_entry?.fields?.flags?.options).toEqual({ '(criu).flags': 'pmap.flags' });
    expect(nested.mnt_entry?.fields?.root_dev?.options).toEqual({ '(criu).dev': true });
    expect(nested.inet_sk_entry?.fields?.src_addr?.options).toEqual({ '(criu).ipadd': true });
    expect(nested.unix_sk_entry?.fields?.name?.options).toEqual({ '(criu).conv': 'unix_name' });
    expect(nested.task_core_entry?.fields?.task_state?.options).toEqual({ '(criu).dict': 'gen' });
  });
});

describe('magic table', () => {
  it('has unique names and magics', () => {
    expect(new Set(IMAGE_TYPES.map((t) => t.name)).size).toBe(IMAGE_TYPES.length);
    expect(new Set(IMAGE_TYPES.map((t) => t.magic)).size).toBe(IMAGE_TYPES.length);
  });

  it('looks up by magic, name, alias and file name', () => {
    expect(byMagic(0x58313116)?.name).toBe('INVENTORY');
    expect(byMagic(0x58313116)?.head).toBe('none');
    expect(byMagic(0x57093306)?.head).toBe('service');
    expect(byName('SHMEM_PAGEMAP')?.name).toBe('PAGEMAP');
    expect(byName('IPCNS_SEM')?.kind).toBe('ipc-sem');
    for (const alias of Object.keys(MAGIC_ALIASES)) expect(byName(alias), alias).toBeDefined();
    expect(byFileName('core-11.img')?.name).toBe('CORE');
    expect(byFileName('pagemap-shmem-21.img')?.name).toBe('PAGEMAP');
    expect(byFileName('ghost-file-1a.img')?.name).toBe('GHOST_FILE');
    expect(byFileName('tcp-stream-6811.img')?.name).toBe('TCP_STREAM');
    expect(byFileName('stats-dump')?.name).toBe('STATS');
    expect(byFileName('ipcns-var-11.img')?.name).toBe('IPC_VAR');
    expect(byFileName('pages-1.img')).toBeUndefined();
    expect(rawImageByFileName('pages-1.img')?.kind).toBe('pages');
    expect(rawImageByFileName('tmpfs-dev-44.tar.gz.img')?.kind).toBe('tmpfs-dev');
    expect(rawImageByFileName('core-1.img')).toBeUndefined();
    expect(RAW_IMAGES.length).toBeGreaterThan(0);
  });

  it('names every image of the bare-images checkpoint', () => {
    for (const name of images.keys()) {
      if (!name.endsWith('.img')) continue;
      expect(byFileName(name) ?? rawImageByFileName(name), name).toBeDefined();
    }
  });
});

/** Our decoded value against crit's plain JSON (`crit decode`, no --pretty). */
function compare(ours: unknown, crit: unknown, path: string, out: string[]): void {
  if (Array.isArray(crit)) {
    if (!Array.isArray(ours) || ours.length !== crit.length) {
      out.push(`${path}: length`);
      return;
    }
    crit.forEach((c, i) => compare(ours[i], c, `${path}[${i}]`, out));
  } else if (crit !== null && typeof crit === 'object') {
    if (ours === null || typeof ours !== 'object' || ours instanceof Uint8Array) {
      out.push(`${path}: not a message`);
      return;
    }
    const o = ours as Record<string, unknown>;
    const c = crit as Record<string, unknown>;
    const critKeys = Object.keys(c).filter((k) => k !== 'extra');
    if (Object.keys(o).join() !== critKeys.join()) {
      out.push(`${path}: fields [${Object.keys(o).join()}] vs crit [${critKeys.join()}]`);
    }
    for (const k of critKeys) if (k in o) compare(o[k], c[k], `${path}.${k}`, out);
  } else if (ours instanceof Uint8Array) {
    // crit prints bytes as base64 in 76-column lines; (criu).conv fields are
    // converted to text instead, which is the formatter's job, not checked here.
    const b64 = Buffer.from(ours).toString('base64');
    if (typeof crit !== 'string' || (crit.replace(/\n/g, '') !== b64 && !path.endsWith('.name'))) {
      out.push(`${path}: bytes differ`);
    }
  } else if (typeof ours === 'bigint') {
    // JSON.parse rounds large integers to doubles; so does Number(bigint).
    if (Number(ours) !== crit) out.push(`${path}: ${ours} vs ${String(crit)}`);
  } else if (ours !== crit) {
    out.push(`${path}: ${JSON.stringify(ours)} vs ${JSON.stringify(crit)}`);
  }
}

describe('real images (bare-images.tar.gz against its crit oracle)', () => {
  const expected = `${fixtures}expected/bare-images.tar.gz/`;
  const names = [...images.keys()].filter((n) => byFileName(n)).sort();

  it('has images to check', () => {
    expect(names.length).toBeGreaterThan(30);
  });

  for (const name of names) {
    it(`${name}: decodes, re-encodes identically, matches crit`, () => {
      const bytes = images.get(name);
      if (!bytes) throw new Error(`missing ${name}`);
      const { type, entries } = frame(bytes, payloadAfter);
      expect(byFileName(name)?.name).toBe(type.name);
      const decoded = entries.map((entry, i) => {
        const msgName = type.kind === 'pagemap' && i === 0 ? type.auxMessage : type.message;
        const T = messageType(msgName ?? type.message);
        const msg = T.decode(entry);
        // Every field on the wire is known to proto/, and nothing is lost.
        expect(Object.hasOwn(msg, '$unknowns'), `${name}#${i} has unknown fields`).toBe(false);
        expect(Buffer.from(T.encode(msg).finish()).equals(Buffer.from(entry))).toBe(true);
        return T.toObject(msg, { longs: BigInt, enums: String, bytes: Uint8Array });
      });
      const oracle = JSON.parse(readFileSync(`${expected}${name}.json`, 'utf8')) as {
        magic: string;
        entries: unknown[];
      };
      expect(oracle.magic).toBe(type.name);
      const problems: string[] = [];
      compare(decoded, oracle.entries, name, problems);
      expect(problems).toEqual([]);
    });
  }

  it('decodes 64-bit values exactly', () => {
    const bytes = images.get('core-27091.img');
    if (!bytes) throw new Error('missing core-27091.img');
    const { entries } = frame(bytes, payloadAfter);
    const T = messageType('core_entry');
    const core = T.toObject(T.decode(entries[0] ?? new Uint8Array()), {
      longs: BigInt,
      enums: String,
    });
    const tc = core.tc as { rlimits: { rlimits: { cur: bigint }[] } };
    expect(tc.rlimits.rlimits.some((r) => r.cur === 18446744073709551615n)).toBe(true);
  });
});

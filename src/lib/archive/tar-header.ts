/**
 * Parsing of 512-byte tar headers and of the metadata records (GNU long names, PAX) that
 * modify the next entry. Shared by the random-access index (uncompressed tar over a File)
 * and the streaming parser (the one-pass decompression pipeline), so both read the same
 * formats the same way: ustar, GNU (`L`/`K`, base-256 numbers), PAX (`x`/`g`).
 */
export const BLOCK = 512;

export type TarEntryType =
  'file' | 'hardlink' | 'symlink' | 'chardev' | 'blockdev' | 'directory' | 'fifo' | 'other';

export interface RawHeader {
  name: string;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  mtime: number;
  typeflag: string;
  linkname: string;
}

export type HeaderResult =
  | { kind: 'header'; header: RawHeader }
  | { kind: 'zero' }
  | { kind: 'bad-checksum'; message: string };

const utf8 = new TextDecoder('utf-8');

function cString(block: Uint8Array, start: number, length: number): string {
  let end = start;
  while (end < start + length && block[end] !== 0) end++;
  return utf8.decode(block.subarray(start, end));
}

/**
 * A numeric field: octal ASCII (NUL/space padded) or, when the top bit of the first byte is
 * set, GNU base-256 big-endian (used for sizes ≥ 8 GiB and negative times). Returns NaN when
 * the field holds neither, or a value JavaScript cannot count exactly.
 */
export function parseNumber(block: Uint8Array, start: number, length: number): number {
  const first = block[start];
  if (first & 0x80) {
    // Two's complement over the whole field; 0x80 marks positive, 0xff negative.
    let value = BigInt(first & 0x7f);
    for (let i = 1; i < length; i++) value = (value << 8n) | BigInt(block[start + i]);
    if (first & 0x40) value -= 1n << BigInt(8 * length - 1);
    const n = Number(value);
    return Number.isSafeInteger(n) ? n : NaN;
  }
  let i = start;
  const end = start + length;
  while (i < end && (block[i] === 0x20 || block[i] === 0)) i++;
  let value = 0;
  let digits = 0;
  for (; i < end; i++) {
    const c = block[i];
    if (c === 0 || c === 0x20) break;
    if (c < 0x30 || c > 0x37) return NaN;
    value = value * 8 + (c - 0x30);
    digits++;
  }
  if (digits === 0) return 0;
  return Number.isSafeInteger(value) ? value : NaN;
}

function isZeroBlock(block: Uint8Array): boolean {
  for (let i = 0; i < BLOCK; i++) if (block[i] !== 0) return false;
  return true;
}

/** Checksum check: the unsigned sum (POSIX) or, for old writers, the signed sum. */
function checksumOk(block: Uint8Array): { ok: boolean; stored: number; computed: number } {
  const stored = parseNumber(block, 148, 8);
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const b = i >= 148 && i < 156 ? 0x20 : block[i];
    unsigned += b;
    signed += b > 127 ? b - 256 : b;
  }
  return { ok: stored === unsigned || stored === signed, stored, computed: unsigned };
}

export function parseHeader(block: Uint8Array): HeaderResult {
  if (block.length < BLOCK) return { kind: 'bad-checksum', message: 'short header block' };
  if (isZeroBlock(block)) return { kind: 'zero' };
  const sum = checksumOk(block);
  if (!sum.ok) {
    return {
      kind: 'bad-checksum',
      message: `header checksum ${Number.isNaN(sum.stored) ? 'unreadable' : sum.stored} does not match ${sum.computed}`,
    };
  }
  let name = cString(block, 0, 100);
  // POSIX ustar ("ustar\0" + "00") splits long names into prefix + name. GNU tar ("ustar  \0")
  // keeps access/change times in those bytes instead, so the prefix must not be read there.
  const magic = cString(block, 257, 6);
  const posixUstar = magic === 'ustar' && block[262] === 0;
  if (posixUstar) {
    const prefix = cString(block, 345, 155);
    if (prefix) name = `${prefix}/${name}`;
  }
  const typeByte = block[156];
  return {
    kind: 'header',
    header: {
      name,
      mode: parseNumber(block, 100, 8),
      uid: parseNumber(block, 108, 8),
      gid: parseNumber(block, 116, 8),
      size: parseNumber(block, 124, 12),
      mtime: parseNumber(block, 136, 12),
      typeflag: typeByte === 0 ? '0' : String.fromCharCode(typeByte),
      linkname: cString(block, 157, 100),
    },
  };
}

/** Header types that only describe the next entry; their data is metadata, not a member. */
export function isMetaType(typeflag: string): boolean {
  return typeflag === 'L' || typeflag === 'K' || typeflag === 'x' || typeflag === 'g';
}

export function entryType(typeflag: string): TarEntryType {
  switch (typeflag) {
    case '0':
    case '7':
      return 'file';
    case '1':
      return 'hardlink';
    case '2':
      return 'symlink';
    case '3':
      return 'chardev';
    case '4':
      return 'blockdev';
    case '5':
      return 'directory';
    case '6':
      return 'fifo';
    default:
      return 'other';
  }
}

/**
 * Whether the entry's data blocks follow its header. Like Python's tarfile: regular files and
 * unknown types carry `size` bytes; links, directories and devices carry none whatever the
 * size field says.
 */
export function hasData(typeflag: string): boolean {
  const t = entryType(typeflag);
  return t === 'file' || t === 'other';
}

export function paddedSize(size: number): number {
  return Math.ceil(size / BLOCK) * BLOCK;
}

/** PAX extended header records: `<len> <key>=<value>\n`, UTF-8. */
export function parsePax(data: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  let pos = 0;
  while (pos < data.length) {
    let sp = pos;
    while (sp < data.length && data[sp] !== 0x20) sp++;
    const len = Number(utf8.decode(data.subarray(pos, sp)));
    if (!Number.isInteger(len) || len <= 0 || pos + len > data.length) break;
    const record = utf8.decode(data.subarray(sp + 1, pos + len - 1));
    const eq = record.indexOf('=');
    if (eq > 0) out.set(record.slice(0, eq), record.slice(eq + 1));
    pos += len;
  }
  return out;
}

/** Metadata data payloads (long names, PAX) are small; more than this is corrupt input. */
export const MAX_META_SIZE = 1024 * 1024;

/** One archive entry after long names and PAX overrides are applied. */
export interface TarEntry {
  path: string;
  type: TarEntryType;
  size: number;
  mode: number;
  uid: number;
  gid: number;
  /** Seconds since the epoch. */
  mtime: number;
  linkTarget?: string;
  /** Offset of the entry's own header block (after any metadata headers). */
  headerOffset: number;
  /** Offset of the first data byte; `size` bytes follow when the type carries data. */
  dataOffset: number;
  /** Set when the archive ends before all `size` bytes of data. */
  truncated?: boolean;
}

/**
 * Collects GNU long-name and PAX metadata and applies it to the next real header. Both
 * readers feed it headers in order; it holds no bytes of the archive.
 */
export class TarEntryAssembler {
  #longName: string | undefined;
  #longLink: string | undefined;
  #pax = new Map<string, string>();
  #globalPax = new Map<string, string>();

  /** Feed a metadata header and its data. */
  addMeta(typeflag: string, data: Uint8Array): void {
    if (typeflag === 'L') this.#longName = cString(data, 0, data.length);
    else if (typeflag === 'K') this.#longLink = cString(data, 0, data.length);
    else if (typeflag === 'x') for (const [k, v] of parsePax(data)) this.#pax.set(k, v);
    else if (typeflag === 'g') for (const [k, v] of parsePax(data)) this.#globalPax.set(k, v);
  }

  /** Build the entry for a real header and forget the per-entry metadata. */
  finish(header: RawHeader, headerOffset: number): TarEntry {
    const pax = new Map([...this.#globalPax, ...this.#pax]);
    const path = pax.get('path') ?? this.#longName ?? header.name;
    const linkTarget = pax.get('linkpath') ?? this.#longLink ?? header.linkname;
    const paxSize = pax.has('size') ? Number(pax.get('size')) : NaN;
    const paxMtime = pax.has('mtime') ? Math.floor(Number(pax.get('mtime'))) : NaN;
    const paxUid = pax.has('uid') ? Number(pax.get('uid')) : NaN;
    const paxGid = pax.has('gid') ? Number(pax.get('gid')) : NaN;
    this.#longName = undefined;
    this.#longLink = undefined;
    this.#pax = new Map();
    const type = entryType(header.typeflag);
    const size = Number.isSafeInteger(paxSize) && paxSize >= 0 ? paxSize : header.size;
    const entry: TarEntry = {
      path,
      type,
      size: hasData(header.typeflag) ? size : 0,
      mode: header.mode,
      uid: Number.isSafeInteger(paxUid) ? paxUid : header.uid,
      gid: Number.isSafeInteger(paxGid) ? paxGid : header.gid,
      mtime: Number.isFinite(paxMtime) ? paxMtime : header.mtime,
      headerOffset,
      dataOffset: headerOffset + BLOCK,
    };
    if ((type === 'symlink' || type === 'hardlink') && linkTarget) entry.linkTarget = linkTarget;
    return entry;
  }

  /** The data size a header announces for skipping, honouring a pending PAX `size`. */
  dataSize(header: RawHeader): number {
    if (!hasData(header.typeflag)) return 0;
    const paxSize = this.#pax.get('size') ?? this.#globalPax.get('size');
    const n = paxSize !== undefined ? Number(paxSize) : NaN;
    return Number.isSafeInteger(n) && n >= 0 ? n : header.size;
  }
}

/**
 * Builds tar archives in memory for tests: ustar headers with valid checksums, GNU long
 * names, PAX headers, base-256 sizes, and hooks to corrupt them. Independent of the code
 * under test (it writes headers by hand from the format's field offsets).
 */
export interface TarSpec {
  name: string;
  data?: Uint8Array | string;
  /** Default '0' (file). */
  type?: string;
  linkname?: string;
  mode?: number;
  mtime?: number;
  /** Write the size field in GNU base-256 form. */
  base256Size?: boolean;
  /** Size field value to write instead of the data length (for PAX size overrides). */
  sizeField?: number;
  /** ustar prefix field (POSIX split names). */
  prefix?: string;
  /** 'gnu' writes the "ustar  \0" magic; default POSIX "ustar\0" + "00". */
  magic?: 'posix' | 'gnu';
}

const enc = new TextEncoder();

function bytesOf(d: Uint8Array | string | undefined): Uint8Array {
  return d === undefined ? new Uint8Array(0) : typeof d === 'string' ? enc.encode(d) : d;
}

function writeString(block: Uint8Array, at: number, len: number, s: string): void {
  const b = enc.encode(s);
  block.set(b.subarray(0, len), at);
}

function writeOctal(block: Uint8Array, at: number, len: number, n: number): void {
  writeString(block, at, len, n.toString(8).padStart(len - 1, '0') + '\0');
}

function writeBase256(block: Uint8Array, at: number, len: number, n: number): void {
  let v = BigInt(n);
  for (let i = len - 1; i > 0; i--) {
    block[at + i] = Number(v & 0xffn);
    v >>= 8n;
  }
  block[at] = 0x80;
}

export function checksum(block: Uint8Array): void {
  block.fill(0x20, 148, 156);
  let sum = 0;
  for (const b of block) sum += b;
  writeString(block, 148, 8, sum.toString(8).padStart(6, '0') + '\0 ');
}

export function header(spec: TarSpec, size: number): Uint8Array {
  const block = new Uint8Array(512);
  writeString(block, 0, 100, spec.name);
  writeOctal(block, 100, 8, spec.mode ?? 0o644);
  writeOctal(block, 108, 8, 0);
  writeOctal(block, 116, 8, 0);
  if (spec.base256Size) writeBase256(block, 124, 12, spec.sizeField ?? size);
  else writeOctal(block, 124, 12, spec.sizeField ?? size);
  writeOctal(block, 136, 12, spec.mtime ?? 1_700_000_000);
  block[156] = (spec.type ?? '0').charCodeAt(0);
  writeString(block, 157, 100, spec.linkname ?? '');
  if (spec.magic === 'gnu') writeString(block, 257, 8, 'ustar  \0');
  else {
    writeString(block, 257, 6, 'ustar\0');
    writeString(block, 263, 2, '00');
  }
  if (spec.prefix) writeString(block, 345, 155, spec.prefix);
  checksum(block);
  return block;
}

function pad(n: number): number {
  return Math.ceil(n / 512) * 512;
}

/** One member: header + data + padding. */
export function memberBytes(spec: TarSpec): Uint8Array {
  const data = bytesOf(spec.data);
  const out = new Uint8Array(512 + pad(data.length));
  out.set(header(spec, data.length));
  out.set(data, 512);
  return out;
}

export function paxRecords(records: Record<string, string>): Uint8Array {
  let text = '';
  for (const [k, v] of Object.entries(records)) {
    const body = ` ${k}=${v}\n`;
    let len = body.length + 1;
    while (String(len).length + enc.encode(body).length !== len)
      len = String(len).length + enc.encode(body).length;
    text += `${len}${body}`;
  }
  return enc.encode(text);
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let pos = 0;
  for (const p of parts) {
    out.set(p, pos);
    pos += p.length;
  }
  return out;
}

/** A complete tar: members and the two zero blocks that end it. */
export function tar(specs: TarSpec[], { end = true } = {}): Uint8Array {
  return concat([...specs.map(memberBytes), ...(end ? [new Uint8Array(1024)] : [])]);
}

/** Deterministic bytes of any length, different at every offset. */
export function pattern(length: number, seed = 1): Uint8Array<ArrayBuffer> {
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

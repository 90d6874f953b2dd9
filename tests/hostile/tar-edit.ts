/**
 * Edits real tar archives for hostile-input tests: find members, replace a member's data,
 * splice a header's size field. Written from the tar format's field offsets, independent of
 * the archive layer under test.
 */
export interface TarMember {
  path: string;
  type: string;
  headerOffset: number;
  dataOffset: number;
  size: number;
}

const latin1 = (b: Uint8Array) => String.fromCharCode(...b);
const cString = (b: Uint8Array) => {
  const end = b.indexOf(0);
  return new TextDecoder().decode(end < 0 ? b : b.subarray(0, end));
};

function readSize(h: Uint8Array): number {
  if (h[124] & 0x80) {
    let n = 0;
    for (let i = 125; i < 136; i++) n = n * 256 + h[i];
    return n;
  }
  return parseInt(latin1(h.subarray(124, 136)).replace(/[\0 ]/g, '') || '0', 8);
}

function paxPath(data: Uint8Array): string | undefined {
  const text = new TextDecoder().decode(data);
  return /(?:^|\n)\d+ path=([^\n]*)\n/.exec(text)?.[1];
}

const isZero = (b: Uint8Array) => b.every((x) => x === 0);
const padded = (n: number) => Math.ceil(n / 512) * 512;

/** The members of a well-formed tar in order (PAX `path` records applied). */
export function tarMembers(tar: Uint8Array): TarMember[] {
  const out: TarMember[] = [];
  let pos = 0;
  let nextPath: string | undefined;
  while (pos + 512 <= tar.length) {
    const h = tar.subarray(pos, pos + 512);
    if (isZero(h)) break;
    const size = readSize(h);
    const type = String.fromCharCode(h[156] || 0x30);
    const name = cString(h.subarray(0, 100));
    const prefix = cString(h.subarray(345, 500));
    const data = tar.subarray(pos + 512, pos + 512 + size);
    if (type === 'x') nextPath = paxPath(data) ?? nextPath;
    else {
      const path = nextPath ?? (prefix ? `${prefix}/${name}` : name);
      out.push({
        path: path.replace(/^\.\//, ''),
        type,
        headerOffset: pos,
        dataOffset: pos + 512,
        size,
      });
      nextPath = undefined;
    }
    pos += 512 + padded(size);
  }
  return out;
}

export function findMember(tar: Uint8Array, re: RegExp): TarMember {
  const m = tarMembers(tar).find((x) => re.test(x.path));
  if (!m) throw new Error(`no member matches ${re}`);
  return m;
}

/** Recompute a header's checksum (fields 148..156 as spaces). */
export function fixChecksum(tar: Uint8Array, headerOffset: number): void {
  const h = tar.subarray(headerOffset, headerOffset + 512);
  h.fill(0x20, 148, 156);
  let sum = 0;
  for (const b of h) sum += b;
  h.set(new TextEncoder().encode(sum.toString(8).padStart(6, '0') + '\0 '), 148);
}

/** Write `size` into a header's size field (octal when it fits, else GNU base-256). */
export function setSizeField(
  tar: Uint8Array,
  headerOffset: number,
  size: number,
  { checksum = true } = {},
): void {
  const h = tar.subarray(headerOffset, headerOffset + 512);
  if (size < 8 ** 11) {
    h.set(new TextEncoder().encode(size.toString(8).padStart(11, '0') + '\0'), 124);
  } else {
    let v = BigInt(size);
    for (let i = 135; i > 124; i--) {
      h[i] = Number(v & 0xffn);
      v >>= 8n;
    }
    h[124] = 0x80;
  }
  if (checksum) fixChecksum(tar, headerOffset);
}

/** A copy of `tar` with one member's data replaced (size field and checksum updated). */
export function replaceMember(tar: Uint8Array, member: TarMember, data: Uint8Array): Uint8Array {
  const before = tar.subarray(0, member.dataOffset);
  const after = tar.subarray(member.dataOffset + padded(member.size));
  const out = new Uint8Array(before.length + padded(data.length) + after.length);
  out.set(before);
  out.set(data, before.length);
  out.set(after, before.length + padded(data.length));
  setSizeField(out, member.headerOffset, data.length);
  return out;
}

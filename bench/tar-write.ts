/**
 * Minimal ustar reading and writing for the benchmark's input generator (not the analyser's
 * tar reader, which is what the benchmark measures).
 */
export interface TarMember {
  name: string;
  mode: number;
  mtime: number;
  type: string;
  /** Byte range of the data in the source archive. */
  offset: number;
  size: number;
}

function octal(field: Uint8Array): number {
  const text = new TextDecoder().decode(field).replace(/\0.*$/s, '').trim();
  return text ? parseInt(text, 8) : 0;
}

/** Lists a plain ustar archive (names under 100 bytes, no PAX), as Podman writes its fixtures. */
export function listTar(buf: Uint8Array): TarMember[] {
  const out: TarMember[] = [];
  let pos = 0;
  while (pos + 512 <= buf.length) {
    const h = buf.subarray(pos, pos + 512);
    if (h.every((b) => b === 0)) break;
    const name = new TextDecoder().decode(h.subarray(0, 100)).replace(/\0.*$/s, '');
    const prefix = new TextDecoder().decode(h.subarray(345, 500)).replace(/\0.*$/s, '');
    const size = octal(h.subarray(124, 136));
    out.push({
      name: prefix ? `${prefix}/${name}` : name,
      mode: octal(h.subarray(100, 108)),
      mtime: octal(h.subarray(136, 148)),
      type: String.fromCharCode(h[156] || 48),
      offset: pos + 512,
      size,
    });
    pos += 512 + Math.ceil(size / 512) * 512;
  }
  return out;
}

function putString(h: Uint8Array, off: number, len: number, s: string): void {
  const bytes = new TextEncoder().encode(s);
  if (bytes.length > len) throw new Error(`tar field too long: ${s}`);
  h.set(bytes, off);
}

function putOctal(h: Uint8Array, off: number, len: number, n: number): void {
  putString(h, off, len, n.toString(8).padStart(len - 1, '0'));
}

export function tarHeader(m: {
  name: string;
  mode: number;
  mtime: number;
  type: string;
  size: number;
}): Uint8Array {
  const h = new Uint8Array(512);
  putString(h, 0, 100, m.name);
  putOctal(h, 100, 8, m.mode);
  putOctal(h, 108, 8, 0);
  putOctal(h, 116, 8, 0);
  putOctal(h, 124, 12, m.size);
  putOctal(h, 136, 12, m.mtime);
  h.fill(0x20, 148, 156);
  h[156] = m.type.charCodeAt(0);
  putString(h, 257, 6, 'ustar');
  putString(h, 263, 2, '00');
  putString(h, 265, 32, 'root');
  putString(h, 297, 32, 'root');
  const sum = h.reduce((a, b) => a + b, 0);
  putString(h, 148, 8, sum.toString(8).padStart(6, '0') + '\0 ');
  return h;
}

export function padding(size: number): Uint8Array {
  return new Uint8Array((512 - (size % 512)) % 512);
}

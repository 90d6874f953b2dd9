import { parseHeader } from './tar-header.ts';

/**
 * What an input is, decided by its first bytes and never by its name: Podman writes zstd by
 * default but users often name the file `.tar.gz`.
 */
export type InputKind =
  | 'tar'
  | 'gzip'
  | 'zstd'
  | 'criu-image'
  | 'zip'
  | 'elf'
  | 'pdf'
  | 'xz'
  | 'bzip2'
  | '7z'
  | 'json'
  | 'text'
  | 'empty'
  | 'unknown';

export interface SniffResult {
  kind: InputKind;
  /** A short phrase for people: "zstd-compressed data", "ELF executable", … */
  description: string;
}

/** How many leading bytes sniff() wants (one tar header). */
export const SNIFF_BYTES = 512;

/** CRIU image magics a bare image starts with (little-endian u32 at offset 0). */
export const CRIU_IMAGE_MAGICS: ReadonlyMap<number, string> = new Map([
  [0x54564319, 'IMG_COMMON'],
  [0x55105940, 'IMG_SERVICE'],
  [0x58313116, 'inventory'],
]);

function startsWith(head: Uint8Array, bytes: number[], at = 0): boolean {
  if (head.length < at + bytes.length) return false;
  return bytes.every((b, i) => head[at + i] === b);
}

function looksLikeText(head: Uint8Array): boolean {
  if (head.length === 0) return false;
  let bad = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) bad++;
  }
  // Allow a few control bytes, and UTF-8 (bytes ≥ 0x80) passes as text.
  return bad <= head.length / 100;
}

export function sniff(head: Uint8Array): SniffResult {
  if (head.length === 0) return { kind: 'empty', description: 'an empty file' };
  if (startsWith(head, [0x1f, 0x8b])) return { kind: 'gzip', description: 'gzip-compressed data' };
  if (startsWith(head, [0x28, 0xb5, 0x2f, 0xfd]))
    return { kind: 'zstd', description: 'zstd-compressed data' };
  if (head.length >= 512) {
    const magic = String.fromCharCode(...head.subarray(257, 262));
    const header = parseHeader(head.subarray(0, 512));
    if (magic === 'ustar' || header.kind === 'header')
      return { kind: 'tar', description: 'a tar archive' };
  }
  if (head.length >= 4) {
    const magic = new DataView(head.buffer, head.byteOffset, 4).getUint32(0, true);
    const name = CRIU_IMAGE_MAGICS.get(magic);
    if (name) return { kind: 'criu-image', description: `a CRIU image (${name})` };
  }
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06]))
    return { kind: 'zip', description: 'a ZIP archive' };
  if (startsWith(head, [0x7f, 0x45, 0x4c, 0x46]))
    return { kind: 'elf', description: 'an ELF executable or library' };
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d]))
    return { kind: 'pdf', description: 'a PDF document' };
  if (startsWith(head, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]))
    return { kind: 'xz', description: 'xz-compressed data (not supported: use zstd or gzip)' };
  if (startsWith(head, [0x42, 0x5a, 0x68]))
    return {
      kind: 'bzip2',
      description: 'bzip2-compressed data (not supported: use zstd or gzip)',
    };
  if (startsWith(head, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]))
    return { kind: '7z', description: 'a 7-Zip archive' };
  if (looksLikeText(head)) {
    const first = String.fromCharCode(...head.subarray(0, 64)).trimStart()[0];
    if (first === '{' || first === '[') return { kind: 'json', description: 'JSON text' };
    return { kind: 'text', description: 'plain text' };
  }
  return { kind: 'unknown', description: 'unrecognised binary data' };
}

import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { sniff, type InputKind } from '../../../src/lib/archive/sniff.ts';
import { fixturePath } from './helpers.ts';
import { checksum, tar } from './tar-builder.ts';

function le32(n: number, rest = 8): Uint8Array {
  const b = new Uint8Array(4 + rest);
  new DataView(b.buffer).setUint32(0, n, true);
  return b;
}

const bytes = (...b: number[]) => new Uint8Array(b);
const text = (s: string) => new TextEncoder().encode(s);

describe('sniff', () => {
  const cases: [string, Uint8Array, InputKind][] = [
    ['empty', new Uint8Array(0), 'empty'],
    ['gzip', zlib.gzipSync(Buffer.from('hello')), 'gzip'],
    ['zstd', fs.readFileSync(fixturePath('web.tar.zst')).subarray(0, 512), 'zstd'],
    ['ustar tar', tar([{ name: 'a', data: 'x' }]).subarray(0, 512), 'tar'],
    ['IMG_COMMON image', le32(0x54564319), 'criu-image'],
    ['IMG_SERVICE image', le32(0x55105940), 'criu-image'],
    ['inventory image', le32(0x58313116), 'criu-image'],
    ['zip', bytes(0x50, 0x4b, 0x03, 0x04, 0, 0), 'zip'],
    ['ELF', bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0), 'elf'],
    ['PDF', text('%PDF-1.7\n'), 'pdf'],
    ['xz', bytes(0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0, 4), 'xz'],
    ['bzip2', text('BZh91AY&SY'), 'bzip2'],
    ['7z', bytes(0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4), '7z'],
    ['JSON', text('  {"id": "abc"}'), 'json'],
    ['JSON array', text('[1,2]'), 'json'],
    ['text', text('hello world\nsecond line\n'), 'text'],
    ['binary', bytes(0x00, 0x01, 0x02, 0xff, 0x10, 0x00), 'unknown'],
  ];
  for (const [label, head, kind] of cases) {
    it(`recognises ${label}`, () => {
      const result = sniff(head);
      expect(result.kind).toBe(kind);
      expect(result.description.length).toBeGreaterThan(3);
    });
  }

  it('recognises a pre-POSIX tar header by its checksum alone', () => {
    const block = tar([{ name: 'old', data: 'x' }]).slice(0, 512);
    block.fill(0, 257, 265); // no magic
    checksum(block);
    expect(sniff(block).kind).toBe('tar');
  });

  it('recognises every fixture by its bytes, not its name', () => {
    const expected: Record<string, InputKind> = {
      'kitchen.tar.gz': 'gzip',
      'kitchen.tar.zst': 'zstd',
      'bare-images.tar.gz': 'gzip',
      'memhog-256m.tar.zst': 'zstd',
    };
    for (const [name, kind] of Object.entries(expected)) {
      const head = fs.readFileSync(fixturePath(name)).subarray(0, 512);
      expect(sniff(head).kind).toBe(kind);
    }
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ByteSource } from '../../../src/lib/archive/byte-source.ts';

export const FIXTURES = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../fixtures',
);

export function fixturePath(name: string): string {
  return path.join(FIXTURES, name);
}

export function fixtureBlob(name: string): Promise<Blob> {
  return fs.openAsBlob(fixturePath(name));
}

/** A source that returns at most `max` bytes per read and counts reads (short-read contract). */
export class ShortReadSource implements ByteSource {
  reads = 0;
  readonly size: number;
  constructor(
    readonly bytes: Uint8Array,
    readonly max: number,
  ) {
    this.size = bytes.length;
  }
  async read(offset: number, length: number): Promise<Uint8Array> {
    this.reads++;
    const start = Math.min(offset, this.size);
    return this.bytes.slice(start, Math.min(this.size, start + Math.min(length, this.max)));
  }
}

/** Every byte of a stream, for small test outputs. */
export async function collect(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let pos = 0;
  for (const p of parts) {
    out.set(p, pos);
    pos += p.length;
  }
  return out;
}

/**
 * Byte equality for large buffers: vitest's deep equality walks typed arrays element by
 * element (seconds for a megabyte), so compare with Buffer.equals and report lengths.
 */
export function sameBytes(actual: Uint8Array | undefined, expected: Uint8Array): string {
  if (!actual) return 'missing';
  if (actual.length !== expected.length) return `length ${actual.length} != ${expected.length}`;
  return Buffer.from(actual.buffer, actual.byteOffset, actual.length).equals(
    Buffer.from(expected.buffer, expected.byteOffset, expected.length),
  )
    ? 'same'
    : 'different bytes';
}

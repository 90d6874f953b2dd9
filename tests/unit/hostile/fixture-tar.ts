/** The real fixtures as uncompressed tars (decompressed in the test), cached per file. */
import fs from 'node:fs';
import path from 'node:path';
import { decompress } from '../../../src/lib/archive/decompress.ts';

export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');

const cache = new Map<string, Promise<Uint8Array>>();

export function fixtureBytes(name: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));
}

/** `kitchen.tar.zst` → the tar inside it (zstd or gzip, by the name's suffix). */
export function fixtureTar(name: string): Promise<Uint8Array> {
  let p = cache.get(name);
  if (!p) {
    const kind = name.endsWith('.zst') ? 'zstd' : 'gzip';
    const stream = decompress(kind, new Blob([fixtureBytes(name)]).stream());
    p = new Response(stream).arrayBuffer().then((b) => new Uint8Array(b));
    cache.set(name, p);
  }
  return p;
}

/**
 * Two independent decoders must agree. The worker decodes with our schema-driven wire decoder
 * (decodeImage: byte offsets of defects, unknown fields, exact bigints); protobufjs's static
 * code generated from the same proto/ files is the second opinion. For every entry of every
 * image of every fixture, both must give the same fields and values.
 */
import { describe, expect, it } from 'vitest';
import * as criu from '../../../src/lib/criu/generated/criu.js';
import { decodeImage } from '../../../src/lib/criu/index.ts';
import {
  byFileName,
  IMG_COMMON_MAGIC,
  IMG_SERVICE_MAGIC,
  type MessageName,
} from '../../../src/lib/criu/magic.ts';
import { ALL_ARCHIVES, fixtureImages } from './fixture-images.ts';

interface StaticMessage {
  decode(bytes: Uint8Array): object;
  toObject(message: object, options: object): Record<string, unknown>;
}

const TO_OBJECT = { longs: BigInt, enums: Number, bytes: Uint8Array };

function staticType(name: MessageName): StaticMessage {
  return criu[name] as unknown as StaticMessage;
}

/** The message bodies of a plain CRIU image: [head magic] type magic {u32 size, message}*. */
function messageBodies(bytes: Uint8Array): Uint8Array[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const first = view.getUint32(0, true);
  let at = first === IMG_COMMON_MAGIC || first === IMG_SERVICE_MAGIC ? 8 : 4;
  const out: Uint8Array[] = [];
  while (at + 4 <= bytes.length) {
    const size = view.getUint32(at, true);
    out.push(bytes.subarray(at + 4, at + 4 + size));
    at += 4 + size;
  }
  return out;
}

/** protobufjs leaves empty repeated fields out of toObject; so does the wire decoder. */
function normalise(value: unknown): unknown {
  if (value instanceof Uint8Array) return Array.from(value);
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => !(Array.isArray(v) && v.length === 0))
        .map(([k, v]) => [k, normalise(v)]),
    );
  }
  return value;
}

describe('schema-driven decoder agrees with protobufjs static code', () => {
  for (const archive of ALL_ARCHIVES) {
    it(`${archive}: every entry of every plain image`, async () => {
      const images = await fixtureImages(archive, 'all');
      let compared = 0;
      for (const image of images) {
        const type = byFileName(image.name.split('/').pop() ?? image.name);
        if (!type || (type.kind !== 'entries' && type.kind !== 'pagemap')) continue;
        const ours = decodeImage(image.bytes, image.name);
        expect(ours.problems, image.name).toEqual([]);
        const bodies = messageBodies(image.bytes);
        expect(ours.entries.length, image.name).toBe(bodies.length);
        bodies.forEach((body, i) => {
          const name = type.kind === 'pagemap' && i === 0 ? type.auxMessage! : type.message;
          const T = staticType(name);
          const theirs = T.toObject(T.decode(body), TO_OBJECT);
          expect(normalise(ours.entries[i]), `${image.name} entry ${i}`).toEqual(normalise(theirs));
          compared++;
        });
      }
      expect(compared).toBeGreaterThan(0);
    });
  }
});

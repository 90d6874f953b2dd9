/**
 * The decoding oracle: every image of every fixture archive, decoded and printed as crit JSON,
 * equals what CRIU 4.2's crit printed (tests/fixtures/expected/), plain and pretty, compared
 * both as text and as parsed JSON with exact integers. crit's task_state labels are wrong; the
 * comparison uses `critCompat` for them and crit-labels.test.ts pins the correction.
 * Also: decode → encode gives back the original bytes, from the decoded form and from JSON.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeImage } from '../../../src/lib/criu/decode-image.ts';
import { toCritJson } from '../../../src/lib/criu/crit-json.ts';
import { encodeImage } from '../../../src/lib/criu/encode-image.ts';
import { parseExactJson } from '../../../src/lib/criu/exact-json.ts';
import {
  ALL_ARCHIVES,
  ORACLE_ARCHIVES,
  expectedImages,
  expectedJson,
  fixtureImages,
  type FixtureImage,
} from './fixture-images.ts';

/** Where two byte arrays first differ (-1 when equal); a readable failure, and fast. */
function firstDifference(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : n;
}

function parsed(text: string): unknown {
  const r = parseExactJson(text);
  if (!r.ok) throw new Error(`bad JSON at ${r.at}: ${r.error}`);
  return r.value;
}

describe.each(ORACLE_ARCHIVES)('%s', (archive) => {
  let images: FixtureImage[] = [];
  const expected = expectedImages(archive);

  beforeAll(async () => {
    images = await fixtureImages(archive);
  });

  it('has an image for every crit output, and crit output for every decodable image', () => {
    const names = images.map((i) => i.name);
    expect(expected.filter((e) => !names.includes(e))).toEqual([]);
    const decodable = images.filter((i) => {
      const d = decodeImage(i.bytes, i.name);
      return d.magic !== 'RAW' && d.problems.length === 0;
    });
    expect(decodable.map((i) => i.name)).toEqual(expected);
  });

  it.each([false, true])('decodes every image like crit (pretty: %s)', (pretty) => {
    let equal = 0;
    for (const name of expected) {
      const image = images.find((i) => i.name === name) as FixtureImage;
      const decoded = decodeImage(image.bytes, name);
      expect(decoded.problems, name).toEqual([]);
      const ours = toCritJson(decoded, { pretty, critCompat: true });
      const crit = expectedJson(archive, name, pretty);
      expect(parsed(ours), name).toEqual(parsed(crit));
      expect(ours, name).toBe(crit);
      equal++;
    }
    expect(equal).toBe(expected.length);
  });

  it('encodes every image back to the same bytes (from entries, plain and pretty JSON)', () => {
    for (const name of expected) {
      const image = images.find((i) => i.name === name) as FixtureImage;
      const decoded = decodeImage(image.bytes, name);
      expect(firstDifference(encodeImage(decoded), image.bytes), name).toBe(-1);
      expect(firstDifference(encodeImage(toCritJson(decoded)), image.bytes), name).toBe(-1);
      const pretty = toCritJson(decoded, { pretty: true });
      expect(firstDifference(encodeImage(pretty), image.bytes), name).toBe(-1);
    }
  });

  it('offers raw images as RAW without decoding them', () => {
    for (const image of images.filter((i) => /^(pages-|tmpfs-)/.test(i.name))) {
      expect(decodeImage(image.bytes, image.name)).toEqual({
        magic: 'RAW',
        entries: [],
        problems: [],
      });
    }
  });
});

describe.each(ALL_ARCHIVES)('every image of %s', (archive) => {
  it('decodes without problems and encodes back to the same bytes', async () => {
    const images = await fixtureImages(archive, 'all');
    let decoded = 0;
    for (const image of images) {
      const base = image.name.slice(image.name.lastIndexOf('/') + 1);
      const d = decodeImage(image.bytes, base);
      if (d.magic === 'RAW') continue;
      // Files next to the images that are not CRIU images at all.
      if (base === 'descriptors.json' || base === 'dump.log') {
        expect(
          d.problems.map((p) => p.code),
          base,
        ).toEqual(['unknown-magic']);
        continue;
      }
      expect(d.problems, image.name).toEqual([]);
      expect(firstDifference(encodeImage(d), image.bytes), image.name).toBe(-1);
      decoded++;
    }
    expect(decoded).toBeGreaterThan(10);
  });
});

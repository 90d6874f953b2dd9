/**
 * The `decode` and `encode` CLI commands, run in-process through runCli on the fixture
 * archives; files are written to a temporary directory only.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, expectedImages, expectedJson, fixtureImages } from './fixture-images.ts';
import { cli } from '../cli/run-cli.ts';

const tmp = mkdtempSync(join(tmpdir(), 'cc-criu-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const kitchen = join(FIXTURES, 'kitchen.tar.zst');

describe('decode', () => {
  it('prints one image exactly as crit does', async () => {
    const r = await cli('decode', kitchen, 'pstree.img');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(expectedJson('kitchen.tar.zst', 'pstree.img', false) + '\n');
    const p = await cli('decode', kitchen, 'mm-1.img', '--pretty');
    expect(p.stdout).toBe(expectedJson('kitchen.tar.zst', 'mm-1.img', true) + '\n');
  });

  it('writes every decodable image with --out, and nothing raw', async () => {
    const out = join(tmp, 'plain');
    const r = await cli('decode', kitchen, '--out', out);
    expect(r.code).toBe(0);
    const expected = expectedImages('kitchen.tar.zst');
    expect(readdirSync(out).sort()).toEqual(expected.map((n) => `${n}.json`).sort());
    for (const n of expected) {
      expect(readFileSync(join(out, `${n}.json`), 'utf8')).toBe(
        expectedJson('kitchen.tar.zst', n, false),
      );
    }
  });

  it('--pretty --out writes <image>.pretty.json; --crit-labels gives crit text', async () => {
    const out = join(tmp, 'pretty');
    expect((await cli('decode', kitchen, 'core-1.img', '--pretty', '--out', out)).code).toBe(0);
    expect(readdirSync(out)).toEqual(['core-1.img.pretty.json']);
    const r = await cli('decode', kitchen, 'core-1.img', '--pretty', '--crit-labels');
    expect(r.stdout).toBe(expectedJson('kitchen.tar.zst', 'core-1.img', true) + '\n');
  });

  it('prints several images as one object keyed by image name', async () => {
    const r = await cli('decode', kitchen, 'pstree.img', 'inventory.img');
    const parsed = JSON.parse(r.stdout) as Record<string, { magic: string }>;
    expect(Object.keys(parsed)).toEqual(['pstree.img', 'inventory.img']);
    expect(parsed['inventory.img'].magic).toBe('INVENTORY');
  });

  it('refuses raw and missing images with one line', async () => {
    const raw = await cli('decode', kitchen, 'pages-1.img');
    expect(raw.code).toBe(1);
    expect(raw.stderr).toBe('cc-analyser decode: pages-1.img is a raw image, not entries\n');
    const missing = await cli('decode', kitchen, 'nope.img');
    expect(missing.stderr).toContain('no image nope.img');
  });
});

describe('encode', () => {
  it('turns crit output (plain and pretty) back into the original image bytes', async () => {
    const images = await fixtureImages('kitchen.tar.zst');
    const json = join(tmp, 'core.json');
    for (const name of ['core-1.img', 'pagemap-1.img', 'tcp-stream-6812.img']) {
      const original = images.find((i) => i.name === name)?.bytes;
      expect(original, name).toBeDefined();
      for (const pretty of [false, true]) {
        writeFileSync(json, expectedJson('kitchen.tar.zst', name, pretty));
        const img = join(tmp, `${name}.${pretty}`);
        // crit's own pretty output uses crit's task_state labels.
        const r = await cli('encode', json, '-o', img, ...(pretty ? ['--crit-labels'] : []));
        expect(r.code).toBe(0);
        expect(new Uint8Array(readFileSync(img))).toEqual(original);
      }
    }
  });

  it('reports bad JSON with the entry and field', async () => {
    const json = join(tmp, 'bad.json');
    writeFileSync(json, '{"magic": "CORE", "entries": [{"mtype": "BOGUS"}]}');
    const r = await cli('encode', json, '-o', join(tmp, 'bad.img'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('entry #0: field mtype: unknown enum value BOGUS');
    expect((await cli('encode', json)).code).toBe(2);
  });
});

/**
 * Every file the CLI writes has its SHA-256 shown on stderr as `sha256 <hex>  <path>`, equal
 * to `sha256sum` of the file: memdump -o, memdump --core, decode --out, encode -o, triage --out.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli.ts';
import { FIXTURES } from '../model/fixtures.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const kitchen = path.join(FIXTURES, 'kitchen.tar.zst');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-written-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** `sha256sum FILE`'s line, as the CLI must print it. */
const sha256sum = (file: string) => execFileSync('sha256sum', [file], { encoding: 'utf8' });

describe('files the CLI writes show their SHA-256', () => {
  it('memdump -o and memdump --core', async () => {
    const range = path.join(tmp, 'range.bin');
    const r = await cli(
      'memdump',
      kitchen,
      '--pid',
      '10',
      '--addr',
      '0',
      '--len',
      '0x1000',
      '-o',
      range,
    );
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')).toContain(`sha256 ${sha256sum(range).trimEnd()}`);
    const core = path.join(tmp, 'core.1');
    const c = await cli('memdump', kitchen, '--pid', '1', '--core', '-o', core);
    expect(c.code).toBe(0);
    expect(c.stderr.split('\n')).toContain(`sha256 ${sha256sum(core).trimEnd()}`);
  });

  it('decode --out (one line per file) and encode -o', async () => {
    const dir = path.join(tmp, 'decoded');
    const d = await cli('decode', kitchen, 'pstree.img', 'core-1.img', '--out', dir);
    expect(d.code).toBe(0);
    const lines = d.stderr.split('\n');
    for (const f of ['pstree.img.json', 'core-1.img.json'])
      expect(lines).toContain(`sha256 ${sha256sum(path.join(dir, f)).trimEnd()}`);
    const img = path.join(tmp, 'pstree.img');
    const e = await cli('encode', path.join(dir, 'pstree.img.json'), '-o', img);
    expect(e.code).toBe(0);
    expect(e.stderr.split('\n')).toContain(`sha256 ${sha256sum(img).trimEnd()}`);
  });

  it('triage --out: the whole output file as it is after the run', () => {
    const out = path.join(tmp, 'triage.ndjson');
    // The bundled CLI: triage's worker threads need a script Node loads by itself.
    const r = spawnSync(
      'node',
      ['scripts/cli.mjs', 'triage', kitchen, '--jobs', '1', '--out', out],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr.split('\n')).toContain(`sha256 ${sha256sum(out).trimEnd()}`);
  });
});

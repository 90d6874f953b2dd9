/**
 * `diff` prints both inputs' SHA-256 for the chain of custody, an uncompressed tar (what CRI-O
 * and containerd write) included: it used to hash only what it had to decompress, so such an
 * A had no digest in the report.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run.ts';
import { FIXTURES, fixtureTar } from '../hostile/fixture-tar.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-diff-sha-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('diff: SHA-256 of both sides', () => {
  it("prints A's digest when A is an uncompressed tar, in the text and the JSON", async () => {
    const tar = await fixtureTar('web.tar.zst');
    const a = path.join(tmp, 'web.tar');
    fs.writeFileSync(a, tar);
    const b = path.join(FIXTURES, 'web.tar.zst');
    const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
    let out = '';
    const io = { stdout: (t: string) => (out += t), stderr: () => {} };
    expect(await runCli(['diff', a, b], io)).toBe(0);
    const text = out.split('\n');
    const aAt = text.findIndex((l) => l.includes('Checkpoint A: web.tar'));
    const bAt = text.findIndex((l) => l.includes('Checkpoint B: web.tar.zst'));
    expect(text.slice(aAt, bAt).join('\n')).toContain(`SHA-256: ${digest(tar)}`);
    expect(text.slice(bAt).join('\n')).toContain(`SHA-256: ${digest(fs.readFileSync(b))}`);
    out = '';
    expect(await runCli(['diff', a, b, '--json'], io)).toBe(0);
    expect(JSON.parse(out).container.a.sha256).toBe(digest(tar));
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli } from '../cli/run-cli.ts';
import { fixturePath } from '../archive/helpers.ts';

const kitchen = fixturePath('kitchen.tar.zst');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-memory-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('cli search / memdump / strings', () => {
  it('search --regex --utf8 finds UTF-8 text by its letters and shows its context as UTF-8', async () => {
    const shell = fixturePath('shell.tar.zst');
    const withUtf8 = await cli('search', shell, '--regex', 'caf[eé]', '--utf8', '--json');
    expect(withUtf8.code).toBe(0);
    const hits = JSON.parse(withUtf8.stdout) as Array<{ match: string; text: string }>;
    const cafe = hits.filter((h) => h.match === '636166c3a9');
    expect(cafe.length).toBeGreaterThan(0);
    expect(cafe.some((h) => h.text.includes('naïve café'))).toBe(true);
    // Without --utf8 the regex reads one character per byte: é is not the two bytes c3 a9.
    const latin1 = await cli('search', shell, '--regex', 'caf[eé]', '--json');
    const old = JSON.parse(latin1.stdout) as Array<{ match: string }>;
    expect(old.filter((h) => h.match === '636166c3a9')).toEqual([]);
    const wrong = await cli('search', shell, '--string', 'café', '--utf8');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--utf8 goes with --regex only');
  });

  it('search --string --json lists pid and hex address of every match', async () => {
    const r = await cli('search', kitchen, '--string', '--token=argv-canary-19c2', '--json');
    expect(r.code).toBe(0);
    const matches = JSON.parse(r.stdout) as Array<{
      pid: number;
      address: string;
      vma: { kind: string };
      text: string;
    }>;
    expect(matches.map((m) => m.pid).sort()).toEqual([1, 11, 6]);
    for (const m of matches) {
      expect(m.address).toMatch(/^0x[0-9a-f]+$/);
      expect(m.vma.kind).toBe('stack');
      expect(m.text).toContain('--token=argv-canary-19c2');
    }
  });

  it('search prints a table with dots for non-printable bytes; --pid, --regex, --ignore-case, --hex', async () => {
    const t = await cli(
      'search',
      kitchen,
      '--regex',
      'forensic_marker=[a-z0-9-]+',
      '--ignore-case',
      '--pid',
      '10',
    );
    expect(t.code).toBe(0);
    expect(t.stdout).toMatch(/^PID\s+ADDRESS\s+VMA\s+CONTEXT/);
    expect(t.stdout).toMatch(
      /10\s+0x[0-9a-f]+\s+\S+ rw-p \[stack\]\s+.*\.FORENSIC_MARKER=env-canary-7f3a\./,
    );
    const h = await cli('search', kitchen, '--hex', '73 6b 2d ?? 65 73 74', '--pid', '1', '--json');
    expect((JSON.parse(h.stdout) as unknown[]).length).toBeGreaterThan(0);
    const u = await cli('search', kitchen, '--string', 'env-canary-7f3a', '--utf16', '--json');
    expect(JSON.parse(u.stdout)).toEqual([]);
  });

  it('search rejects bad usage with exit code 2', async () => {
    expect((await cli('search', kitchen)).code).toBe(2);
    expect((await cli('search', kitchen, '--string', 'a', '--hex', '00')).code).toBe(2);
    expect((await cli('search', kitchen, '--hex', 'zz')).code).toBe(2);
    expect((await cli('search', kitchen, '--regex', '(')).code).toBe(2);
    expect((await cli('search', kitchen, '--string', 'a', '--context', '-1')).code).toBe(2);
    const none = await cli('search', kitchen, '--string', 'x', '--pid', '999');
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/no process 999/);
  });

  it('memdump writes the bytes and lists what was not dumped on stderr', async () => {
    const found = JSON.parse(
      (await cli('search', kitchen, '--string', '{"api_key"', '--pid', '1', '--json')).stdout,
    ) as Array<{
      address: string;
    }>;
    const out = path.join(tmp, 'key.bin');
    const r = await cli(
      'memdump',
      kitchen,
      '--pid',
      '1',
      '--addr',
      found[0].address,
      '--len',
      '32',
      '-o',
      out,
    );
    expect(r.code).toBe(0);
    expect(fs.readFileSync(out, 'latin1')).toBe('{"api_key":"sk-test-51f0c0ffee"}');
    // Nothing is mapped at address 0: the file still gets the bytes, as zeros, and says so.
    const gap = await cli(
      'memdump',
      kitchen,
      '--pid',
      '10',
      '--addr',
      '0',
      '--len',
      '0x1000',
      '-o',
      path.join(tmp, 'zero.bin'),
    );
    expect(gap.stderr).toMatch(/0x0-0x1000 .*unmapped, written as zeros/);
    expect(fs.readFileSync(path.join(tmp, 'zero.bin')).length).toBe(4096);
  });

  it('strings --json includes the env canary; text output has addresses', async () => {
    const j = await cli('strings', kitchen, '--pid', '1', '--min', '10', '--json');
    expect(j.code).toBe(0);
    const list = JSON.parse(j.stdout) as Array<{ text: string; address: string; encoding: string }>;
    expect(
      list.some((s) => s.text === 'FORENSIC_MARKER=env-canary-7f3a' && s.encoding === 'ascii'),
    ).toBe(true);
    const t = await cli('strings', kitchen, '--pid', '10', '--min', '8', '--ascii');
    expect(t.stdout).toMatch(/^\s*0x[0-9a-f]+ a \S/m);
    expect((await cli('strings', kitchen)).code).toBe(2);
  });

  it('memdump --core writes an ELF core file', async () => {
    const out = path.join(tmp, 'core.1');
    const r = await cli('memdump', kitchen, '--pid', '1', '--core', '-o', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/wrote an ELF core file of pid 1/);
    const head = fs.readFileSync(out).subarray(0, 20);
    expect([...head.subarray(0, 4)]).toEqual([0x7f, 0x45, 0x4c, 0x46]);
    expect(head.readUInt16LE(16)).toBe(4);
    expect((await cli('memdump', kitchen, '--pid', '99', '--core', '-o', out)).code).toBe(1);
  });
});

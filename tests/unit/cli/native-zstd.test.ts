import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArchive, openBytes } from '../../../src/lib/archive/open-archive.ts';
import { isPagesMember } from '../../../src/lib/archive/open-compressed.ts';
import type { Archive } from '../../../src/lib/archive/types.ts';
import { chooseZstd, type Decompressor } from '../../../src/cli/native-zstd.ts';
import { openPath } from '../../../src/cli/open-path.ts';
import { TempFileSink } from '../../../src/cli/temp-file-sink.ts';
import { summarize } from '../../../src/lib/summary/index.ts';
import { fixturePath } from '../archive/helpers.ts';

/** Whether the optional native addon built at install on this machine. */
function napiInstalled(): boolean {
  try {
    createRequire(import.meta.url)('zstd-napi/binding');
    return true;
  } catch {
    return false;
  }
}

const ZSTD_FIXTURES = [
  'kitchen.tar.zst',
  'lifecycle.tar.zst',
  'pod-kitchen-web.tar.zst',
  'memhog-256m.tar.zst',
];

/** Every member with the SHA-256 of its data (or why it has none), and the problems. */
async function fingerprint(archive: Archive): Promise<unknown> {
  const members: string[] = [];
  for (const m of archive.members) {
    let data = 'no data';
    const source = archive.source(m.path);
    if (source) {
      const hash = createHash('sha256');
      for (let at = 0; at < source.size; at += 8 << 20)
        hash.update(await source.read(at, Math.min(8 << 20, source.size - at)));
      data = hash.digest('hex');
    }
    members.push(`${m.path} ${m.size} ${data}`);
  }
  return { members, problems: archive.problems.map((p) => [p.code, p.file]) };
}

async function openWith(bytes: Uint8Array, unzstd: Decompressor | undefined): Promise<Archive> {
  return openBytes(bytes, { name: 'input.tar.zst', ...(unzstd ? { unzstd } : {}) });
}

describe('the CLI’s zstd decoder choice', () => {
  it('picks the native addon when it is installed, the WebAssembly decoder otherwise', () => {
    // Node 20 has no zlib zstd; a Node with one would pick it first.
    const expected = napiInstalled() ? 'napi' : 'wasm';
    expect(chooseZstd().name).toBe(expected);
    expect(chooseZstd('wasm')).toEqual({ name: 'wasm' });
    if (!napiInstalled()) expect(() => chooseZstd('napi')).toThrow(/not installed/);
    expect(() => chooseZstd('bogus')).toThrow(/zlib, napi or wasm/);
  });

  it.each(ZSTD_FIXTURES)('%s: the native decoder gives the same members and bytes', async (f) => {
    const choice = chooseZstd();
    const bytes = new Uint8Array(fs.readFileSync(fixturePath(f)));
    const wasm = await openWith(bytes, undefined);
    const ours = await openWith(bytes, choice.decompress);
    expect(await fingerprint(ours)).toEqual(await fingerprint(wasm));
    expect(wasm.problems).toEqual([]);
  });

  it('a cut and a damaged stream give the same problems and keep the same members', async () => {
    const choice = chooseZstd();
    const whole = new Uint8Array(fs.readFileSync(fixturePath('kitchen.tar.zst')));
    const cut = whole.slice(0, Math.floor(whole.length * 0.6));
    const damaged = whole.slice();
    for (let i = 20_000; i < 20_400; i++) damaged[i] ^= 0x5a;
    for (const input of [cut, damaged]) {
      const wasm = await openWith(input, undefined);
      const ours = await openWith(input, choice.decompress);
      const codes = (a: Archive) => a.problems.map((p) => p.code);
      expect(codes(ours)).toEqual(codes(wasm));
      expect(
        codes(ours).some((c) => c === 'truncated-archive' || c === 'decompression-error'),
      ).toBe(true);
      // Every member kept by one decoder before the damage is kept by the other.
      const intact = (a: Archive) => a.members.filter((m) => m.available && !m.truncated);
      expect(intact(ours).length).toBeGreaterThan(0);
      expect(intact(ours).map((m) => m.path)).toEqual(intact(wasm).map((m) => m.path));
    }
    expect((await openWith(cut, choice.decompress)).problems[0]?.code).toBe('truncated-archive');
  });
});

describe('members a command does not read are not stored', () => {
  let tmpRoot: string;
  beforeEach(() => {
    tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-keep-test-'));
  });
  afterEach(() => fs.rmSync(tmpRoot, { recursive: true, force: true }));

  it('skipped pages are listed with their size, never written, and say why they cannot be read', async () => {
    const file = fixturePath('memhog-256m.tar.zst');
    const sink = new TempFileSink({ tmpRoot });
    const created: string[] = [];
    const create = sink.create.bind(sink);
    sink.create = (name, size) => {
      created.push(name);
      return create(name, size);
    };
    const blob = await fs.openAsBlob(file);
    const skipping = await openArchive(blob, {
      name: 'memhog-256m.tar.zst',
      largeMemberSink: sink,
      keepMember: (p) => !isPagesMember(p),
    });
    const keeping = await openPath(file);
    try {
      expect(created).toEqual([]);
      expect(fs.readdirSync(tmpRoot)).toEqual([]);
      const pages = skipping.members.find((m) => isPagesMember(m.path) && m.size > 1 << 20);
      expect(pages?.skipped).toBe(true);
      expect(pages?.available).toBe(false);
      // `show` says the same with and without the pages (their size comes from the tar header).
      const a = await summarize(skipping);
      const b = await summarize(keeping);
      expect(a.containers[0]?.memoryPagesSize).toBeGreaterThan(256 << 20);
      expect({ ...a, sha256: undefined }).toEqual({ ...b, sha256: undefined });
      const store = skipping.layout.containers[0]!.images;
      const name = pages!.path.split('/').pop()!;
      expect(store.size(name)).toBe(pages!.size);
      await expect(store.read(name)).rejects.toThrow(/not kept: this command does not read it/);
    } finally {
      await skipping.dispose();
      await keeping.dispose();
    }
  });
});

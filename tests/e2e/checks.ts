/**
 * What the page must show for each fixture, and the page steps shared by the served and the
 * file:// tests. Expected values come from the fixtures' config.dump and tar listings
 * (tests/fixtures/README.md describes how they were made).
 */
import { expect } from 'vitest';
import type { Page as BrowserPage } from 'playwright-core';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createWriteStream, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zstdDecompress } from '../../src/lib/archive/zstd.ts';
import { FIXTURES } from './harness.ts';

export interface ContainerExpectation {
  engine: string;
  name?: string;
  image?: string;
  id?: string;
  runtime?: string;
  created?: string;
  rootfs?: string;
}

export interface FixtureExpectation {
  format: RegExp;
  engine: string;
  container: ContainerExpectation;
  /** A member that must be listed. */
  member: string;
}

const temps: string[] = [];

/** A fresh temp dir for made-up inputs; `removeTemps` deletes them all. */
async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

export async function removeTemps(): Promise<void> {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

const KITCHEN: ContainerExpectation = {
  engine: 'Podman',
  name: 'kitchen',
  image: 'localhost/ckdemo:1',
  id: '9a24dbbe2c2b0f2fccdd9c1ba77baa8ba40bd9d9d3e52ffe5ae663d6627cf1c6',
  runtime: 'runc',
  created: '2026-11-28 11:52:59 UTC',
  rootfs: '4.5 KiB',
};

export const EXPECTED: Record<string, FixtureExpectation> = {
  'kitchen.tar.zst': {
    format: /zstd/i,
    engine: 'Podman',
    container: KITCHEN,
    member: 'checkpoint/pstree.img',
  },
  'kitchen.tar.gz': {
    format: /gzip/i,
    engine: 'Podman',
    container: KITCHEN,
    member: 'checkpoint/pstree.img',
  },
  'kitchen.tar': {
    format: /tar/i,
    engine: 'Podman',
    container: KITCHEN,
    member: 'checkpoint/pstree.img',
  },
  'bare-images.tar.gz': {
    format: /gzip/i,
    engine: 'CRIU (no engine)',
    container: { engine: 'CRIU (no engine)' },
    member: 'img/inventory.img',
  },
};

/** An uncompressed tar, as CRI-O and `podman --compress none` write, made from the zstd one. */
export async function makeUncompressedKitchen(): Promise<string> {
  const dir = await tempDir('cc-analyser-e2e-tar-');
  const zst = readFileSync(path.join(FIXTURES, 'kitchen.tar.zst'));
  const out = zstdDecompress(new Blob([zst]).stream());
  const chunks: Uint8Array[] = [];
  for await (const chunk of out as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
  const file = path.join(dir, 'kitchen.tar');
  await writeFile(file, Buffer.concat(chunks));
  return file;
}

/** A ustar header for a regular file (enough for the archive layer's parser). */
function tarHeader(name: string, size: number): Buffer {
  const header = Buffer.alloc(512);
  const put = (text: string, at: number) => header.write(text, at, 'utf8');
  put(name, 0);
  put('0000644\0', 100);
  put('0000000\0', 108);
  put('0000000\0', 116);
  put(size.toString(8).padStart(11, '0') + '\0', 124);
  put('00000000000\0', 136);
  put('        ', 148);
  put('0', 156);
  put('ustar\0' + '00', 257);
  let sum = 0;
  for (const b of header) sum += b;
  put(sum.toString(8).padStart(6, '0') + '\0 ', 148);
  return header;
}

/** An uncompressed tar of small in-memory files. */
export async function makeTar(
  name: string,
  files: Record<string, string | Buffer>,
): Promise<string> {
  const dir = await tempDir('cc-analyser-e2e-made-');
  const parts: Buffer[] = [];
  for (const [path_, content] of Object.entries(files)) {
    const data = Buffer.from(content);
    parts.push(
      tarHeader(path_, data.length),
      data,
      Buffer.alloc((512 - (data.length % 512)) % 512),
    );
  }
  parts.push(Buffer.alloc(1024));
  const file = path.join(dir, name);
  await writeFile(file, Buffer.concat(parts));
  return file;
}

/**
 * A gzip tar whose one member is `mib` MiB of zeros (about 1000:1, under the archive layer's
 * bomb ratio): tiny on disk, but seconds of decompression in the page, long enough to watch
 * progress and press Cancel.
 */
export async function makeSlowArchive(mib: number): Promise<string> {
  const dir = await tempDir('cc-analyser-e2e-slow-');
  const file = path.join(dir, 'slow.tar.gz');
  const header = tarHeader('checkpoint/pages-1.img', mib * 1024 * 1024);
  async function* tar() {
    yield header;
    const zeros = Buffer.alloc(1024 * 1024);
    for (let i = 0; i < mib; i++) yield zeros;
    yield Buffer.alloc(1024);
  }
  await pipeline(Readable.from(tar()), createGzip({ level: 1 }), createWriteStream(file));
  return file;
}

const text = async (page: BrowserPage, testId: string) =>
  ((await page.getByTestId(testId).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

/** Gives the page a file through its file input and waits for the summary (or an error). */
export async function openThroughInput(page: BrowserPage, file: string): Promise<void> {
  await page.getByTestId('file-input').setInputFiles(file);
  await page.locator('[data-testid="summary"], [data-testid="error"]').first().waitFor();
  const error = await page.getByTestId('error').count();
  if (error) throw new Error(`the page reported: ${await text(page, 'error')}`);
}

export async function checkSummary(page: BrowserPage, expected: FixtureExpectation) {
  expect(await text(page, 'input-description')).toMatch(expected.format);
  expect(await text(page, 'engine')).toBe(expected.engine);
  const c = expected.container;
  const card = page.getByTestId('container-0');
  const cell = async (id: string) =>
    ((await card.getByTestId(id).textContent()) ?? '').replace(/\s+/g, ' ').trim();
  expect(await cell('c-engine')).toBe(c.engine);
  if (c.name) expect(await cell('c-name')).toBe(c.name);
  if (c.image) expect(await cell('c-image')).toBe(c.image);
  if (c.id) expect(await cell('c-id')).toBe(c.id);
  if (c.runtime) expect(await cell('c-runtime')).toBe(c.runtime);
  if (c.created) expect(await cell('c-created')).toBe(c.created);
  if (c.rootfs) expect(await cell('c-rootfs-size')).toBe(c.rootfs);
  // Every fixture holds memory pages and a non-empty checkpoint.
  expect(await cell('c-pages-size')).toMatch(/MiB$/);
  expect(await cell('c-checkpoint-size')).toMatch(/MiB$/);
  await page
    .getByTestId('members')
    .getByRole('cell', { name: expected.member, exact: true })
    .waitFor();
}

/**
 * A synthetic drag of `file` onto the page: the page's own DataTransfer holding a File made
 * from it. Dispatch `dragenter` with it to show the overlay, then `drop` to drop it.
 */
export async function fileTransfer(page: BrowserPage, file: string) {
  const bytes = (await readFile(file)).toString('base64');
  return page.evaluateHandle(
    ([b64, name]) => {
      const dt = new DataTransfer();
      const raw = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      dt.items.add(new File([raw], name));
      return dt;
    },
    [bytes, path.basename(file)] as const,
  );
}

/**
 * The served build (dist/ through scripts/serve.mjs, with its CSP header) in headless
 * Chromium: each fixture through the file input, a dropped-folder equivalent, the built-in
 * example — and no request outside the origin, no console error, no CSP violation.
 */
import { afterAll, beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FIXTURES, SHOTS, screenshot } from './harness.ts';
import { CLEAN as clean, servedChromium } from './suite.ts';
import {
  EXPECTED,
  checkSummary,
  fileTransfer,
  makeSlowArchive,
  makeTar,
  makeUncompressedKitchen,
  openThroughInput,
  removeTemps,
} from './checks.ts';

const served = servedChromium();
const page = () => served.page();
let uncompressed: string;
let slow: string;

beforeAll(async () => {
  [uncompressed, slow] = await Promise.all([makeUncompressedKitchen(), makeSlowArchive(2048)]);
});
afterAll(async () => {
  await removeTemps();
});

describe('served build', () => {
  const inputs: [string, () => string][] = [
    ['kitchen.tar.zst', () => path.join(FIXTURES, 'kitchen.tar.zst')],
    ['kitchen.tar.gz', () => path.join(FIXTURES, 'kitchen.tar.gz')],
    ['kitchen.tar', () => uncompressed],
    ['bare-images.tar.gz', () => path.join(FIXTURES, 'bare-images.tar.gz')],
  ];
  for (const [name, file] of inputs) {
    test(`opens ${name} through the file input and shows its summary`, async () => {
      const { page: p, offences, collectCsp } = await page();
      await openThroughInput(p, file());
      await checkSummary(p, EXPECTED[name]!);
      // Served from localhost, large members of a compressed archive go to OPFS.
      if (name.endsWith('.tar')) expect(await p.getByTestId('storage').count()).toBe(0);
      else expect(await p.getByTestId('storage').textContent()).toContain('OPFS');
      // The input's SHA-256 appears once hashed in the background, in the hash worker.
      const digest = createHash('sha256')
        .update(await readFile(file()))
        .digest('hex');
      await p.getByTestId('sha256').getByText(digest).waitFor();
      expect(
        p
          .workers()
          .map((w) => w.url())
          .some((u) => /hash\.worker/.test(u)),
      ).toBe(true);
      await screenshot(p, `served-${name}`);
      await collectCsp();
      expect(offences).toEqual(clean);
    });
  }

  test('opens a folder of CRIU images as a bare images directory', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cc-analyser-e2e-folder-'));
    execFileSync('tar', ['xzf', path.join(FIXTURES, 'bare-images.tar.gz'), '-C', dir]);
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const { page: p, offences, collectCsp } = await page();
    await p.getByTestId('folder-input').setInputFiles(path.join(dir, 'img'));
    await p.getByTestId('summary').waitFor();
    expect(await p.getByTestId('engine').textContent()).toContain('CRIU (no engine)');
    await p.getByTestId('members').getByRole('cell', { name: 'img/pstree.img' }).waitFor();
    await collectCsp();
    expect(offences).toEqual(clean);
  });

  test('opens the built-in example with one click', async () => {
    const { page: p, offences, collectCsp } = await page();
    await screenshot(p, 'served-landing');
    await p.getByTestId('example').click();
    await p.getByTestId('summary').waitFor();
    await checkSummary(p, EXPECTED['kitchen.tar.zst']!);
    await collectCsp();
    expect(offences).toEqual(clean);
  });

  test('the navigation works by keyboard and by URL hash; images decode and download', async () => {
    const { page: p, offences, collectCsp } = await page();
    await openThroughInput(p, path.join(FIXTURES, 'kitchen.tar.zst'));
    // Each view has a number key, shown in its nav link's title ("Images (N)").
    const key = async (label: string) =>
      /\((\d)\)$/.exec(
        (await p.getByRole('link', { name: label, exact: true }).getAttribute('title')) ?? '',
      )?.[1] ?? '';
    await p.keyboard.press(await key('Images'));
    await p.waitForURL(/#\/images$/);
    const table = p.getByTestId('images-table');
    await table.getByRole('link', { name: 'pstree.img', exact: true }).click();
    await p.waitForURL(/#\/images\/0\/pstree\.img$/);
    const entries = p.getByTestId('entries');
    // pstree of the kitchen checkpoint: pid 1 and its children.
    await entries.locator('summary').first().click();
    await entries.getByText('"pid": 1,').first().waitFor();
    await p.screenshot({ path: path.join(SHOTS, 'served-pstree.png') });
    const [download] = await Promise.all([
      p.waitForEvent('download'),
      p.getByRole('button', { name: 'Download crit JSON' }).click(),
    ]);
    const saved = await download.path();
    const expected = await readFile(
      path.join(FIXTURES, 'expected/kitchen.tar.zst/pstree.img.json'),
      'utf8',
    );
    expect(await readFile(saved, 'utf8')).toBe(expected);
    // A raw image is shown as bytes.
    await table.getByRole('link', { name: 'pages-1.img', exact: true }).click();
    await p.getByTestId('hexdump').waitFor();
    await screenshot(p, 'served-images');
    await p.keyboard.press(await key('Overview'));
    await p.waitForURL(/#\/overview$/);
    await p.getByTestId('summary').waitFor();
    await collectCsp();
    expect(offences).toEqual(clean);
  });

  test('opens a checkpoint dropped anywhere on the page', async () => {
    const { page: p, offences, collectCsp } = await page();
    const data = await fileTransfer(p, path.join(FIXTURES, 'kitchen.tar.zst'));
    await p.dispatchEvent('body', 'dragenter', { dataTransfer: data });
    await p.getByText('Drop a checkpoint archive, or a folder of CRIU images').waitFor();
    await screenshot(p, 'served-drop-overlay');
    await p.dispatchEvent('body', 'drop', { dataTransfer: data });
    await p.getByTestId('summary').waitFor();
    await checkSummary(p, EXPECTED['kitchen.tar.zst']!);
    await collectCsp();
    expect(offences).toEqual(clean);
  });

  test('shows staged progress while opening and Cancel returns to the start', async () => {
    const { page: p, offences, collectCsp } = await page();
    await p.getByTestId('file-input').setInputFiles(slow);
    await p.getByTestId('stage').getByText('decompressing').waitFor();
    await p.getByTestId('unpacked').waitFor();
    await p.getByRole('button', { name: 'Cancel' }).click();
    await p.getByTestId('file-input').waitFor({ state: 'attached' });
    expect(await p.getByTestId('summary').count()).toBe(0);
    // Once more, to look at the progress panel.
    await p.getByTestId('file-input').setInputFiles(slow);
    await p.getByTestId('unpacked').waitFor();
    await screenshot(p, 'served-progress');
    await p.getByRole('button', { name: 'Cancel' }).click();
    // The next input opens normally.
    await openThroughInput(p, path.join(FIXTURES, 'kitchen.tar.gz'));
    await checkSummary(p, EXPECTED['kitchen.tar.gz']!);
    await collectCsp();
    expect(offences).toEqual(clean);
  });

  test('a pod checkpoint shows one card per container', async () => {
    const { page: p, offences, collectCsp } = await page();
    await openThroughInput(p, path.join(FIXTURES, 'pod-kitchen-web.tar.zst'));
    expect(await p.getByTestId('engine').textContent()).toContain('pod checkpoint');
    await p.getByTestId('container-1').waitFor();
    const names = await p.getByTestId('c-name').allTextContents();
    expect(names.map((n) => n.trim()).sort()).toEqual(['kitchen', 'web']);
    await collectCsp();
    expect(offences).toEqual(clean);
  });

  test('a damaged archive still shows what was read, and a warnings panel', async () => {
    const { page: p, offences, collectCsp } = await page();
    const whole = await readFile(path.join(FIXTURES, 'kitchen.tar.gz'));
    const dir = await mkdtemp(path.join(tmpdir(), 'cc-analyser-e2e-damaged-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const cut = path.join(dir, 'kitchen-truncated.tar.gz');
    await writeFile(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    await openThroughInput(p, cut);
    const warnings = p.getByTestId('warnings');
    await warnings.waitFor();
    expect(await warnings.textContent()).toMatch(/truncated/);
    await p
      .getByTestId('members')
      .getByRole('cell', { name: 'config.dump', exact: true })
      .waitFor();
    await screenshot(p, 'served-damaged');
    await collectCsp();
    expect(offences).toEqual(clean);
  });

  test('something that is not a checkpoint is named for what it is', async () => {
    const { page: p, offences, collectCsp } = await page();
    const dir = await mkdtemp(path.join(tmpdir(), 'cc-analyser-e2e-junk-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const zip = path.join(dir, 'evidence.tar.gz');
    // A zip's local file header, whatever the file name says.
    await writeFile(zip, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(600, 1)]));
    await openThroughInput(p, zip);
    const warnings = p.getByTestId('warnings');
    await warnings.waitFor();
    expect(await warnings.textContent()).toMatch(/not a checkpoint archive/);
    await collectCsp();
    expect(offences).toEqual(clean);
  });

  test('markup in checkpoint strings is shown as text, never run', async () => {
    const { page: p, offences, collectCsp } = await page();
    const hostile = '<img src=x onerror="document.title=1">';
    const file = await makeTar('hostile.tar', {
      'config.dump': JSON.stringify({
        id: 'abc',
        name: `<script>alert(1)</script>`,
        runtime: hostile,
      }),
      'spec.dump': JSON.stringify({ annotations: { 'io.container.manager': 'libpod' } }),
      [`checkpoint/${hostile}.img`]: 'not really an image',
    });
    let dialogs = 0;
    p.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await openThroughInput(p, file);
    expect(await p.getByTestId('c-name').textContent()).toBe('<script>alert(1)</script>');
    expect(await p.getByTestId('c-runtime').textContent()).toBe(hostile);
    await p.getByTestId('members').getByText(`checkpoint/${hostile}.img`).waitFor();
    expect(await p.locator('main img, main script').count()).toBe(0);
    expect(dialogs).toBe(0);
    expect(await p.title()).not.toBe('1');
    await collectCsp();
    expect(offences).toEqual(clean);
  });

  test('the server sends the strict CSP header', async () => {
    const res = await fetch(served.server.url);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).not.toContain("'unsafe-inline'");
  });
});

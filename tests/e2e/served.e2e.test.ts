/**
 * The served build (dist/ through scripts/serve.mjs, with its CSP header) in headless
 * Chromium: each fixture through the file input, a dropped-folder equivalent, the built-in
 * example — and no request outside the origin, no console error, no CSP violation.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtemp, readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  FIXTURES,
  SHOTS,
  launchChromium,
  screenshot,
  startServer,
  watchedPage,
  type Browser,
  type Served,
} from './harness.ts';
import { EXPECTED, checkSummary, makeUncompressedKitchen, openThroughInput } from './checks.ts';

let server: Served;
let browser: Browser;
let uncompressed: string;

beforeAll(async () => {
  [server, browser, uncompressed] = await Promise.all([
    startServer(),
    launchChromium(),
    makeUncompressedKitchen(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function page() {
  const origin = new URL(server.url).origin;
  const watched = await watchedPage(browser.context, (url) => new URL(url).origin === origin);
  await watched.page.goto(server.url);
  return watched;
}

const clean = { offOrigin: [], consoleErrors: [], pageErrors: [], cspViolations: [] };

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
      await screenshot(p, `served-${name}`);
      await collectCsp();
      expect(offences).toEqual(clean);
    });
  }

  test('opens a folder of CRIU images as a bare images directory', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cc-analyser-e2e-folder-'));
    execFileSync('tar', ['xzf', path.join(FIXTURES, 'bare-images.tar.gz'), '-C', dir]);
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
    await p.keyboard.press('2');
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
    await p.keyboard.press('1');
    await p.waitForURL(/#\/overview$/);
    await p.getByTestId('summary').waitFor();
    await collectCsp();
    expect(offences).toEqual(clean);
  });

  test('the server sends the strict CSP header', async () => {
    const res = await fetch(server.url);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).not.toContain("'unsafe-inline'");
  });
});

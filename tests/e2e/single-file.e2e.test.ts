/**
 * The single-file build, opened from file:// as on an air-gapped laptop (double-click): the
 * inlined classic worker must start from the null origin, under the file's meta CSP.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  DIST,
  FIXTURES,
  SINGLE_FILE_URL,
  launchChromium,
  screenshot,
  watchedPage,
  type Browser,
} from './harness.ts';
import { EXPECTED, checkSummary, openThroughInput } from './checks.ts';
import { CLEAN as clean } from './suite.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('single HTML file from file://', () => {
  test('carries a meta CSP with script hashes and references no other file', async () => {
    const html = await readFile(path.join(DIST, 'cc-analyser.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/script-src 'sha256-/);
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).not.toContain("'unsafe-inline'");
    // Match on a boolean so a failure does not print the whole inlined page.
    expect(/<script[^>]+src=|<link[^>]+rel="stylesheet"/.test(html)).toBe(false);
  });

  for (const name of ['kitchen.tar.zst', 'kitchen.tar.gz']) {
    test(`opens ${name}`, async () => {
      const { page, offences, collectCsp } = await watchedPage(
        browser.context,
        (url) => url === SINGLE_FILE_URL,
      );
      await page.goto(SINGLE_FILE_URL);
      // No example on file://: the page says why instead of offering a broken button.
      expect(await page.getByTestId('example').count()).toBe(0);
      let started = 0;
      page.on('worker', () => started++);
      await openThroughInput(page, path.join(FIXTURES, name));
      await checkSummary(page, EXPECTED[name]!);
      // No OPFS from a null origin: large members are held in memory.
      expect(await page.getByTestId('storage').textContent()).toContain('memory');
      // The chain-of-custody hash runs in its own inlined worker (WebAssembly under the
      // file's CSP) beside the analyser.
      const digest = createHash('sha256')
        .update(await readFile(path.join(FIXTURES, name)))
        .digest('hex');
      await page.getByTestId('sha256').getByText(digest).waitFor();
      // The zstd archive is decoded on a worker of its own (inlined, started by the analyser's
      // from a blob: URL), which ends with the open: three started, two left.
      expect(started).toBe(name.endsWith('.zst') ? 3 : 2);
      expect(page.workers()).toHaveLength(2);
      // Both workers may compile WebAssembly under the page's CSP (zstd, the SHA-256): with
      // it refused the hash would fall back to the slower TypeScript one, silently.
      for (const worker of page.workers())
        expect(
          await worker.evaluate(async () => {
            const empty = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);
            return (await WebAssembly.compile(empty)) instanceof WebAssembly.Module;
          }),
        ).toBe(true);
      await screenshot(page, `file-${name}`);
      await collectCsp();
      expect(offences).toEqual(clean);
    });
  }

  test('compares two checkpoints from file:// too (B held in memory)', async () => {
    const { page, offences, collectCsp } = await watchedPage(
      browser.context,
      (url) => url === SINGLE_FILE_URL,
    );
    await page.goto(SINGLE_FILE_URL);
    await openThroughInput(page, path.join(FIXTURES, 'kitchen.tar.zst'));
    await page.getByRole('link', { name: 'Compare' }).click();
    await page.getByTestId('compare-input').setInputFiles(path.join(FIXTURES, 'kitchen.tar.gz'));
    await page.getByTestId('compare-summary').waitFor();
    await page.getByTestId('diff-memory-start').click();
    await page.getByTestId('diff-memory-summary').waitFor();
    expect(await page.getByTestId('diff-memory-summary').textContent()).toMatch(
      /^\s*7 of 6,521 pages dumped in both changed/,
    );
    await collectCsp();
    expect(offences).toEqual(clean);
  });
});

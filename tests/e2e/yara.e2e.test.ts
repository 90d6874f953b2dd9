/**
 * The YARA view in headless Chromium, served and from file:// (the engine is WebAssembly
 * compiled under the CSP, with no eval): drop a rules file on the view, see the hits in
 * memory and in files, open a memory hit in the hex view and a file hit at its offset; a rule
 * with a syntax error gives its line. No request outside the origin, no console error, no CSP
 * violation.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { FIXTURES, SHOTS, SINGLE_FILE_URL, screenshot, watchedPage } from './harness.ts';
import { fileTransfer, openThroughInput } from './checks.ts';
import { CLEAN as clean, servedChromium } from './suite.ts';

const RULES = `rule env_marker : canary
{
  meta:
    severity = "high"
  strings:
    $e = "forensic_marker=env-canary-7f3a" nocase
  condition:
    $e
}

rule ghost_file
{
  strings:
    $g = "ghost-content: this file"
  condition:
    $g at 0
}
`;

const served = servedChromium();
let dir: string;
let rulesPath: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'yara-e2e-'));
  rulesPath = path.join(dir, 'kitchen.yar');
  await writeFile(rulesPath, RULES);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function scanned(page: Page) {
  await page.getByTestId('yara-start').click();
  await page
    .locator('[data-testid="yara-status"][data-running="false"]')
    .waitFor({ timeout: 240_000 });
}

describe('YARA view', () => {
  test('a dropped rules file finds the env canary in memory and the ghost file; a hit opens the hex view', async () => {
    const { page, offences, collectCsp } = await served.open(
      path.join(FIXTURES, 'kitchen.tar.zst'),
    );
    // The nav's key for the view (from the route table) opens it.
    expect(await page.getByRole('link', { name: 'YARA' }).getAttribute('title')).toBe('YARA (y)');
    await page.keyboard.press('y');
    await page.getByTestId('yara-view').waitFor();
    expect(new URL(page.url()).hash).toBe('#/yara');
    const data = await fileTransfer(page, rulesPath);
    await page.dispatchEvent('body', 'dragenter', { dataTransfer: data });
    expect(await page.getByTestId('drop-label').textContent()).toBe(
      'Drop a YARA rules file (.yar)',
    );
    await page.dispatchEvent('body', 'drop', { dataTransfer: data });
    await expect.poll(() => page.getByTestId('yara-rules').inputValue()).toBe(RULES);
    expect(await page.getByTestId('yara-file-name').textContent()).toBe('kitchen.yar');
    // Still the kitchen: the drop did not open the rules file as a checkpoint.
    expect(page.url()).toMatch(/#\/yara$/);
    await scanned(page);
    const status = (await page.getByTestId('yara-status').textContent())!.replace(/\s+/g, ' ');
    // The env canary in pids 1, 6, 10 and 11, and the ghost file.
    expect(status).toContain('5 hits');
    const table = page.getByTestId('yara-hits');
    await table.getByText('env_marker').first().waitFor();
    expect(await table.getByText('ghost file /tmp/deleted.txt (deleted)').count()).toBe(1);
    expect((await page.getByTestId('yara-coverage').textContent())!.replace(/\s+/g, ' ')).toMatch(
      /^63 VMAs scanned; 48 of them only in part .* 25\.5 MiB of 78\.6 MiB mapped\.$/,
    );
    await screenshot(page, 'yara-hits');

    // A file hit shows the file's bytes at the match.
    await table.getByText('ghost file /tmp/deleted.txt (deleted)').click();
    const viewer = page.getByTestId('yara-file-view');
    await viewer.waitFor();
    expect(await viewer.getByTestId('hexdump').textContent()).toContain('ghost-content: t');
    await screenshot(page, 'yara-file-hit');

    // A memory hit's address links to the hex view, where the match is marked.
    await table.getByRole('link').first().click();
    await page.waitForURL(/#\/process\/\d+\/memory\/at\/0x[0-9a-f]+$/);
    const marked = page.locator('[data-testid="hex-rows"] .ascii .hit');
    await marked.first().waitFor();
    expect((await marked.allTextContents()).join('')).toBe('FORENSIC_MARKER=env-canary-7f3a');
    // The view is scrolled to the hit (the stack's first pages are far above it).
    await expect
      .poll(() => page.getByTestId('hex-rows').evaluate((el) => el.scrollTop))
      .toBeGreaterThan(100_000);
    // Not a full-page shot: resizing the viewport for one makes the virtual list re-measure.
    await page.screenshot({ path: path.join(SHOTS, 'yara-hex-at-hit.png') });

    await collectCsp();
    expect(offences).toEqual(clean);
  }, 300_000);

  test('a syntax error gives its line number; an empty rules file is refused', async () => {
    const { page, offences, collectCsp } = await served.open(
      path.join(FIXTURES, 'kitchen.tar.zst'),
    );
    await page.getByRole('link', { name: 'YARA' }).click();
    await page
      .getByTestId('yara-rules')
      .fill('rule broken\n{\n  strings:\n    $a = "x"\n  condition:\n    $a or\n}\n');
    await page.getByTestId('yara-start').click();
    const error = page.getByTestId('yara-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/the pasted rules, line 7: syntax error/);
    await page.getByTestId('yara-rules').fill('// nothing but a comment\n');
    await page.getByTestId('yara-start').click();
    await expect.poll(() => error.textContent()).toMatch(/is empty: it holds no YARA rules/);
    await screenshot(page, 'yara-compile-error');
    await collectCsp();
    expect(offences).toEqual(clean);
  }, 120_000);
});

describe('YARA from the single file (file://)', () => {
  test('scans one process under the meta CSP (wasm-unsafe-eval, no unsafe-eval)', async () => {
    const { page, offences, collectCsp } = await watchedPage(
      served.browser.context,
      (url) => url === SINGLE_FILE_URL,
    );
    await page.goto(SINGLE_FILE_URL);
    await openThroughInput(page, path.join(FIXTURES, 'kitchen.tar.zst'));
    await page.getByRole('link', { name: 'YARA' }).click();
    await page.getByTestId('yara-rules').fill(RULES);
    await page.getByTestId('yara-scope').selectOption({ label: 'pid 10 sleep' });
    await scanned(page);
    expect((await page.getByTestId('yara-status').textContent())!.replace(/\s+/g, ' ')).toContain(
      '1 hit',
    );
    await page.getByTestId('yara-hits').getByText('env_marker').waitFor();
    await screenshot(page, 'yara-single-file');
    await collectCsp();
    expect(offences).toEqual(clean);
  }, 300_000);
});

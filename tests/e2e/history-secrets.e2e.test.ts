/**
 * Shell history and secrets in the served build, on the shell fixture: bash's history across
 * processes and on bash's page (with links to the bytes), the secrets masked, one revealed on
 * request, the CSV export still masked, and the count on the Overview; a gitleaks rules file
 * dropped on the Secrets view adds its rule's hit, and broken TOML pasted there shows where it
 * breaks. No request outside the origin, no console error, no CSP violation.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fileTransfer } from './checks.ts';
import { FIXTURES, screenshot, type Offences } from './harness.ts';
import { CLEAN, servedChromium } from './suite.ts';

const served = servedChromium();
let page: Page;
let offences: Offences;
let collectCsp: () => Promise<void>;

const KEY = 'AKIAFIXTURE000000002';

let dir: string;

/** A custom rule for one of the commands typed into bash (in its heap): none of the built-in rules find it. */
const CUSTOM_RULES = `[[rules]]
id = "fixture-hist-eight"
description = "The shell fixture's eighth command marker"
regex = '''(FIXTURE-HIST-08)'''
keywords = ["fixture-hist-08"]
`;

beforeAll(async () => {
  ({ page, offences, collectCsp } = await served.open(path.join(FIXTURES, 'shell.tar.zst')));
  dir = await mkdtemp(path.join(os.tmpdir(), 'secrets-e2e-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const go = async (hash: string) => {
  await page.evaluate((h) => (location.hash = h), hash);
};

describe('shell history and secrets on shell.tar.zst', () => {
  test('the History view lists bash history in order with UTC times and links to the bytes', async () => {
    await go('#/history');
    const table = page.getByTestId('history-table');
    const last = table.getByRole('row').filter({ hasText: 'FIXTURE-HIST-08' });
    await last.waitFor();
    expect(await last.textContent()).toContain('2026-12-06T03:54:43Z');
    const unicode = table.getByRole('row').filter({ hasText: 'FIXTURE-HIST-06' });
    expect(await unicode.textContent()).toContain('naïve café 日本語 ✓');
    for (let n = 1; n <= 8; n++)
      expect(
        await table
          .getByRole('row')
          .filter({ hasText: `FIXTURE-HIST-0${n}` })
          .count(),
      ).toBe(1);
    expect(await page.getByTestId('history-processes').textContent()).toContain(
      'dash keeps no command history',
    );
    await screenshot(page, 'history-view');
    // The address opens the hex view at the command's bytes.
    await last.getByRole('link').click();
    expect(page.url()).toMatch(/#\/process\/10\/memory\/at\/0x[0-9a-f]+$/);
    const rows = page.getByTestId('hex-rows');
    await expect
      .poll(async () => (await rows.locator('.row .ascii').allTextContents()).join(''), {
        timeout: 15_000,
      })
      .toContain('uname -a; id  # FIXTURE-HIST-08');
    // Scrolled to it, not merely rendered somewhere below: the target row is on screen.
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const target = document.querySelector('[data-testid="hex-rows"] .row.target');
            const list = document.querySelector('[data-testid="hex-rows"]');
            if (!target || !list) return 'no target row';
            const t = target.getBoundingClientRect();
            const l = list.getBoundingClientRect();
            return t.top >= l.top && t.bottom <= l.bottom ? 'on screen' : `off screen`;
          }),
        { timeout: 15_000 },
      )
      .toBe('on screen');
    await screenshot(page, 'history-hex-at-command');
  });

  test("bash's process page has its shell history", async () => {
    await go('#/process/10');
    const section = page.getByTestId('process-history');
    await section.getByRole('row').filter({ hasText: 'FIXTURE-HIST-01' }).waitFor();
    expect(await section.getByRole('row').filter({ hasText: 'FIXTURE-HIST' }).count()).toBe(8);
    await screenshot(page, 'history-process-10');
  });

  test('the Secrets view shows masked values, reveals one, exports masked CSV', async () => {
    await go('#/secrets');
    const table = page.getByTestId('secrets-table');
    const akid = table.getByRole('row').filter({ hasText: 'aws-access-key-id' });
    await akid.waitFor({ timeout: 60_000 });
    expect(await akid.textContent()).toContain('AKIA•••••• (20 chars)');
    expect(await table.getByRole('row').filter({ hasText: 'private-key' }).count()).toBe(1);
    expect(await page.locator('body').textContent()).not.toContain(KEY);
    await screenshot(page, 'secrets-masked');

    await akid.click();
    await page.getByTestId('reveal').click();
    await expect.poll(() => page.getByTestId('secret-value').textContent()).toBe(KEY);
    await screenshot(page, 'secrets-revealed');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('secrets-table').getByRole('button', { name: 'CSV' }).click(),
    ]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv).toContain('AKIA•••••• (20 chars)');
    expect(csv).not.toContain(KEY);
    expect(csv).not.toContain('MIIEpEg7');
  });

  test('a dropped gitleaks rules file adds its rule; broken pasted TOML shows where it breaks', async () => {
    await go('#/secrets');
    await page.getByTestId('secrets-count').waitFor({ timeout: 60_000 });
    const file = path.join(dir, 'custom.toml');
    await writeFile(file, CUSTOM_RULES);
    const data = await fileTransfer(page, file);
    await page.dispatchEvent('body', 'dragenter', { dataTransfer: data });
    expect(await page.getByTestId('drop-label').textContent()).toBe(
      'Drop a gitleaks rules file (.toml)',
    );
    await page.dispatchEvent('body', 'drop', { dataTransfer: data });
    const table = page.getByTestId('secrets-table');
    const custom = table.getByRole('row').filter({ hasText: 'fixture-hist-eight' });
    await custom.waitFor({ timeout: 60_000 });
    expect(await custom.textContent()).toContain('FI•••••• (15 chars)');
    expect(await page.getByTestId('rules-name').textContent()).toContain('custom.toml');
    // The built-in rules still run beside it, and the drop opened no other checkpoint.
    expect(await table.getByRole('row').filter({ hasText: 'aws-access-key-id' }).count()).toBe(1);
    expect(new URL(page.url()).hash).toBe('#/secrets');
    await screenshot(page, 'secrets-dropped-rules');

    await page.getByText('Paste rules').click();
    await page
      .getByTestId('rules-text')
      .fill('[[rules]]\nid = "broken"\nregex = "FIXTURE\nkeywords = ["fixture"]\n');
    await page.getByTestId('rules-use-pasted').click();
    await expect
      .poll(async () => (await page.getByTestId('secrets-problem').allTextContents()).join('\n'), {
        timeout: 60_000,
      })
      .toContain('pasted rules is not valid TOML at line 3, column 17');
    // The scan still ran with the built-in rules.
    await table
      .getByRole('row')
      .filter({ hasText: 'aws-access-key-id' })
      .waitFor({ timeout: 60_000 });
    expect(await table.getByRole('row').filter({ hasText: 'fixture-hist-eight' }).count()).toBe(0);
    await screenshot(page, 'secrets-broken-rules');
  });

  test('the Overview counts the secrets', async () => {
    await go('#/overview');
    await expect
      .poll(() => page.getByTestId('overview-secrets').textContent())
      .toMatch(/2 found\s*\(2 high confidence\)/);
    await screenshot(page, 'secrets-overview');
  });

  test('nothing left the origin, no console error, no CSP violation', async () => {
    await collectCsp();
    expect(offences).toEqual(CLEAN);
  });
});

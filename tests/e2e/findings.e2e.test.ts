/**
 * Findings in headless Chromium against the served build: lifecycle.tar.zst's planted objects
 * lead the Overview (counts per severity, top findings), the Findings view lists them with
 * their evidence, an evidence link opens the hex view at the planted RWX page, and the
 * process tree marks the processes with findings. No request outside the origin, no console
 * error, no CSP violation.
 */
import { describe, expect, test } from 'vitest';
import path from 'node:path';
import { FIXTURES, screenshot } from './harness.ts';
import { CLEAN as clean, servedChromium } from './suite.ts';

const served = servedChromium();
const RWX = '0x7f2399045000';
const MARKER = 'RWX-FIXTURE-MARK-33';

describe('findings', () => {
  test('lifecycle: Overview, Findings view, evidence link to the hex view, tree marks', async () => {
    const { page, offences, collectCsp } = await served.open(
      path.join(FIXTURES, 'lifecycle.tar.zst'),
    );
    // The Overview leads with the findings by severity.
    const overview = page.getByTestId('overview-findings');
    await page.locator('[data-severity-count="high"]').waitFor();
    expect(await page.locator('[data-severity-count="high"]').textContent()).toMatch(/high\s*4/);
    expect(await page.locator('[data-severity-count="medium"]').textContent()).toMatch(
      /medium\s*2/,
    );
    const top = await overview.locator('ol.top li').allTextContents();
    expect(top.join('\n')).toContain('Process runs from a memfd (fileless execution)');
    expect(top.join('\n')).toContain('Writable and executable anonymous memory');
    await screenshot(page, 'findings-overview');

    // The Findings view lists them all; the filter narrows to the RWX page.
    await page.getByRole('link', { name: 'Findings', exact: true }).click();
    await page.waitForURL(/#\/findings$/);
    const table = page.getByTestId('findings-table');
    await table.getByRole('row').nth(1).waitFor();
    expect(await page.getByTestId('findings-table-count').textContent()).toBe('7 rows');
    await screenshot(page, 'findings-view');
    await page.getByTestId('findings-table-filter').fill('wx-anonymous');
    expect(await page.getByTestId('findings-table-count').textContent()).toBe('1 of 7 rows');
    await table.locator('.row.body').first().click();
    const detail = page.getByTestId('finding-detail');
    await detail.waitFor();
    expect(await detail.textContent()).toContain('JIT compilers');
    await screenshot(page, 'findings-detail');

    // The address evidence opens the hex view at the planted page, marker in view.
    await detail.locator('a[data-target="address"]').click();
    await page.waitForURL(new RegExp(`#/process/11/memory/at/${RWX}$`));
    const target = page.locator('[data-testid="hex-rows"] .row.target');
    await target.waitFor();
    // The row is drawn at once with its address; its bytes follow when the worker's window
    // arrives (later on a busy machine: a fresh-clone CI run read the row before them).
    await expect.poll(() => target.textContent()).toContain(MARKER.slice(0, 16));
    await screenshot(page, 'findings-hex-at-rwx');

    // The process tree marks the processes with findings, by their worst severity.
    await page.goto(page.url().replace(/#.*$/, '#/processes'));
    await page.locator('[data-testid="process-tree"] [data-finding]').first().waitFor();
    const marked = await page
      .locator('[data-testid="process-tree"] a[data-pid]')
      .evaluateAll((as) =>
        as
          .filter((a) => a.querySelector('[data-finding]'))
          .map(
            (a) =>
              `${a.getAttribute('data-pid')}:${a.querySelector('[data-finding]')!.getAttribute('data-finding')}`,
          ),
      );
    expect(marked).toEqual(['9:low', '10:high', '11:high', '12:high']);
    await screenshot(page, 'findings-process-tree');

    // Findings is second in the navigation, and its key is 'f'.
    const nav = await page
      .getByRole('navigation', { name: 'Views' })
      .locator('a')
      .allTextContents();
    expect(nav.slice(0, 3)).toEqual(['Overview', 'Findings', 'Processes']);
    await page.keyboard.press('f');
    await page.waitForURL(/#\/findings$/);
    await collectCsp();
    expect(offences).toEqual(clean);
  });
});

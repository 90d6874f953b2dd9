/**
 * The memory views in headless Chromium against the served build: search every process of
 * kitchen.tar.zst for the heap canary, open a hit in the hex view and see the canary's bytes;
 * open pid 1's memory map and click a VMA. No request outside the origin, no console error,
 * no CSP violation.
 */
import { describe, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { FIXTURES, SINGLE_FILE_URL, screenshot, watchedPage } from './harness.ts';
import { openThroughInput } from './checks.ts';
import { CLEAN as clean, servedChromium } from './suite.ts';

const CANARY = 'HEAP-CANARY-0123456789abcdef';

const served = servedChromium();
const openFixture = (name: string) => served.open(path.join(FIXTURES, name));
const openKitchen = () => openFixture('kitchen.tar.zst');

describe('memory views', () => {
  test('search finds the heap canary and the hex view shows its bytes', async () => {
    const { page, offences, collectCsp } = await openKitchen();
    await page.getByRole('link', { name: 'Search' }).click();
    await page.getByTestId('search-query').fill(CANARY);
    await page.getByTestId('search-start').click();
    // The search runs in the worker; the page shows progress, then says it has finished.
    await page.locator('[data-testid="search-status"][data-running="false"]').waitFor();
    const status = await page.getByTestId('search-status').textContent();
    expect(status).toMatch(/scanned/);
    // The hit list is virtual: rows appear a frame after the status says the search ended.
    const hits = page.getByTestId('search-hit');
    await hits.first().waitFor();
    const first = hits.first();
    // pstree order: the canary's first copies are in pid 1 (kitchen-sink).
    expect(await first.getAttribute('data-pid')).toBe('1');
    expect(status!.replace(/\s+/g, ' ')).toContain('30,000 hits (stopped at the limit)');
    expect(await first.textContent()).toContain(CANARY);
    await screenshot(page, 'memory-search');
    // Every holder shows up (hits are capped per process), and each can be shown alone.
    const groups = page.getByTestId('hits-by-process');
    expect(await groups.getByRole('button').allTextContents()).toEqual([
      'all',
      expect.stringMatching(/pid 1\s+kitchen-sink\s+10,000/),
      expect.stringMatching(/pid 6\s+ks-worker\s+10,000/),
      expect.stringMatching(/pid 11\s+ks-grandchild\s+10,000/),
    ]);
    await groups.getByRole('button', { name: /pid 6/ }).click();
    await expect.poll(() => hits.first().getAttribute('data-pid')).toBe('6');
    await groups.getByRole('button', { name: 'all' }).click();
    await expect.poll(() => hits.first().getAttribute('data-pid')).toBe('1');

    await first.click();
    await page.waitForURL(/#\/process\/1\/memory\/at\/0x[0-9a-f]+$/);
    const marked = page.locator('[data-testid="hex-rows"] .ascii .hit');
    const list = page.getByTestId('hex-rows');
    const scrollTop = () => list.evaluate((el) => el.scrollTop);
    // The view says when it has scrolled to the hit; from then on the scroll is the user's.
    const hitAddress = page.url().replace(/^.*\/at\//, '');
    await page.locator(`[data-testid="hex-view"][data-shown="${hitAddress}"]`).waitFor();
    // The first wheel scroll right after the jump moves the view and it stays moved: two
    // frames later (the rows it brought are laid out and measured) and once those rows have
    // their bytes, the view is still where the wheel left it, not pulled back to the hit.
    const atHit = await scrollTop();
    await list.hover();
    await page.mouse.wheel(0, 900);
    await expect.poll(scrollTop).toBeGreaterThan(atHit);
    const wheeled = await scrollTop();
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    await list.locator('.row').last().locator('.ascii').waitFor();
    expect(await scrollTop()).toBe(wheeled);
    // Back up to the hit with the wheel.
    await page.mouse.wheel(0, -900);
    await expect.poll(scrollTop).toBeLessThan(wheeled);
    await marked.first().waitFor();
    const text = (await marked.allTextContents()).join('');
    expect(text).toBe(CANARY);
    const hexMarked = (await page.locator('[data-testid="hex-rows"] .hex .hit').allTextContents())
      .join('')
      .replace(/\s+/g, '');
    expect(hexMarked).toBe(Buffer.from(CANARY, 'latin1').toString('hex'));
    await screenshot(page, 'memory-hex-at-hit');
    // Scrolling far fetches new windows and stays where the user scrolled to.
    const top = await scrollTop();
    await list.evaluate((el) => el.scrollBy(0, 200_000));
    const far = await list.evaluate((el) => el.scrollTop);
    expect(far).toBeGreaterThan(top + 100_000);
    // Rows there get their bytes (a window arrives), and the view does not jump back.
    await expect
      .poll(() => list.locator('.row .ascii').count(), { timeout: 10_000 })
      .toBeGreaterThan(10);
    expect(await list.evaluate((el) => el.scrollTop)).toBe(far);
    // Stepping to the next hit moves the view (and the highlight) to the next copy.
    const before = page.url();
    await page.getByTestId('hit-stepper').getByRole('button', { name: 'Hit ▶' }).click();
    await page.waitForURL((u) => u.href !== before);
    await expect.poll(async () => (await marked.allTextContents()).join('')).toBe(CANARY);
    await screenshot(page, 'memory-hex-next-hit');

    await collectCsp();
    expect(offences).toEqual(clean);
  });

  test('the memory map of pid 1 shows every VMA and opens one in the hex view', async () => {
    const { page, offences, collectCsp } = await openKitchen();
    await page.getByRole('link', { name: 'Memory' }).click();
    const pid1 = page.getByTestId('memory-link').filter({ hasText: /^1$/ });
    await pid1.waitFor();
    expect(await page.getByTestId('memory-link').allTextContents()).toEqual(['1', '6', '11', '10']);
    await screenshot(page, 'memory-home');
    await pid1.click();
    await page.waitForURL(/#\/process\/1\/memory$/);
    const map = page.getByTestId('memory-map');
    await map.waitFor();
    const rows = await page.getByTestId('vma-table').locator('tbody tr').count();
    expect(rows).toBeGreaterThan(5);
    expect(await map.locator('g.vma').count()).toBe(rows);
    await screenshot(page, 'memory-map-pid-1');

    // Click the stack in the map: the hex view goes to the stack's first row.
    const stackRow = page.getByTestId('vma-table').locator('tbody tr', { hasText: '[stack]' });
    const stackStart = (await stackRow.locator('td').first().textContent())!.trim();
    const index = await map.locator('g.vma').evaluateAll((gs, start) => {
      const g = gs.find((x) => x.querySelector('title')?.textContent?.startsWith(start));
      return g?.getAttribute('data-vma');
    }, stackStart);
    await map.locator(`g.vma[data-vma="${index}"]`).click();
    await page.waitForURL(new RegExp(`/at/0x${stackStart.replace(/^0+/, '')}$`));
    await page.locator(`[data-testid="hex-rows"] .row[data-address="${stackStart}"]`).waitFor();
    await screenshot(page, 'memory-map-stack');

    // Save the stack VMA: the worker streams it, the page saves it as one file.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save VMA' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^pid-1-7ff[0-9a-f]+-7ff[0-9a-f]+\.bin$/);
    const saved = await readFile((await download.path())!);
    expect(saved.length).toBe(132 * 1024);

    // Zoom with the wheel: the VMAs under the pointer get wider.
    const widthOf = () =>
      map
        .locator('g.vma rect.outline')
        .first()
        .evaluate((r) => Number(r.getAttribute('width')));
    const before = await widthOf();
    await map.hover({ position: { x: 40, y: 30 } });
    await page.mouse.wheel(0, -600);
    await expect.poll(widthOf).toBeGreaterThan(before);
    await screenshot(page, 'memory-map-zoomed');

    // Strings of the grandchild: its canary is among them, and a click opens it in hex.
    await page.getByTestId('memory-process').selectOption('0:11');
    await page.waitForURL(/#\/process\/11\/memory$/);
    await page.getByRole('link', { name: 'Strings' }).click();
    await page.getByRole('button', { name: 'Find strings' }).click();
    await page.locator('[data-testid="strings-status"][data-running="false"]').waitFor();
    await page.getByTestId('strings-filter').fill('GRANDCHILD-CANARY');
    const row = page.getByTestId('string-row').first();
    expect(await row.textContent()).toContain('GRANDCHILD-CANARY-5d1e');
    await screenshot(page, 'memory-strings');
    await row.click();
    await page.waitForURL(/#\/process\/11\/memory\/at\/0x[0-9a-f]+$/);
    const marked = page.locator('[data-testid="hex-rows"] .ascii .hit');
    await marked.first().waitFor();
    expect((await marked.allTextContents()).join('')).toMatch(/^GRANDCHILD-CANARY-5d1e/);

    await collectCsp();
    expect(offences).toEqual(clean);
  });

  test('search scans all 256 MiB of memhog and finds every needle', async () => {
    // The zstd open decodes on a worker of its own while the analyser stores the pages
    // (zstd-elsewhere.ts): the search below reads every page those two threads passed along.
    const { page, offences, collectCsp } = await served.page();
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(new URL(w.url()).pathname));
    await openThroughInput(page, path.join(FIXTURES, 'memhog-256m.tar.zst'));
    expect(workers.some((w) => /zstd-decode\.worker/.test(w))).toBe(true);
    await page.getByRole('link', { name: 'Search' }).click();
    await page.getByTestId('search-kind').selectOption('regex');
    await page.getByTestId('search-query').fill('MEMHOG-NEEDLE-\\d+');
    await page.getByTestId('search-start').click();
    await page.locator('[data-testid="search-status"][data-running="false"]').waitFor();
    const status = (await page.getByTestId('search-status').textContent())!.replace(/\s+/g, ' ');
    expect(status).toMatch(/(\d+\.\d MiB) of \1 scanned 100 %/);
    expect(status).toContain('17 hits');
    // 16 needles in the buffer, and snprintf's copy of the last one on the stack.
    const marks = page.getByTestId('search-hit').locator('mark');
    await expect.poll(() => marks.count()).toBe(17);
    const contexts = await marks.allTextContents();
    const numbers = contexts.map((t) => Number(t.replace('MEMHOG-NEEDLE-', '')));
    expect(numbers.slice(0, 16)).toEqual([...Array(16).keys()]);
    await screenshot(page, 'memory-search-memhog');

    // The same search in one VMA only: the stack holds snprintf's copy of the last needle.
    await page.getByTestId('search-scope').selectOption('0:1');
    const stack = page.getByTestId('search-vma').locator('option', { hasText: '[stack]' });
    await page.getByTestId('search-vma').selectOption((await stack.getAttribute('value'))!);
    await page.getByTestId('search-start').click();
    await expect
      .poll(() => page.getByTestId('search-count').textContent())
      .toMatch(/^\s*1\s+hit\b/);
    await page.locator('[data-testid="search-status"][data-running="false"]').waitFor();
    // The list is mounted afresh for the new search; its row appears a frame later.
    await expect.poll(() => marks.allTextContents()).toEqual(['MEMHOG-NEEDLE-15']);
    await collectCsp();
    expect(offences).toEqual(clean);
  });

  test('"next dumped bytes" jumps over the stretches of a sparsely dumped VMA', async () => {
    const { page, offences, collectCsp } = await openKitchen();
    // pid 1's heap: 136 KiB mapped, 6 % of it in the checkpoint.
    const heap = '311c7000';
    await page.evaluate((a) => (location.hash = `#/process/1/memory/at/0x${a}`), heap);
    const view = page.getByTestId('hex-view');
    await page.locator(`[data-testid="hex-view"][data-shown="0x${heap}"]`).waitFor();
    const targetRow = page.locator('[data-testid="hex-rows"] .row.target');
    const dumped = async () => (await targetRow.locator('.hex .data').count()) > 0;
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      const before = page.url();
      await view.getByTestId('next-dumped').click();
      await page.waitForURL((u) => u.href !== before);
      const at = page.url().replace(/^.*\/at\//, '');
      await page.locator(`[data-testid="hex-view"][data-shown="${at}"]`).waitFor();
      await targetRow.locator('.hex').waitFor();
      await expect.poll(dumped).toBe(true);
      seen.push(at);
    }
    // Each press lands on a new stretch of dumped bytes, further on.
    const numbers = seen.map((a) => BigInt(a));
    expect(numbers).toEqual([...numbers].sort((x, y) => (x < y ? -1 : 1)));
    expect(new Set(seen).size).toBe(3);
    await screenshot(page, 'memory-next-dumped');
    await collectCsp();
    expect(offences).toEqual(clean);
  });

  test('a regex with a non-ASCII letter finds UTF-8 text, shown as UTF-8', async () => {
    const { page, offences, collectCsp } = await openFixture('shell.tar.zst');
    await page.getByRole('link', { name: 'Search' }).click();
    await page.getByTestId('search-kind').selectOption('regex');
    // UTF-8 is the regex default; the bytes c3 a9 are one é.
    expect(await page.getByTestId('search-utf8').isChecked()).toBe(true);
    await page.getByTestId('search-query').fill('caf[eé]');
    await page.getByTestId('search-start').click();
    await page.locator('[data-testid="search-status"][data-running="false"]').waitFor();
    const hit = page.getByTestId('search-hit').filter({ hasText: 'naïve' }).first();
    await hit.waitFor();
    expect(await hit.locator('mark').textContent()).toBe('café');
    await screenshot(page, 'memory-search-utf8');
    await collectCsp();
    expect(offences).toEqual(clean);
  });

  test('the single-file build searches and shows hex from file:// too', async () => {
    const { page, offences, collectCsp } = await watchedPage(
      served.browser.context,
      (url) => url === SINGLE_FILE_URL,
    );
    await page.goto(SINGLE_FILE_URL);
    await openThroughInput(page, path.join(FIXTURES, 'kitchen.tar.zst'));
    await page.getByRole('link', { name: 'Search' }).click();
    await page.getByTestId('search-query').fill(CANARY);
    await page.getByTestId('search-scope').selectOption('0:11');
    await page.getByTestId('search-start').click();
    await page.locator('[data-testid="search-status"][data-running="false"]').waitFor();
    const first = page.getByTestId('search-hit').first();
    expect(await first.getAttribute('data-pid')).toBe('11');
    await first.click();
    const marked = page.locator('[data-testid="hex-rows"] .ascii .hit');
    await marked.first().waitFor();
    expect((await marked.allTextContents()).join('')).toBe(CANARY);
    await screenshot(page, 'memory-single-file-hex');
    await collectCsp();
    expect(offences).toEqual(clean);
  });

  test('a pod checkpoint: the same pid in two containers, each with its own memory', async () => {
    const { page, offences, collectCsp } = await openFixture('pod-kitchen-web.tar.zst');
    await page.getByRole('link', { name: 'Memory' }).click();
    await page.getByTestId('memory-link').first().waitFor();
    const rows = page.getByTestId('memory-home').locator('tbody tr');
    const pid1Rows = rows.filter({
      has: page.getByTestId('memory-link').filter({ hasText: /^1$/ }),
    });
    expect(await pid1Rows.count()).toBe(2);
    await pid1Rows.nth(1).getByTestId('memory-link').click();
    await page.waitForURL(/#\/process\/1\/memory\/c\/1$/);
    await page.getByTestId('memory-map').waitFor();
    const picked = await page.getByTestId('memory-process').inputValue();
    expect(picked).toBe('1:1');
    await screenshot(page, 'memory-pod-container-1');
    // Dark mode: the map, the table and the hex view keep their contrast.
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'memory-pod-container-1-dark');
    await collectCsp();
    expect(offences).toEqual(clean);
  });
});

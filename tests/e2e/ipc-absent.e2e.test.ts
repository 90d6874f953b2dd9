/**
 * The IPC view on lifecycle.tar.zst (issue 11 item 4): the 64 KiB SysV segment's first page
 * holds `SHM-CONTENT-FIXTURE-11` (facts.json); the other 15 pages were never dumped and must
 * read as absent (`··`), never as 00, in the viewer, with the download's zeros said aloud.
 */
import { beforeAll, expect, test } from 'vitest';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { FIXTURES, screenshot } from './harness.ts';
import { servedChromium } from './suite.ts';

const served = servedChromium();
let page: Page;

beforeAll(async () => {
  ({ page } = await served.open(path.join(FIXTURES, 'lifecycle.tar.zst')));
});

test('SysV shm pages that were not dumped show as ·· and are counted', async () => {
  await page.evaluate(() => (location.hash = '#/ipc'));
  await page.getByRole('heading', { name: /IPC namespace/ }).waitFor();
  expect(await page.getByTestId('shm-not-dumped').textContent()).toContain('61440 not dumped');
  await page.getByRole('button', { name: 'View' }).first().click();
  const viewer = page.getByTestId('content-viewer');
  const dump = viewer.getByTestId('hexdump');
  await dump.waitFor();
  expect(await viewer.getByTestId('content-absent').textContent()).toContain(
    'zeros in the download',
  );
  const lines = ((await dump.textContent()) ?? '').split('\n');
  // Row 0 is the marker; row 0x1000 on is absent: no "00" byte is claimed there.
  expect(lines[0]).toContain('53 48 4d 2d');
  const absentRow = lines.find((l) => l.startsWith('00001000'));
  expect(absentRow).toContain('·· ·· ··');
  expect(absentRow).not.toMatch(/\b00\b/);
  await screenshot(page, 'ipc-shm-absent');
});

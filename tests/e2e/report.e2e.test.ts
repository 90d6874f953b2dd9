/**
 * "Export report" end to end: open shell.tar.zst in the served build, bookmark a process with
 * a note, export a CSV, export the report; then open the downloaded report in a Chromium
 * context with JavaScript disabled: it shows the input's SHA-256, the findings and the note,
 * loads nothing, and its manifest lists the CSV with the SHA-256 of the downloaded file. The
 * report itself is listed with its SHA-256. Screenshots: the report, its print media, its PDF.
 * One Chromium at a time: the page's is closed before the reader's starts.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { createAnalyserApi } from '../../workers/api.ts';
import { openThroughInput } from './checks.ts';
import {
  FIXTURES,
  SHOTS,
  launchChromium,
  screenshot,
  startServer,
  watchedPage,
} from './harness.ts';
import { CLEAN } from './suite.ts';

const SHELL = path.join(FIXTURES, 'shell.tar.zst');
const NOTE = 'Reverse shell parent <script>alert(1)</script> — check fd 0';

const sha256Of = async (file: string) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

/** The findings the page's worker computes for the file, computed here the same way. */
async function expectedFindingTitles(): Promise<string[]> {
  const api = createAnalyserApi();
  const bytes = await readFile(SHELL);
  expect((await api.open(new File([bytes], 'shell.tar.zst'))).status).toBe('opened');
  const titles = (await api.findings()).all.map((f) => f.rule.title);
  await api.close();
  return titles;
}

const dir = await mkdtemp(path.join(tmpdir(), 'cc-report-e2e-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('export report', () => {
  test('the report shows digest, findings and note without script; the manifest matches the files', async () => {
    const server = await startServer();
    const browser = await launchChromium();
    // Saved under names of our own; the names the page suggested are checked and kept.
    const csvFile = path.join(dir, 'export.csv');
    const reportFile = path.join(dir, 'report.html');
    let csvName = '';
    try {
      const origin = new URL(server.url).origin;
      const { page, offences, collectCsp } = await watchedPage(
        browser.context,
        (url) => new URL(url).origin === origin,
      );
      await page.goto(server.url);
      await openThroughInput(page, SHELL);
      // Bookmarks are kept under the input's digest: wait for it.
      await page.goto(`${server.url}#/notes`);
      await page.getByTestId('notes-sha256').waitFor();

      await page.goto(`${server.url}#/process/1`);
      await page.getByRole('button', { name: /^Bookmark pid 1 / }).click();
      await page.getByTestId('bookmark-note').fill(NOTE);
      await page.getByTestId('bookmark-save').click();
      await page.getByRole('button', { name: /^Edit the bookmark of pid 1 / }).waitFor();

      await page.goto(`${server.url}#/processes`);
      const [csv] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'CSV', exact: true }).first().click(),
      ]);
      csvName = csv.suggestedFilename();
      await csv.saveAs(csvFile);
      // Listed once hashed: the notice shows the digest of what was saved.
      await expect
        .poll(async () => page.getByTestId('artefact-sha256').textContent())
        .toBe(await sha256Of(csvFile));

      await page.goto(`${server.url}#/overview`);
      const button = page.getByTestId('export-report');
      await expect.poll(async () => button.isEnabled()).toBe(true);
      await screenshot(page, 'report-overview-button');
      const [report] = await Promise.all([page.waitForEvent('download'), button.click()]);
      expect(report.suggestedFilename()).toBe('report-shell.html');
      await report.saveAs(reportFile);
      // The report is an artefact too, with the digest of the downloaded file.
      await expect
        .poll(async () => page.getByTestId('artefact-sha256').textContent())
        .toBe(await sha256Of(reportFile));

      await collectCsp();
      expect(offences).toEqual(CLEAN);
    } finally {
      await browser.close();
      await server.close();
    }

    // Read the report as whoever receives it: a browser with JavaScript off, from file://.
    const reader = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu'],
    });
    try {
      const context = await reader.newContext({
        javaScriptEnabled: false,
        viewport: { width: 1150, height: 900 },
      });
      const page = await context.newPage();
      const reportUrl = pathToFileURL(reportFile).href;
      const requests: string[] = [];
      page.on('request', (r) => {
        if (r.url() !== reportUrl) requests.push(r.url());
      });
      const consoleErrors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(m.text());
      });
      await page.goto(reportUrl);
      const text = await page.locator('body').innerText();

      expect(text).toContain(await sha256Of(SHELL));
      const titles = await expectedFindingTitles();
      expect(titles.length).toBeGreaterThan(0);
      for (const t of titles) expect(text).toContain(t);
      // No secrets scan was run on the page: the report says so above the findings.
      expect(text).toContain('The secrets scan was not run on the page before this report');
      // The note, as text: its markup is shown, not run.
      expect(text).toContain(NOTE);
      expect(await page.locator('script').count()).toBe(0);
      // The stylesheet applied (its CSP hash matched): headings have the report's rule.
      const rule = await page
        .locator('h2')
        .first()
        .evaluate((h) => getComputedStyle(h).borderBottomStyle);
      expect(rule).toBe('solid');

      // The manifest: each listed file's SHA-256 is that of the file downloaded.
      const rows = await page
        .locator('table.manifest tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')),
        );
      const csvRow = rows.find((r) => r[0] === csvName);
      expect(csvRow?.[3]).toBe(await sha256Of(csvFile));
      expect(Number(csvRow?.[2])).toBe((await readFile(csvFile)).length);

      await mkdir(SHOTS, { recursive: true });
      await screenshot(page, 'report-shell');
      await page.emulateMedia({ media: 'print' });
      await screenshot(page, 'report-shell-print');
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      await writeFile(path.join(SHOTS, 'report-shell.pdf'), pdf);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

      expect(requests).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await copyFile(reportFile, path.join(SHOTS, 'report-shell.html'));
    } finally {
      await reader.close();
    }
  });
});

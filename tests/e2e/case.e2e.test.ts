/**
 * The analyst's case in headless Chromium against the served build: a process bookmarked with
 * a note comes back after a reload when the same file is opened again (IndexedDB, keyed by the
 * input's SHA-256) and is not shown for another file; a CSV export is listed with the SHA-256
 * of exactly the downloaded bytes; the case file exports, deletes, imports back, and is refused
 * by another input. No request outside the origin, no console error, no CSP violation.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openThroughInput } from './checks.ts';
import { FIXTURES, screenshot } from './harness.ts';
import { CLEAN as clean, servedChromium } from './suite.ts';

const KITCHEN = path.join(FIXTURES, 'kitchen.tar.zst');
const WEB = path.join(FIXTURES, 'web.tar.zst');
const LIFECYCLE = path.join(FIXTURES, 'lifecycle.tar.zst');
/** lifecycle's planted RWX page (tests/fixtures/expected/lifecycle.tar.zst/facts.json). */
const RWX = '0x7f2399045000';
const NOTE = 'Parent of the worker <b>not bold</b>\nsecond line';

const served = servedChromium();

const sha256Of = async (file: string) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

/** The Notes view, once the input's digest is known and its stored case is loaded. */
async function notesReady(page: Page): Promise<string> {
  await page.goto(`${served.server.url}#/notes`);
  const digest = page.getByTestId('notes-sha256');
  await digest.waitFor();
  return ((await digest.textContent()) ?? '').trim();
}

async function bookmarkNotes(page: Page): Promise<string[]> {
  return page.getByTestId('bookmark-note-text').allInnerTexts();
}

describe('case: bookmarks, notes and the artefact manifest', () => {
  test('a note on a process survives a reload for the same file, and only for it', async () => {
    const { page, offences, collectCsp } = await served.open(KITCHEN);
    await page.goto(`${served.server.url}#/process/1`);
    const star = page.getByRole('button', { name: /^Bookmark pid 1 / });
    await star.click();
    await page.getByTestId('bookmark-note').fill(NOTE);
    await screenshot(page, 'case-bookmark-editor');
    await page.getByTestId('bookmark-save').click();
    const filled = page.getByRole('button', { name: /^Edit the bookmark of pid 1 / });
    expect(await filled.getAttribute('aria-pressed')).toBe('true');
    await screenshot(page, 'case-process-bookmarked');

    const digest = await notesReady(page);
    expect(digest).toBe(await sha256Of(KITCHEN));
    expect(await bookmarkNotes(page)).toEqual([NOTE]);

    // A reload closes the checkpoint; the note waits in IndexedDB for the same file. (The
    // Overview first: it is where an opened file's summary shows.)
    await page.goto(`${served.server.url}#/overview`);
    await page.reload();
    await openThroughInput(page, KITCHEN);
    await notesReady(page);
    await page.getByTestId('bookmark-item').waitFor();
    expect(await bookmarkNotes(page)).toEqual([NOTE]);
    // The link opens the process page, whose star is filled.
    await page.getByTestId('bookmark-item').getByRole('link').click();
    await page.waitForURL(/#\/process\/1$/);
    await filled.waitFor();
    await screenshot(page, 'case-process-after-reload');

    // Another file never sees it.
    await page.goto(`${served.server.url}#/overview`);
    await page.getByRole('button', { name: 'Open another…' }).click();
    await openThroughInput(page, WEB);
    expect(await notesReady(page)).toBe(await sha256Of(WEB));
    expect(await page.getByTestId('bookmark-item').count()).toBe(0);
    await screenshot(page, 'case-other-input');

    await collectCsp();
    expect(offences).toEqual(clean);
  });

  test('a CSV export is listed with the SHA-256 of the downloaded file', async () => {
    const { page, offences, collectCsp } = await served.open(KITCHEN);
    await notesReady(page);
    await page.goto(`${served.server.url}#/processes`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV', exact: true }).first().click(),
    ]);
    const file = (await download.path())!;
    const digest = await sha256Of(file);
    expect((await readFile(file, 'utf8')).split('\n')[0]).toContain('pid');

    const shown = page.getByTestId('artefact-sha256');
    await shown.waitFor();
    expect(await shown.textContent()).toBe(digest);
    await screenshot(page, 'case-csv-notice');

    await notesReady(page);
    const row = page.getByTestId('artefact-row').filter({ hasText: download.suggestedFilename() });
    await row.waitFor();
    expect(await row.innerText()).toContain(digest);
    await screenshot(page, 'case-notes-artefacts');

    await collectCsp();
    expect(offences).toEqual(clean);
  });

  test('the case file exports, imports back after a delete, and is refused by another input', async () => {
    const { page, offences, collectCsp } = await served.open(KITCHEN);
    await notesReady(page);
    await page.goto(`${served.server.url}#/process/6`);
    await page.getByRole('button', { name: /^Bookmark pid 6 / }).click();
    await page.getByTestId('bookmark-note').fill('the worker');
    await page.getByTestId('bookmark-save').click();
    await notesReady(page);
    await page.getByTestId('bookmark-item').first().waitFor();
    const before = await bookmarkNotes(page);
    expect(before).toContain('the worker');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-case').click(),
    ]);
    expect(download.suggestedFilename()).toBe('kitchen.tar.zst.case.json');
    const caseFile = (await download.path())!;
    const doc = JSON.parse(await readFile(caseFile, 'utf8')) as {
      format: string;
      input: { sha256: string };
      bookmarks: { note: string }[];
    };
    expect(doc.format).toBe('cc-analyser-case');
    expect(doc.input.sha256).toBe(await sha256Of(KITCHEN));
    expect(doc.bookmarks.map((b) => b.note)).toEqual(before);
    // The case file is itself an artefact with its digest.
    const listed = page.getByTestId('artefact-row').filter({ hasText: 'case file' });
    await listed.waitFor();
    expect(await listed.innerText()).toContain(await sha256Of(caseFile));

    await page.getByTestId('delete-notes').click();
    await page.getByTestId('delete-notes-confirm').click();
    await page.getByTestId('case-message').waitFor();
    expect(await page.getByTestId('bookmark-item').count()).toBe(0);
    // That was the only input with notes: the database went with its last record.
    // (The other pages of this browser have it open: they let go when it is deleted.)
    const databases = () =>
      page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    await expect.poll(databases).not.toContain('cc-analyser-notes');

    await page.getByTestId('import-case').setInputFiles({
      name: 'kitchen.case.json',
      mimeType: 'application/json',
      buffer: await readFile(caseFile),
    });
    await page.getByTestId('bookmark-item').first().waitFor();
    expect(await bookmarkNotes(page)).toEqual(before);
    // The merged bookmarks show at once; the message comes once they are stored (IndexedDB
    // recreates the database deleted above first), so the delete's message may still be there.
    await expect.poll(() => page.getByTestId('case-message').innerText()).toMatch(/^Imported: /);
    await screenshot(page, 'case-imported');

    await page.goto(`${served.server.url}#/overview`);
    await page.getByRole('button', { name: 'Open another…' }).click();
    await openThroughInput(page, WEB);
    await notesReady(page);
    await page.getByTestId('import-case').setInputFiles(caseFile);
    // Polled like the import's message above: the refusal replaces whatever was shown.
    await expect
      .poll(() => page.getByTestId('case-message').innerText())
      .toContain('belongs to another input');
    expect(await page.getByTestId('bookmark-item').count()).toBe(0);
    await screenshot(page, 'case-import-refused');

    await collectCsp();
    expect(offences).toEqual(clean);
  });

  test('a finding and a hex view address are bookmarked and linked from Notes', async () => {
    const { page, offences, collectCsp } = await served.open(LIFECYCLE);
    await page.goto(`${served.server.url}#/findings`);
    await page.getByTestId('findings-table-filter').fill('wx-anonymous');
    await page.getByTestId('findings-table').locator('.row.body').first().click();
    const detail = page.getByTestId('finding-detail');
    await detail.getByTestId('bookmark').click();
    await page.getByTestId('bookmark-note').fill('injected code?');
    await page.getByTestId('bookmark-save').click();
    expect(await detail.getByTestId('bookmark').getAttribute('aria-pressed')).toBe('true');

    // The finding's evidence opens the hex view at the page; its address gets a star too.
    await detail.locator('a[data-target="address"]').click();
    await page.waitForURL(new RegExp(`#/process/11/memory/at/${RWX}$`));
    const star = page.getByTestId('address-bookmark').getByTestId('bookmark');
    await star.click();
    await page.getByTestId('bookmark-note').fill('the marker');
    await page.getByTestId('bookmark-save').click();
    expect(await star.getAttribute('aria-pressed')).toBe('true');
    await screenshot(page, 'case-hex-address-bookmarked');

    await notesReady(page);
    await page.getByTestId('bookmark-item').nth(1).waitFor();
    expect(await bookmarkNotes(page)).toEqual(['injected code?', 'the marker']);
    const links = page.getByTestId('bookmark-item').getByRole('link');
    expect(await links.nth(0).getAttribute('href')).toBe('#/findings');
    expect(await links.nth(1).innerText()).toContain(`at ${RWX}`);
    await links.nth(1).click();
    await page.waitForURL(new RegExp(`#/process/11/memory/at/${RWX}$`));
    await page.locator('[data-testid="hex-rows"] .row.target').waitFor();
    expect(await star.getAttribute('aria-pressed')).toBe('true');

    await collectCsp();
    expect(offences).toEqual(clean);
  });
});

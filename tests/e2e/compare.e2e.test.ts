/**
 * Comparing two checkpoints in the page: kitchen.tar.zst (A) against kitchen.tar.gz (B), two
 * real checkpoints of one container taken a second apart. The structure first (only the
 * timerfds changed among the fds), then the page contents (7 changed pages), and a changed
 * range opens A's bytes in the hex view. No request outside the origin, no console error, no
 * CSP violation.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { fileTransfer } from './checks.ts';
import { FIXTURES, screenshot } from './harness.ts';
import { CLEAN as clean, servedChromium } from './suite.ts';

const served = servedChromium();

async function openCompare(a: string) {
  const watched = await served.open(path.join(FIXTURES, a));
  await watched.page.getByRole('link', { name: 'Compare' }).click();
  await watched.page.waitForURL(/#\/compare$/);
  return watched;
}

const text = async (page: import('playwright-core').Page, id: string) =>
  ((await page.getByTestId(id).textContent()) ?? '').replace(/\s+/g, ' ').trim();

describe('compare two checkpoints', () => {
  test('a checkpoint dropped on the Compare view is B, not a new A', async () => {
    const { page, offences, collectCsp } = await openCompare('kitchen.tar.zst');
    const data = await fileTransfer(page, path.join(FIXTURES, 'kitchen.tar.gz'));
    await page.dispatchEvent('body', 'dragenter', { dataTransfer: data });
    expect(await text(page, 'drop-label')).toBe(
      'Drop a checkpoint to compare with kitchen.tar.zst',
    );
    await page.dispatchEvent('body', 'drop', { dataTransfer: data });
    await page.getByTestId('compare-summary').waitFor();
    const checkpoints = page.getByTestId('compare-facts').getByRole('row', { name: /^Checkpoint/ });
    expect(await checkpoints.getByRole('cell').allTextContents()).toEqual([
      'kitchen.tar.zst',
      'kitchen.tar.gz',
    ]);
    // A stays open: the header still names it, and a process row leads to A's process page.
    await page.getByTestId('show-unchanged').check();
    await page
      .getByTestId('diff-processes-table')
      .getByRole('link', { name: '6', exact: true })
      .click();
    await page.waitForURL(/#\/process\/6$/);
    expect(await page.getByTestId('process-title').textContent()).toContain('ks-worker');
    await collectCsp();
    expect(offences).toEqual(clean);
  });

  test('kitchen.tar.zst against kitchen.tar.gz: structure, then page contents', async () => {
    const { page, offences, collectCsp } = await openCompare('kitchen.tar.zst');
    await page.getByTestId('compare-input').setInputFiles(path.join(FIXTURES, 'kitchen.tar.gz'));
    await page.getByTestId('compare-summary').waitFor();

    // Both inputs are named by their digests; B's arrives from its own hash worker.
    const gz = await readFile(path.join(FIXTURES, 'kitchen.tar.gz'));
    const digest = createHash('sha256').update(gz).digest('hex');
    await page.getByTestId('facts-b').getByText(digest).waitFor();
    expect(await text(page, 'compare-facts')).toContain('kitchen.tar.zst');

    expect(await text(page, 'diff-processes-counts')).toBe('+0 −0 ~0 =4');
    expect(await text(page, 'diff-files-counts')).toBe('+0 −0 ~4 =84');
    const files = page.getByTestId('diff-files');
    await expect.poll(() => files.getByRole('row').count()).toBeGreaterThanOrEqual(4);
    expect(await files.textContent()).toContain('next expiry in');
    expect(await text(page, 'diff-other')).toContain('monotonic clock');

    await page.getByTestId('diff-memory-start').click();
    await page.getByTestId('diff-memory-summary').waitFor();
    expect(await text(page, 'diff-memory-summary')).toMatch(
      /^7 of 6,521 pages dumped in both changed/,
    );
    const ranges = page.getByTestId('diff-memory-ranges').locator('tbody tr');
    expect(await ranges.count()).toBe(7);
    // The same changes as a picture: one strip per process, a mark per changed range.
    const strips = page.getByTestId('change-strip');
    expect(await strips.evaluateAll((s) => s.map((e) => e.getAttribute('data-pid')))).toEqual([
      '1',
      '6',
      '11',
      '10',
    ]);
    expect(await strips.locator('rect.change').count()).toBe(7);
    await screenshot(page, 'compare-kitchen');

    // Each changed range opens A's bytes at its address.
    const first = ranges.first().getByRole('link');
    const address = (await first.textContent())!.trim();
    await first.click();
    await page.waitForURL(new RegExp(`#/process/1/memory/at/0x0*${address.replace(/^0+/, '')}$`));
    await page.getByTestId('hex-rows').waitFor();

    // No view fell over (the page's error boundary would have caught it quietly).
    expect(await page.getByTestId('view-error').count()).toBe(0);
    await collectCsp();
    expect(offences).toEqual(clean);
  });

  test('unchanged rows on request, and a second input that is no checkpoint', async () => {
    const { page, offences, collectCsp } = await openCompare('kitchen.tar.zst');
    await page.getByTestId('compare-input').setInputFiles(path.join(FIXTURES, 'kitchen.tar.gz'));
    await page.getByTestId('compare-summary').waitFor();
    expect(await page.getByTestId('diff-processes-table').count()).toBe(0);
    await page.getByTestId('show-unchanged').check();
    const processes = page.getByTestId('diff-processes-table');
    await processes.waitFor();
    expect(await processes.textContent()).toContain('ks-grandchild');
    // Every section lists its unchanged rows too, even where the checkpoint repeats a key
    // (sockets without addresses, stacked mounts).
    for (const id of ['diff-sockets-table', 'diff-mounts-table', 'diff-vmas-table'])
      await page.getByTestId(id).waitFor();
    await screenshot(page, 'compare-unchanged');

    await page.getByTestId('compare-input').setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('<b>not</b> a checkpoint\n'),
    });
    const error = page.getByTestId('compare-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/^notes\.txt is plain text, not a checkpoint/);
    await screenshot(page, 'compare-not-a-checkpoint');
    // No view fell over (the page's error boundary would have caught it quietly).
    expect(await page.getByTestId('view-error').count()).toBe(0);
    await collectCsp();
    expect(offences).toEqual(clean);
  });
});

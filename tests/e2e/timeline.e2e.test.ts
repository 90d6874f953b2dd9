/**
 * The Timeline view in the served build, on the shell fixture: the container's creation, the
 * checkpoint and bash's history on their lanes and in the table; a brush across the chart
 * narrows the table to the brushed span; the CSV export is Timesketch's format. No request
 * outside the origin, no console error, no CSP violation.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { FIXTURES, screenshot, type Offences } from './harness.ts';
import { CLEAN, servedChromium } from './suite.ts';

const served = servedChromium();
let page: Page;
let offences: Offences;
let collectCsp: () => Promise<void>;

beforeAll(async () => {
  ({ page, offences, collectCsp } = await served.open(path.join(FIXTURES, 'shell.tar.zst')));
});

const mark = (text: string) =>
  page
    .getByTestId('timeline-mark')
    .filter({ has: page.locator('title', { hasText: text }) })
    .first();

describe('timeline of shell.tar.zst', () => {
  test('shows the container created, the checkpoint and the history events', async () => {
    await page.evaluate(() => (location.hash = '#/timeline'));
    const table = page.getByTestId('timeline-table');
    await table.getByRole('row').filter({ hasText: 'Container created' }).waitFor();
    const created = await table.getByRole('row').filter({ hasText: 'Container created' });
    expect(await created.textContent()).toContain('2026-12-06T03:54:22.309632006Z');
    expect(
      await table.getByRole('row').filter({ hasText: 'Checkpoint images written' }).textContent(),
    ).toContain('2026-12-06T03:54:48Z');
    for (let n = 1; n <= 8; n++)
      expect(
        await table
          .getByRole('row')
          .filter({ hasText: `FIXTURE-HIST-0${n}` })
          .count(),
      ).toBe(1);
    const lanes = await page
      .getByTestId('timeline-chart')
      .locator('[data-lane]')
      .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-lane')));
    expect(lanes).toEqual(expect.arrayContaining(['engine', 'checkpoint', 'history', 'rootfs']));
    await screenshot(page, 'timeline-view');
  });

  test('brushing across the chart narrows the table to the span', async () => {
    const count = page.getByTestId('timeline-count');
    const total = Number(/of (\d+) events/.exec((await count.textContent())!)![1]);
    const from = (await mark('FIXTURE-HIST-02').boundingBox())!;
    const to = (await mark('FIXTURE-HIST-04').boundingBox())!;
    const y = from.y + from.height / 2;
    await page.mouse.move(from.x - 8, y);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width + 8, y, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => count.textContent()).toBe(`3 of ${total} events in the zoomed span`);
    const table = page.getByTestId('timeline-table');
    for (const n of [2, 3, 4])
      expect(
        await table
          .getByRole('row')
          .filter({ hasText: `FIXTURE-HIST-0${n}` })
          .count(),
      ).toBe(1);
    expect(await table.getByRole('row').filter({ hasText: 'FIXTURE-HIST-01' }).count()).toBe(0);
    expect(await table.getByRole('row').filter({ hasText: 'Container created' }).count()).toBe(0);
    await screenshot(page, 'timeline-brushed');
    await page.getByTestId('timeline-reset').click();
    await expect.poll(() => count.textContent()).toBe(`${total} of ${total} events`);
  });

  test('exports CSV in the Timesketch format', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('timeline-csv').click(),
    ]);
    expect(download.suggestedFilename()).toBe('shell-timeline.csv');
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe(
      'message,datetime,timestamp_desc,timestamp,source,container,pid,path,precision,note,evidence',
    );
    expect(csv).toContain(
      '2026-12-06T03:54:22.309632006Z,Container created,1796529262309632,engine',
    );
  });

  test('an event chosen in the table is bookmarked with a note, listed in Notes', async () => {
    const table = page.getByTestId('timeline-table');
    // The message cell, not the row's middle: the evidence cell is a link to the memory view.
    await table.getByText('cd /root && pwd # FIXTURE-HIST-03').click();
    const chosen = page.getByTestId('timeline-chosen');
    await expect.poll(() => chosen.textContent()).toContain('FIXTURE-HIST-03');
    await chosen.getByTestId('bookmark').click();
    await page.getByTestId('bookmark-note').fill('the attacker looked around /root');
    await page.getByTestId('bookmark-save').click();
    await chosen.getByRole('button', { name: /^Edit the bookmark of / }).waitFor();
    await screenshot(page, 'timeline-event-bookmarked');
    await page.evaluate(() => (location.hash = '#/notes'));
    const item = page.getByTestId('bookmark-item').filter({ hasText: 'Command entered' });
    await item.waitFor();
    expect(await item.innerText()).toContain('the attacker looked around /root');
    await item.getByRole('link').first().click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/timeline');
  });

  test('stays on its origin with no console error and no CSP violation', async () => {
    await collectCsp();
    expect(offences).toEqual(CLEAN);
  });
});

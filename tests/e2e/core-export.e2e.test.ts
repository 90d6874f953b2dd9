/**
 * The ELF core export in headless Chromium against the served build: open kitchen.tar.zst,
 * go to pid 1's memory page, press "Save ELF core" and check the downloaded file is an x86_64
 * core holding the heap canary (workloads/kitchen-sink.c). No request outside the origin, no
 * console error, no CSP violation.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  FIXTURES,
  launchChromium,
  screenshot,
  startServer,
  watchedPage,
  type Browser,
  type Served,
} from './harness.ts';
import { openThroughInput } from './checks.ts';

const CANARY = Buffer.from('HEAP-CANARY-0123456789abcdef', 'latin1');
const clean = { offOrigin: [], consoleErrors: [], pageErrors: [], cspViolations: [] };

let server: Served;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('ELF core export', () => {
  test('pid 1 saves as an x86_64 core file that holds the heap canary', async () => {
    const origin = new URL(server.url).origin;
    const { page, offences, collectCsp } = await watchedPage(
      browser.context,
      (url) => new URL(url).origin === origin,
    );
    await page.goto(server.url);
    await openThroughInput(page, path.join(FIXTURES, 'kitchen.tar.zst'));
    await page.getByRole('link', { name: 'Memory' }).click();
    const pid1 = page.getByTestId('memory-link').filter({ hasText: /^1$/ });
    await pid1.waitFor();
    await pid1.click();
    await page.waitForURL(/#\/process\/1\/memory$/);

    const button = page.getByRole('button', { name: 'Save ELF core' });
    expect(await button.getAttribute('title')).toMatch(/gdb .*-c/);
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('core.1');
    const saved = await readFile((await download.path())!);
    expect([...saved.subarray(0, 4)]).toEqual([0x7f, 0x45, 0x4c, 0x46]);
    expect(saved.readUInt16LE(16)).toBe(4); // ET_CORE
    expect(saved.readUInt16LE(18)).toBe(62); // EM_X86_64
    expect(saved.includes(CANARY)).toBe(true);

    // After the save the page names the file and its size, and has no notes for pid 1.
    const note = page.getByTestId('core-saved');
    await note.waitFor();
    expect((await note.textContent())!.replace(/\s+/g, ' ')).toMatch(/^saved core\.1, [\d.]+ MiB$/);
    expect(await page.getByTestId('core-problems').count()).toBe(0);
    await screenshot(page, 'memory-core-saved');

    await collectCsp();
    expect(offences).toEqual(clean);
  });
});

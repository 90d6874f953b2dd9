/**
 * Evidence hygiene on the served page: the decompressed members of a zstd checkpoint are in
 * the origin-private file system (OPFS) while it is open, "Forget this checkpoint" removes
 * them, and a fresh start removes copies an earlier page left behind.
 */
import { describe, expect, test } from 'vitest';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { FIXTURES, screenshot } from './harness.ts';
import { CLEAN as clean, servedChromium } from './suite.ts';

const served = servedChromium();

/** This origin's OPFS: every cc-analyser folder with the total bytes of its files. */
function opfs(page: Page) {
  return page.evaluate(async () => {
    type Dir = FileSystemDirectoryHandle & {
      entries(): AsyncIterable<[string, FileSystemHandle]>;
    };
    const root = (await navigator.storage.getDirectory()) as Dir;
    const out: Record<string, number> = {};
    for await (const [name, h] of root.entries()) {
      if (!name.startsWith('cc-analyser-') || h.kind !== 'directory') continue;
      let bytes = 0;
      for await (const [, f] of (h as Dir).entries())
        if (f.kind === 'file') bytes += (await (f as FileSystemFileHandle).getFile()).size;
      out[name] = bytes;
    }
    return out;
  });
}

describe('decompressed evidence in browser storage', () => {
  test('OPFS holds the copy while the checkpoint is open; Forget and a fresh start empty it', async () => {
    const { page, offences, collectCsp } = await served.open(
      path.join(FIXTURES, 'memhog-256m.tar.zst'),
    );
    expect(await page.getByTestId('storage').textContent()).toContain('OPFS');
    // While needed: one folder holding the decompressed pages (more than 256 MiB).
    const held = await opfs(page);
    expect(Object.keys(held)).toHaveLength(1);
    expect(Object.values(held)[0]).toBeGreaterThan(256 * 1024 * 1024);

    await page.getByTestId('forget').click();
    await page.getByTestId('forgotten').waitFor();
    expect(await opfs(page)).toEqual({});
    expect(new URL(page.url()).hash).toBe('');
    await screenshot(page, 'evidence-forgotten');

    // A copy left by a page that ended without cleaning up (a killed tab): planted here with
    // no open handle, it is gone once the page starts again, before anything is opened.
    await page.evaluate(async () => {
      const root = await navigator.storage.getDirectory();
      const dir = await root.getDirectoryHandle('cc-analyser-left-by-a-killed-tab', {
        create: true,
      });
      const w = await (await dir.getFileHandle('member-0', { create: true })).createWritable();
      await w.write(new Uint8Array(4096));
      await w.close();
    });
    expect(Object.keys(await opfs(page))).toEqual(['cc-analyser-left-by-a-killed-tab']);
    await page.reload();
    await page.getByRole('button', { name: 'Open a checkpoint…' }).waitFor();
    await expect.poll(() => opfs(page)).toEqual({});
    await collectCsp();
    expect(offences).toEqual(clean);
  });

  test('"Open another…" lands the next checkpoint on its Overview', async () => {
    const { page, offences, collectCsp } = await served.open(
      path.join(FIXTURES, 'kitchen.tar.zst'),
    );
    await page.evaluate(() => (location.hash = '#/sockets'));
    await page.waitForURL(/#\/sockets$/);
    await page.getByRole('button', { name: 'Open another…' }).click();
    await page.waitForURL(/#\/overview$/);
    await collectCsp();
    expect(offences).toEqual(clean);
  });
});

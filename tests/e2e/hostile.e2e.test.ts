/**
 * Hostile inputs on the served page (dist/ with its CSP header): every view of a fixture under
 * the CSP with no violation and no request outside the origin; the hand-made hostile corpus
 * (tests/hostile/make-corpus.ts), each input with its expected message in the warnings panel;
 * markup planted in CRIU images shown as text; a damaged archive keeps the rest on screen;
 * and nothing is left in the browser's storage.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FIXTURES, SINGLE_FILE_URL, screenshot, watchedPage } from './harness.ts';
import { CLEAN as clean, servedChromium } from './suite.ts';
import { openThroughInput } from './checks.ts';
import { MARKUP, makeCorpus, type CorpusItem } from '../hostile/make-corpus.ts';
import { findMember, replaceMember } from '../hostile/tar-edit.ts';
import { decodeImage, encodeImage } from '../../src/lib/criu/index.ts';
import { fixtureTar } from '../unit/hostile/fixture-tar.ts';

const served = servedChromium();
const page = () => served.page();
let dir: string;
let items: CorpusItem[];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cc-analyser-e2e-hostile-'));
  items = await makeCorpus(dir);
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('hostile inputs on the served page', () => {
  test('every view of a fixture loads under the CSP, nothing leaves the origin or is stored', async () => {
    const { page: p, offences, collectCsp } = await page();
    await openThroughInput(p, path.join(FIXTURES, 'kitchen.tar.zst'));
    const nav = p.getByRole('navigation');
    const labels = (await nav.getByRole('link').allTextContents()).map((l) => l.trim());
    expect(labels.length).toBeGreaterThanOrEqual(5);
    for (const label of labels) {
      await nav.getByRole('link', { name: label, exact: true }).click();
      await p.locator('main').waitFor();
      await p.waitForLoadState('networkidle');
      expect(await p.getByTestId('view-error').count(), label).toBe(0);
    }
    // Deep routes: a process page and its tabs, its memory, an image's entries.
    for (const hash of [
      '#/process/1',
      '#/process/1/files',
      '#/process/1/maps',
      '#/process/1/memory',
      '#/images/0/pstree.img',
      '#/images/0/pages-1.img',
    ]) {
      await p.evaluate((h) => (location.hash = h), hash);
      await p.waitForURL(new RegExp(hash.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') + '$'));
      await p.waitForLoadState('networkidle');
      expect(await p.getByTestId('view-error').count(), hash).toBe(0);
    }
    const stored = await p.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      idb: (await indexedDB.databases()).length,
      cookies: document.cookie,
    }));
    expect(stored).toEqual({ local: 0, session: 0, idb: 0, cookies: '' });
    await collectCsp();
    expect(offences).toEqual(clean);
    await p.close();
  });

  test('OPFS copies of large members are temporary: one folder per tab, removed on close', async () => {
    const { page: p, offences, collectCsp } = await page();
    const folders = () =>
      p.evaluate(async () => {
        const root = await navigator.storage.getDirectory();
        const names: string[] = [];
        for await (const name of (root as unknown as { keys(): AsyncIterable<string> }).keys())
          names.push(name);
        return names;
      });
    // Folders of other open tabs are theirs; this tab adds one and removes it again.
    const before = await folders();
    await openThroughInput(p, path.join(FIXTURES, 'kitchen.tar.zst'));
    // (The first open of a worker also removes folders of tabs closed earlier.)
    const mine = (await folders()).filter((n) => !before.includes(n));
    expect(mine).toHaveLength(1);
    // Closing it (the way to open another input) removes its folder.
    await p.getByRole('button', { name: 'Open another…' }).click();
    await expect.poll(async () => (await folders()).includes(mine[0]!)).toBe(false);
    // An uncompressed input needs no copy at all.
    await openThroughInput(p, path.join(dir, 'unknown-magic.tar'));
    expect((await folders()).filter((n) => !before.includes(n))).toEqual([]);
    await collectCsp();
    expect(offences).toEqual(clean);
    await p.close();
  });

  test('each hostile input shows its problem in the warnings panel, with counts', async () => {
    for (const item of items.filter((i) => i.code)) {
      const expected = item.page ?? { code: item.code!, message: item.message! };
      const { page: p, offences, collectCsp } = await page();
      await openThroughInput(p, path.join(dir, item.file));
      const warnings = p.getByTestId('warnings');
      await warnings.waitFor();
      // Pages and parent problems come from the model, built right after the summary.
      await expect
        .poll(async () => (await warnings.textContent()) ?? '', { timeout: 30_000 })
        .toMatch(expected.message);
      const text = (await warnings.textContent()) ?? '';
      expect(text, item.file).toContain(expected.code);
      expect(text, item.file).toMatch(/×\d+/);
      if (item.partial) {
        // One thing wrong: the checkpoint is still shown.
        expect(await p.getByTestId('container-0').count(), item.file).toBe(1);
      }
      await collectCsp();
      expect(offences, item.file).toEqual(clean);
      await p.close();
    }
  });

  test('markup in CRIU images and config is shown as text, never run', async () => {
    const { page: p, offences, collectCsp } = await page();
    let dialogs = 0;
    p.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await openThroughInput(p, path.join(dir, 'markup.tar'));
    expect(await p.getByTestId('c-name').textContent()).toBe(MARKUP.name);
    const main = async () => (await p.locator('main').textContent()) ?? '';
    await p.evaluate(() => (location.hash = '#/processes'));
    const node = p.getByTestId('process-tree').locator('a[data-pid="1"]');
    await expect.poll(async () => (await node.textContent()) ?? '').toContain(MARKUP.comm);
    await p.evaluate(() => (location.hash = '#/process/1/maps'));
    await expect.poll(main).toContain(MARKUP.path);
    await p.evaluate(() => (location.hash = '#/process/1'));
    const title = p.getByTestId('process-title');
    await expect.poll(async () => (await title.textContent()) ?? '').toContain(MARKUP.comm);
    expect(await p.locator('main img, main script, main iframe').count()).toBe(0);
    expect(dialogs).toBe(0);
    expect(await p.title()).toBe('markup.tar — cc-analyser');
    await screenshot(p, 'hostile-markup');
    await collectCsp();
    expect(offences).toEqual(clean);
    await p.close();
  });

  test('a damaged archive: warnings with counts, and everything else still shown', async () => {
    // kitchen with a corrupted core image and its end cut off (inside rootfs-diff.tar).
    const tar = (await fixtureTar('kitchen.tar.zst')).slice();
    const core = findMember(tar, /checkpoint\/core-10\.img$/);
    new DataView(tar.buffer).setUint32(core.dataOffset + 4, 0x0badf00d, true);
    const diff = findMember(tar, /^rootfs-diff\.tar$/);
    const file = path.join(dir, 'kitchen-damaged.tar');
    await writeFile(file, tar.subarray(0, diff.dataOffset + 1000));
    const { page: p, offences, collectCsp } = await page();
    await openThroughInput(p, file);
    const warnings = p.getByTestId('warnings');
    await warnings.waitFor();
    await expect
      .poll(async () => (await warnings.textContent()) ?? '', { timeout: 30_000 })
      .toMatch(/unknown-magic[\s\S]*core-10\.img|core-10\.img[\s\S]*unknown-magic/);
    expect(await warnings.textContent()).toMatch(/truncated-archive/);
    expect(await warnings.locator('.count').first().textContent()).toMatch(/^\d+$/);
    // The rest: the container card, the members, the process tree.
    expect(await p.getByTestId('c-name').textContent()).toBe('kitchen');
    await p
      .getByTestId('members')
      .getByRole('cell', { name: 'config.dump', exact: true })
      .waitFor();
    await p.evaluate(() => (location.hash = '#/processes'));
    await p.getByTestId('process-tree').locator('a[data-pid="1"]').waitFor();
    await screenshot(p, 'hostile-damaged');
    await collectCsp();
    expect(offences).toEqual(clean);
    await p.close();
  });

  test('after one view fails, the next address gets its own fresh attempt', async () => {
    // kitchen with a ppid cycle: pid 1's parent made one of its own children, which the
    // process tree cannot lay out (the view may fail; the next one must not inherit that).
    const tar = (await fixtureTar('kitchen.tar.zst')).slice();
    const member = findMember(tar, /checkpoint\/pstree\.img$/);
    const image = decodeImage(tar.slice(member.dataOffset, member.dataOffset + member.size));
    const child = image.entries.find((e) => e['ppid'] === 1)!;
    const root = image.entries.find((e) => e['pid'] === 1)!;
    root['ppid'] = child['pid'];
    const file = path.join(dir, 'kitchen-ppid-cycle.tar');
    await writeFile(file, replaceMember(tar, member, encodeImage(image)));
    const { page: p, offences, collectCsp } = await page();
    await openThroughInput(p, file);
    await p.evaluate(() => (location.hash = '#/processes'));
    await p.locator('[data-testid="view-error"], [data-testid="process-table"]').first().waitFor();
    // Whether or not the tree copes with the cycle, the next address is rendered afresh.
    await p.evaluate(() => (location.hash = '#/files'));
    await p.getByTestId('fd-table').waitFor();
    expect(await p.getByTestId('view-error').count()).toBe(0);
    await collectCsp();
    expect(offences).toEqual(clean);
    await p.close();
  });

  test('the single file from file:// too: damage and markup, no request, no violation', async () => {
    const {
      page: p,
      offences,
      collectCsp,
    } = await watchedPage(served.browser.context, (url) => url === SINGLE_FILE_URL);
    await p.goto(SINGLE_FILE_URL);
    let dialogs = 0;
    p.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await openThroughInput(p, path.join(dir, 'markup.tar'));
    expect(await p.getByTestId('c-name').textContent()).toBe(MARKUP.name);
    await p.getByRole('button', { name: 'Open another…' }).click();
    await openThroughInput(p, path.join(dir, 'zstd-bomb.tar.zst'));
    const warnings = p.getByTestId('warnings');
    await expect
      .poll(async () => (await warnings.textContent()) ?? '')
      .toMatch(/compression ratio above \d+:1/);
    expect(await p.locator('main img, main script, main iframe').count()).toBe(0);
    expect(dialogs).toBe(0);
    await collectCsp();
    expect(offences).toEqual(clean);
    await p.close();
  });
});

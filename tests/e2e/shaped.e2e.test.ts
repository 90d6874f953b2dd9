/**
 * Checkpoints an attacker shaped (issue 18, tests/hostile/shaped.ts) on the served page: a
 * 20,000-deep chain, 50,000 children with 200,000 fds, a ppid cycle with a duplicate pid and
 * a self-parent, colliding rootfs-diff names, bidi and invisible names. Every main view
 * renders (no "This view failed"), every entry is shown, anomalies are reported, and hidden
 * characters are shown as escapes inside isolated text.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { screenshot } from './harness.ts';
import { CLEAN as clean, servedChromium, type Watched } from './suite.ts';
import {
  BIDI,
  COLLIDING,
  bidiNames,
  collidingDiff,
  cyclicTree,
  deepChain,
  wideTree,
} from '../hostile/shaped.ts';
import { fixtureTar } from '../unit/hostile/fixture-tar.ts';

const served = servedChromium();
let dir = '';
const file = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cc-analyser-e2e-shaped-'));
  const kitchen = await fixtureTar('kitchen.tar.zst');
  await writeFile(file('deep.tar'), deepChain(kitchen));
  await writeFile(file('wide.tar'), wideTree(kitchen));
  await writeFile(file('cycle.tar'), cyclicTree(kitchen));
  await writeFile(file('collide.tar'), collidingDiff(kitchen));
  await writeFile(file('bidi.tar'), bidiNames(kitchen));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const go = async (p: Page, hash: string) => {
  await p.evaluate((h) => (location.hash = h), hash);
  await p.waitForLoadState('networkidle');
};

/** Every nav view and the process pages named: each renders without "This view failed". */
async function everyView(w: Watched, pids: number[]) {
  const p = w.page;
  const nav = p.getByRole('navigation');
  const labels = (await nav.getByRole('link').allTextContents()).map((l) => l.trim());
  expect(labels.length).toBeGreaterThanOrEqual(5);
  for (const label of labels) {
    await nav.getByRole('link', { name: label, exact: true }).click();
    await p.locator('main').waitFor();
    await p.waitForLoadState('networkidle');
    expect(await p.getByTestId('view-error').count(), label).toBe(0);
  }
  for (const pid of pids)
    for (const tab of ['', '/files', '/maps']) {
      await go(p, `#/process/${pid}${tab}`);
      await p.getByTestId('process-title').waitFor();
      expect(await p.getByTestId('view-error').count(), `${pid}${tab}`).toBe(0);
    }
}

const finish = async (w: Watched) => {
  await w.collectCsp();
  expect(w.offences).toEqual(clean);
  await w.page.close();
};

describe('checkpoints an attacker shaped, on the served page', () => {
  test('a 20,000-deep chain: every view renders, every process is listed', async () => {
    const w = await served.open(file('deep.tar'));
    await go(w.page, '#/processes');
    await expect
      .poll(async () => (await w.page.locator('main').textContent()) ?? '', { timeout: 60_000 })
      .toContain('20004 processes');
    await everyView(w, [1, 100_000, 119_999]);
    await finish(w);
  });

  test('50,000 children and 200,000 fds: every view renders', async () => {
    const w = await served.open(file('wide.tar'));
    await go(w.page, '#/processes');
    await expect
      .poll(async () => (await w.page.locator('main').textContent()) ?? '', { timeout: 60_000 })
      .toContain('50004 processes');
    await everyView(w, [1, 149_999]);
    await go(w.page, '#/process/1/files');
    await expect
      .poll(async () => (await w.page.locator('main').textContent()) ?? '')
      .toContain('200000');
    await finish(w);
  });

  test('a ppid cycle, a pid twice, a self-parent: every entry drawn, the anomalies reported', async () => {
    const w = await served.open(file('cycle.tar'));
    const p = w.page;
    const warnings = p.getByTestId('warnings');
    await expect
      .poll(async () => (await warnings.textContent()) ?? '', { timeout: 30_000 })
      .toMatch(/bad-process-tree/);
    await go(p, '#/processes');
    const tree = p.getByTestId('process-tree');
    await tree.locator('a[data-pid="1"]').waitFor();
    const drawn = await tree
      .locator('a[data-pid]')
      .evaluateAll((a) => a.map((x) => Number(x.getAttribute('data-pid'))).sort((m, n) => m - n));
    expect(drawn).toEqual([1, 6, 10, 10, 11, 12]);
    expect(await p.getByTestId('process-table').getByRole('row').count()).toBe(7);
    expect(await tree.getByTestId('tree-note').allTextContents()).toEqual([
      '⚠ ppid 11 ignored: cycle',
      '⚠ pid 10 listed again',
      '⚠ its own parent',
    ]);
    await screenshot(p, 'hostile-cycle');
    await go(p, '#/mounts');
    await p.getByTestId('namespaces').waitFor();
    await everyView(w, [1, 10, 12]);
    await finish(w);
  });

  test('colliding rootfs-diff names: all shown, each marked as colliding', async () => {
    const w = await served.open(file('collide.tar'));
    const p = w.page;
    await go(p, '#/fs');
    const tree = p.getByTestId('fs-tree');
    await tree.getByRole('treeitem').first().waitFor();
    // 8 entries under `etc`: 3× passwd, 2× shadow, hosts as a file, a folder and its child.
    const marked = tree.getByTestId('fs-collision');
    await expect.poll(() => marked.count()).toBe(COLLIDING.length);
    expect(await p.getByTestId('fs-table').getByRole('row').count()).toBeGreaterThan(
      COLLIDING.length,
    );
    expect(await p.getByTestId('warnings').textContent()).toMatch(/path-collision/);
    await screenshot(p, 'hostile-collide');
    await everyView(w, [1]);
    await finish(w);
  });

  test('bidi, zero-width and newline names: shown as escapes, isolated', async () => {
    const w = await served.open(file('bidi.tar'));
    const p = w.page;
    const name = p.getByTestId('c-name');
    expect(await name.textContent()).toBe('ctr-\\u{202e}gnp.exe');
    expect(await name.locator('bdi').count()).toBe(1);
    await go(p, '#/mounts');
    const host = p.getByTestId('uts-hostname');
    await host.waitFor();
    expect(await host.textContent()).toBe('png.\\u{202e}exe, domain (none)live');
    await go(p, '#/processes');
    const table = p.getByTestId('process-table');
    await table.getByRole('cell', { name: 'ad\\u{200b}min', exact: true }).waitFor();
    await table
      .getByRole('cell', { name: '\\u{200b}\\u{200c}\\u{200d}\\u{2060}', exact: true })
      .waitFor();
    expect(
      await p.getByTestId('process-tree').locator('a[data-pid="11"] .comm').textContent(),
    ).toBe('\\u{200b}\\u{200c}\\u{…');
    await go(p, '#/process/6');
    await expect
      .poll(async () => (await p.getByTestId('process-title').textContent()) ?? '')
      .toContain('ad\\u{200b}min');
    await go(p, '#/process/1/files');
    await expect
      .poll(async () => (await p.locator('main').textContent()) ?? '')
      .toContain('/tmp/line\\x0abreak');
    await screenshot(p, 'hostile-bidi');
    // Nowhere in the page is a hidden character left raw.
    for (const hash of ['#/', '#/processes', '#/process/1/files', '#/mounts', '#/files']) {
      await go(p, hash);
      const text = await p.evaluate(() => document.body.innerText);
      expect(text, hash).not.toMatch(/[\u202e\u200b-\u200d\u2060]/);
      expect(text, hash).not.toContain(BIDI.path);
    }
    await everyView(w, [1, 6, 11]);
    await finish(w);
  });
});

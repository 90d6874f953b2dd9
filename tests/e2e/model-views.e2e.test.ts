/**
 * The model views in the served build: the kitchen checkpoint's process tree, a process page
 * with its argv and environment, the sockets with TCP in-flight data, the ghost file's
 * content, the rootfs diff — reached by URL hash and by keyboard, with no request outside the
 * origin, no console error and no CSP violation. Facts from tests/fixtures/README.md and
 * workloads/kitchen-sink.c.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { FIXTURES, SINGLE_FILE_URL, screenshot, watchedPage, type Offences } from './harness.ts';
import { openThroughInput } from './checks.ts';
import { CLEAN, servedChromium } from './suite.ts';

const served = servedChromium();
let page: Page;
let offences: Offences;
let collectCsp: () => Promise<void>;

beforeAll(async () => {
  ({ page, offences, collectCsp } = await served.open(path.join(FIXTURES, 'kitchen.tar.zst')));
});

const go = async (hash: string) => {
  await page.evaluate((h) => (location.hash = h), hash);
};

describe('model views on kitchen.tar.zst', () => {
  test('the process tree shows every process with its name, state and threads', async () => {
    // Keyboard: the Processes tab is the second nav entry.
    await page.keyboard.press('2');
    const tree = page.getByTestId('process-tree');
    await tree.waitFor();
    expect(page.url()).toMatch(/#\/processes$/);
    const names: Record<number, string> = {
      1: 'kitchen-sink',
      6: 'ks-worker',
      10: 'sleep',
      11: 'ks-grandchild',
    };
    for (const [pid, comm] of Object.entries(names)) {
      const node = tree.locator(`a[data-pid="${pid}"]`);
      await expect.poll(() => node.textContent()).toContain(comm);
      expect(await node.textContent()).toContain('Alive');
    }
    expect(await tree.locator('a[data-pid="6"]').textContent()).toContain('4 threads');
    await page.getByTestId('process-table').getByRole('row').nth(4).waitFor();
    await screenshot(page, 'model-processes');
  });

  test('clicking a process opens its page with argv and environment', async () => {
    await page.getByTestId('process-tree').locator('a[data-pid="6"]').click();
    await page.getByTestId('argv').waitFor();
    expect(page.url()).toMatch(/#\/process\/6$/);
    expect(await page.getByTestId('process-title').textContent()).toContain('ks-worker');
    expect(await page.getByTestId('argv').textContent()).toContain('--token=argv-canary-19c2');
    const env = page.getByTestId('environ');
    await env.getByTestId('environ-filter').fill('FORENSIC');
    const row = env.getByRole('row').filter({ hasText: 'FORENSIC_MARKER' });
    await row.waitFor();
    expect(await row.textContent()).toContain('env-canary-7f3a');
    await env.getByTestId('environ-filter').fill('');
    expect(await page.getByTestId('threads').getByRole('row').count()).toBe(5);
    await screenshot(page, 'model-process-6');
  });

  test('the process page lists its files, sockets and memory maps', async () => {
    await go('#/process/1/files');
    const fds = page.getByTestId('fd-table');
    await fds.getByRole('row').filter({ hasText: '/tmp/deleted.txt' }).first().waitFor();
    await screenshot(page, 'model-process-1-files');
    await go('#/process/1/sockets');
    await page.getByTestId('socket-table').getByRole('row').filter({ hasText: '9090' }).waitFor();
    await go('#/process/1/maps');
    await page.getByTestId('maps-table').getByRole('row').filter({ hasText: '[heap]' }).waitFor();
    await screenshot(page, 'model-process-1-maps');
  });

  test('the sockets view shows the TCP in-flight data as text and hex', async () => {
    await go('#/sockets');
    const table = page.getByTestId('socket-table');
    const row = table.getByRole('row').filter({ hasText: 'tcp-payload-in-flight' });
    await row.waitFor();
    await row.click();
    const queues = page.getByTestId('socket-queues');
    await queues.getByTestId('content-text').waitFor();
    expect(await queues.getByTestId('content-text').textContent()).toBe('tcp-payload-in-flight');
    // "tcp-" in hex
    expect(await queues.getByTestId('hexdump').textContent()).toContain('74 63 70 2d');
    // The socket itself can be bookmarked (beside its queues' contents).
    await queues.getByRole('button', { name: /^Bookmark socket \d+: / }).waitFor();
    await table.getByRole('row').filter({ hasText: 'queued-in-socketpair' }).waitFor();
    await screenshot(page, 'model-sockets');
  });

  test('the ghost file content is viewable in the Files view', async () => {
    await go('#/files');
    const ghosts = page.getByTestId('ghost-table');
    const row = ghosts.getByRole('row').filter({ hasText: '/tmp/deleted.txt' });
    await row.waitFor();
    await row.focus();
    await page.keyboard.press('Enter');
    const text = page.getByTestId('content-viewer').getByTestId('content-text');
    await text.waitFor();
    expect(await text.textContent()).toBe('ghost-content: this file was unlinked while open\n');
    await screenshot(page, 'model-files');
  });

  test('the root fs diff is browsable with file contents, plus deleted.files', async () => {
    await go('#/fs');
    const tree = page.getByTestId('fs-tree');
    await tree.getByRole('button', { name: 'newfile.txt' }).click();
    await page.getByTestId('content-viewer').getByTestId('content-text').waitFor();
    expect(await page.getByTestId('deleted-files').textContent()).toContain('/srv/index.html');
    await screenshot(page, 'model-fs');
  });

  test('IPC, mounts and namespaces show', async () => {
    await go('#/mounts');
    await page
      .getByTestId('mount-table')
      .getByRole('row')
      .filter({ hasText: 'proc' })
      .first()
      .waitFor();
    expect(await page.getByTestId('uts-hostname').textContent()).toBe('9a24dbbe2c2b');
    await screenshot(page, 'model-mounts');
    await go('#/ipc');
    await page.getByRole('heading', { name: /IPC namespace/ }).waitFor();
    await screenshot(page, 'model-ipc');
  });

  test('the overview adds what the model holds: counts, annotations, CRIU inventory', async () => {
    await go('#/overview');
    const details = page.getByTestId('model-details-0');
    await details.waitFor();
    expect(await details.textContent()).toContain('4 processes');
    await details.getByText('CRIU inventory').click();
    expect(await details.getByTestId('inventory').textContent()).toContain('"img_version": 2');
    await screenshot(page, 'model-overview');
  });

  test('the whole model downloads as JSON', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-model').click(),
    ]);
    expect(download.suggestedFilename()).toBe('kitchen.inspect.json');
    const file = await download.path();
    const doc = JSON.parse(await readFile(file, 'utf8'));
    expect(doc.processes.map((p: { pid: number }) => p.pid).sort()).toEqual([1, 10, 11, 6]);
  });

  test('dark mode keeps the views readable', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await go('#/process/6');
    await page.getByTestId('argv').waitFor();
    await screenshot(page, 'model-process-6-dark');
    await go('#/sockets');
    await page.getByTestId('socket-table').getByRole('row').nth(3).click();
    await page.getByTestId('socket-queues').getByTestId('hexdump').waitFor();
    await screenshot(page, 'model-sockets-dark');
    await go('#/processes');
    await page.getByTestId('process-tree').waitFor();
    await screenshot(page, 'model-processes-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  test('nothing left the origin, no console error, no CSP violation', async () => {
    await collectCsp();
    expect(offences).toEqual(CLEAN);
  });
});

describe('model views on other checkpoints', () => {
  test('a pod checkpoint: the container picker switches the process tree', async () => {
    const watched = await served.page();
    await openThroughInput(watched.page, path.join(FIXTURES, 'pod-kitchen-web.tar.zst'));
    await watched.page.evaluate(() => (location.hash = '#/processes'));
    const picker = watched.page.getByTestId('container-picker');
    await picker.waitFor();
    const web = await picker.locator('option', { hasText: 'web' }).getAttribute('value');
    await picker.selectOption(web!);
    await watched.page
      .getByTestId('process-tree')
      .locator('a', { hasText: 'httpd' })
      .first()
      .waitFor();
    await screenshot(watched.page, 'model-pod-web');
    await watched.collectCsp();
    expect(watched.offences).toEqual(CLEAN);
    await watched.page.close();
  });

  test('many processes: the tree and the table show all of them', async () => {
    const watched = await served.page();
    await openThroughInput(watched.page, path.join(FIXTURES, 'many.tar.zst'));
    await watched.page.evaluate(() => (location.hash = '#/processes'));
    const tree = watched.page.getByTestId('process-tree');
    await tree.locator('a[data-pid]').nth(60).waitFor();
    const count = await watched.page.getByTestId('process-table-count').textContent();
    expect(Number(count?.match(/\d+/)?.[0])).toBeGreaterThan(64);
    await screenshot(watched.page, 'model-many');
    await watched.collectCsp();
    expect(watched.offences.consoleErrors).toEqual([]);
    expect(watched.offences.pageErrors).toEqual([]);
    await watched.page.close();
  });

  test('the single-file build from file:// shows the tree and a ghost file too', async () => {
    const watched = await watchedPage(served.browser.context, (url) => url === SINGLE_FILE_URL);
    await watched.page.goto(SINGLE_FILE_URL);
    await openThroughInput(watched.page, path.join(FIXTURES, 'kitchen.tar.zst'));
    await watched.page.evaluate(() => (location.hash = '#/processes'));
    await watched.page.getByTestId('process-tree').locator('a[data-pid="11"]').waitFor();
    await watched.page.evaluate(() => (location.hash = '#/files'));
    const row = watched.page
      .getByTestId('ghost-table')
      .getByRole('row')
      .filter({ hasText: '/tmp/deleted.txt' });
    await row.click();
    const text = watched.page.getByTestId('content-text');
    await text.waitFor();
    expect(await text.textContent()).toContain('ghost-content');
    await watched.collectCsp();
    expect(watched.offences).toEqual(CLEAN);
    await watched.page.close();
  });

  test('bare CRIU images (no engine files): every model view renders', async () => {
    const watched = await served.page();
    const p = watched.page;
    await openThroughInput(p, path.join(FIXTURES, 'bare-images.tar.gz'));
    await p.getByTestId('model-details-0').waitFor();
    // Host pids: take the first process the tree shows for its process page.
    await p.evaluate(() => (location.hash = '#/processes'));
    const first = p.getByTestId('process-tree').locator('a[data-pid]').first();
    const pid = await first.getAttribute('data-pid');
    const views: [string, string][] = [
      ['#/processes', 'process-table'],
      ['#/files', 'fd-table'],
      ['#/sockets', 'socket-table'],
      ['#/fs', 'fs-table'],
      ['#/mounts', 'mount-table'],
      [`#/process/${pid}/maps`, 'maps-table'],
      [`#/process/${pid}`, 'threads'],
    ];
    for (const [hash, testid] of views) {
      await p.evaluate((h) => (location.hash = h), hash);
      await p.getByTestId(testid).waitFor();
      expect(await p.getByTestId('view-error').count()).toBe(0);
    }
    await p.evaluate(() => (location.hash = '#/ipc'));
    await p.getByRole('heading', { name: 'System V IPC' }).waitFor();
    await screenshot(p, 'model-bare-ipc');
    await watched.collectCsp();
    expect(watched.offences).toEqual(CLEAN);
    await p.close();
  });
});

describe('model views on lifecycle.tar.zst (zombies, locks, executables that are no file)', () => {
  test('the tree badges give each zombie its decoded exit status, inside its card', async () => {
    const watched = await served.page();
    const p = watched.page;
    await openThroughInput(p, path.join(FIXTURES, 'lifecycle.tar.zst'));
    await p.evaluate(() => (location.hash = '#/processes'));
    const tree = p.getByTestId('process-tree');
    await tree.locator('a[data-pid="12"]').waitFor();
    expect(await tree.locator('a[data-pid="6"]').textContent()).toContain(
      'Zombie · exited with status 3',
    );
    expect(await tree.locator('a[data-pid="7"]').textContent()).toContain(
      'Zombie · killed by signal SIGKILL (9)',
    );
    // Every badge ends inside its card (the card is sized for the longest badge).
    const overflow = await tree.locator('a[data-pid]').evaluateAll((nodes) =>
      nodes
        .map((a) => {
          const box = a.querySelector('rect.box')!.getBoundingClientRect();
          const badge = a.querySelector('.badge rect')!.getBoundingClientRect();
          return badge.right > box.right ? a.getAttribute('data-pid') : null;
        })
        .filter((x) => x !== null),
    );
    expect(overflow).toEqual([]);
    const table = p.getByTestId('process-table');
    await table.getByRole('row').filter({ hasText: 'fx-zombie-kill9' }).waitFor();
    expect(
      await table.getByRole('row').filter({ hasText: 'fx-zombie-kill9' }).textContent(),
    ).toContain('killed by signal SIGKILL (9)');
    await screenshot(p, 'lifecycle-processes');

    // A zombie's page: its exit status, and what CRIU does not record, said as such.
    await p.evaluate(() => (location.hash = '#/process/6'));
    await p.getByTestId('zombie-note').waitFor();
    expect(await p.getByTestId('wait-status').textContent()).toContain('exited with status 3');
    const facts = await p.getByRole('region', { name: 'Process facts' }).textContent();
    expect(facts).toContain('not recorded for a zombie');
    expect(facts).not.toContain('disabled');
    expect(await p.getByTestId('threads').count()).toBe(0);
    expect(await p.getByText('default action').count()).toBe(0);
    await screenshot(p, 'lifecycle-zombie-6');

    // The locker's descriptors carry their locks; the page lists them.
    await p.evaluate(() => (location.hash = '#/process/9'));
    expect(await p.getByTestId('process-locks').textContent()).toContain('FLOCK LOCK_EX');
    await p.evaluate(() => (location.hash = '#/process/9/files'));
    const fds = p.getByTestId('fd-table');
    await fds.getByRole('row').filter({ hasText: 'posix-wr.dat' }).waitFor();
    expect(await fds.getByRole('row').filter({ hasText: 'posix-wr.dat' }).textContent()).toContain(
      'POSIX F_WRLCK bytes 100–199',
    );
    await screenshot(p, 'lifecycle-process-9-files');

    // A program run from a memfd: memfd:NAME, and its bytes (an ELF file) one click away.
    await p.evaluate(() => (location.hash = '#/process/11'));
    const exe = p.getByTestId('process-exe');
    await exe.waitFor();
    expect(await exe.textContent()).toContain('memfd:fx-memfd-exe');
    await exe.getByRole('button').click();
    await p.getByTestId('content-viewer').waitFor();
    expect(await p.getByTestId('content-viewer').textContent()).toContain('ELF');
    await screenshot(p, 'lifecycle-process-11');
    await p.evaluate(() => (location.hash = '#/process/10'));
    await exe.waitFor();
    expect(await exe.textContent()).toContain('deleted');
    expect(await exe.getByRole('button').textContent()).toContain('ghost file');

    await watched.collectCsp();
    expect(watched.offences).toEqual(CLEAN);
    await p.close();
  });
});

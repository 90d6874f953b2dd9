/**
 * The ELF core export in headless Chromium against the served build: open kitchen.tar.zst,
 * go to pid 1's memory page, press "Save ELF core" and check the downloaded file is an x86_64
 * core holding the heap canary (workloads/kitchen-sink.c); a checkpoint of an architecture
 * the builder does not know gets a message, not a file. No request outside the origin, no
 * console error, no CSP violation.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeImage } from '../../src/lib/criu/decode-image.ts';
import { encodeImage } from '../../src/lib/criu/encode-image.ts';
import type { Entry } from '../../src/lib/criu/types.ts';
import { findMember, replaceMember } from '../hostile/tar-edit.ts';
import { FIXTURES, screenshot } from './harness.ts';
import { CLEAN as clean, servedChromium } from './suite.ts';

const CANARY = Buffer.from('HEAP-CANARY-0123456789abcdef', 'latin1');

const served = servedChromium();
let temp: string | undefined;
afterAll(async () => {
  if (temp) await rm(temp, { recursive: true, force: true });
});

async function openInPage(file: string) {
  const watched = await served.open(file);
  await watched.page.getByRole('link', { name: 'Memory' }).click();
  const pid1 = watched.page.getByTestId('memory-link').filter({ hasText: /^1$/ });
  await pid1.waitFor();
  await pid1.click();
  await watched.page.waitForURL(/#\/process\/1\/memory$/);
  return watched;
}

/** A copy of `tar` with the first entry of one core image changed. */
function editCore(tar: Uint8Array, name: string, change: (core: Entry) => void): Uint8Array {
  const member = findMember(tar, new RegExp(`checkpoint/${name.replace('.', '\\.')}$`));
  const image = decodeImage(tar.subarray(member.dataOffset, member.dataOffset + member.size));
  change(image.entries[0]!);
  return replaceMember(tar, member, encodeImage(image));
}

/**
 * kitchen as an uncompressed tar whose core-1.img says ppc64 (core_entry.march PPC64 = 4) and
 * whose core-7.img (a thread of pid 6) lost its registers.
 */
async function editedKitchen(): Promise<string> {
  let tar: Uint8Array = new Uint8Array(
    gunzipSync(await readFile(path.join(FIXTURES, 'kitchen.tar.gz'))),
  );
  tar = editCore(tar, 'core-1.img', (core) => (core.mtype = 4));
  tar = editCore(tar, 'core-7.img', (core) => delete core.thread_info);
  temp = await mkdtemp(path.join(tmpdir(), 'cc-analyser-e2e-core-'));
  const file = path.join(temp, 'kitchen-edited.tar');
  await writeFile(file, tar);
  return file;
}

describe('ELF core export', () => {
  test('pid 1 saves as an x86_64 core file that holds the heap canary', async () => {
    const { page, offences, collectCsp } = await openInPage(path.join(FIXTURES, 'kitchen.tar.zst'));

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

  test('a ppc64 process gets a message; a thread without registers, a note', async () => {
    const { page, offences, collectCsp } = await openInPage(await editedKitchen());
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.getByRole('button', { name: 'Save ELF core' }).click();
    const alert = page.getByTestId('core-button').getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      'pid 1: ELF core files are written for x86_64 and aarch64 only',
    );
    // The button is usable again and the rest of the page still works.
    expect(await page.getByRole('button', { name: 'Save ELF core' }).isEnabled()).toBe(true);
    expect(await page.getByTestId('vma-table').locator('tbody tr').count()).toBeGreaterThan(5);
    expect(downloads).toBe(0);
    await screenshot(page, 'memory-core-unsupported');

    // pid 6 is x86_64: its core is written, with the thread that has no registers left out.
    await page.getByTestId('memory-process').selectOption('0:6');
    await page.waitForURL(/#\/process\/6\/memory$/);
    // A fresh button for the new process: the last one's message is gone.
    expect(await page.getByTestId('core-button').getByRole('alert').count()).toBe(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save ELF core' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('core.6');
    const saved = await readFile((await download.path())!);
    expect(saved.readUInt16LE(18)).toBe(62);
    const note = page.getByTestId('core-problems');
    await note.waitFor();
    expect((await note.textContent())!.replace(/\s+/g, ' ').trim()).toBe(
      'Note: core-7.img has no registers',
    );
    expect(await note.getAttribute('class')).toMatch(/muted/);
    await screenshot(page, 'memory-core-note');

    await collectCsp();
    expect(offences).toEqual(clean);
  });
});

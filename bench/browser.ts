/**
 * The Chromium half of the benchmark: serves the built dist/ with the same server `npm start`
 * uses, drives Debian's Chromium (playwright-core, never a downloaded browser), gives the page
 * the benchmark archive through its file input, and measures how long until the page shows
 * the opened checkpoint and until it shows the input's SHA-256 (hashed in a second worker
 * meanwhile), the longest main-thread task (Long Tasks API) meanwhile, and the summed RSS of
 * all Chromium processes (sampled with ps).
 */
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchChromium, startServer, DIST } from '../tests/e2e/harness.ts';
import type { BenchInput } from './make-inputs.ts';
import { median } from './measure.ts';
import { maxOf } from '../src/lib/append-all.ts';

export interface BrowserRow {
  input: string;
  what: string;
  ms: number;
  bytes: number;
  longestTaskMs: number;
  peakRssMiB: number;
  /**
   * The native tool on the same file, timed just before each open (interleaved, so both see
   * the same load on a shared machine): its label and median milliseconds.
   */
  native?: { label: string; ms: number };
}

/** Wall time of a shell command, in ms (the native side of a page row). */
function timeCommand(command: string): number {
  const started = performance.now();
  execSync(command, { stdio: 'ignore', shell: '/bin/sh' });
  return performance.now() - started;
}

/** What the page's open and hash are compared with, per input kind. */
const NATIVE: Record<string, { open?: string; hash: string }> = {
  tar: { hash: 'sha256sum' },
  'tar.zst': { open: 'zstd -dc', hash: 'sha256sum' },
  'tar.gz': { open: 'gzip -dc', hash: 'sha256sum' },
};

/** What the page shows once the process tree of an opened checkpoint is ready. */
const READY = '[data-testid="process-tree"], [data-testid="container-0"]';

export function chromiumRssMiB(): number {
  try {
    const out = execSync('ps -C chromium -o rss=', { encoding: 'utf8' });
    return (
      out
        .split('\n')
        .map(Number)
        .filter((n) => n > 0)
        .reduce((a, b) => a + b, 0) / 1024
    );
  } catch {
    return 0;
  }
}

interface OpenResult {
  ms: number;
  hashMs: number;
  longest: number;
  rss: number;
  search?: { ms: number; scannedBytes: number; hits: number; longest: number };
}

/** The longest main-thread task that started at or after `t0` (page clock). */
export function longestSince(page: Page, t0: number): Promise<number> {
  return page.evaluate(
    (since) =>
      Math.max(
        0,
        ...(window as unknown as { __tasks: { start: number; duration: number }[] }).__tasks
          .filter((t) => t.start >= since)
          .map((t) => t.duration),
      ),
    t0,
  );
}

/** The bench's needle (bench/make-inputs.ts plants `BENCH-NEEDLE-<n>`), as run.ts searches. */
const NEEDLE = 'BENCH-NEEDLE-';

/**
 * A literal search over every process from the page's search panel, timed from the click to
 * the status saying it finished. The scanned byte count is the progress bar's maximum.
 */
async function searchOnce(page: Page): Promise<NonNullable<OpenResult['search']>> {
  await page.getByRole('link', { name: 'Search' }).click();
  await page.getByTestId('search-query').fill(NEEDLE);
  const started = Date.now();
  const pageT0 = await page.evaluate(() => performance.now());
  await page.getByTestId('search-start').click();
  await page
    .locator('[data-testid="search-status"][data-running="false"]')
    .waitFor({ timeout: 30 * 60_000 });
  const ms = Date.now() - started;
  const scannedBytes = Number(
    await page.getByTestId('search-status').locator('progress').getAttribute('max'),
  );
  const count = (await page.getByTestId('search-count').textContent()) ?? '';
  const hits = Number(/[\d,]+/.exec(count)?.[0].replace(/,/g, '') ?? NaN);
  return { ms, scannedBytes, hits, longest: await longestSince(page, pageT0) };
}

async function openOnce(url: string, file: string, search: boolean): Promise<OpenResult> {
  const browser = await launchChromium();
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, chromiumRssMiB())), 250);
  try {
    const page = await browser.context.newPage();
    // Tasks are kept with their start so that page start-up (script evaluation and the first
    // render, before any input) is not counted as work done while opening.
    await page.addInitScript(() => {
      const w = window as unknown as { __tasks: { start: number; duration: number }[] };
      w.__tasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          w.__tasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(url);
    await page.waitForSelector('[data-testid="file-input"]', { state: 'attached' });
    // Start the clock when the page receives the file, as a person dropping it would.
    const started = Date.now();
    const pageT0 = await page.evaluate(() => performance.now());
    await page.setInputFiles('[data-testid="file-input"]', file);
    await page.waitForSelector(READY, { timeout: 30 * 60_000 });
    const ms = Date.now() - started;
    await page.waitForFunction(
      () =>
        /[0-9a-f]{64}/.test(document.querySelector('[data-testid="sha256"]')?.textContent ?? ''),
      undefined,
      { timeout: 30 * 60_000, polling: 100 },
    );
    const hashMs = Date.now() - started;
    const longest = await longestSince(page, pageT0);
    return {
      ms,
      hashMs,
      longest,
      rss: peak,
      ...(search ? { search: await searchOnce(page) } : {}),
    };
  } finally {
    clearInterval(sampler);
    await browser.close();
  }
}

/** `dist` is the built page to measure (default: this tree's; another build for before/after). */
export async function browserBench(
  input: BenchInput,
  runs: number,
  dist = DIST,
): Promise<BrowserRow[]> {
  if (!existsSync(`${dist}/index.html`)) {
    console.error('dist/ is missing: run `npm run build` first; skipping the Chromium part');
    return [];
  }
  const server = await startServer(dist);
  const rows: BrowserRow[] = [];
  try {
    for (const [label, file] of [
      ['tar', input.tar],
      ['tar.zst', input.zst],
      ['tar.gz', input.gz],
    ] as const) {
      const results = [];
      // Search after an uncompressed open (pages read in place from the File) and after a
      // zstd one (pages in OPFS); the gzip case keeps them the same way as zstd.
      const search = label !== 'tar.gz';
      const native = NATIVE[label]!;
      const nativeOpen: number[] = [];
      const nativeHash: number[] = [];
      for (let i = 0; i < runs; i++) {
        if (native.open) nativeOpen.push(timeCommand(`${native.open} "${file}" > /dev/null`));
        nativeHash.push(timeCommand(`${native.hash} "${file}" > /dev/null`));
        results.push(await openOnce(server.url, file, search));
      }
      const common = {
        input: `${input.name}.${label}`,
        bytes: input.manifest.tarBytes,
        longestTaskMs: maxOf(results.map((r) => r.longest)),
        peakRssMiB: maxOf(results.map((r) => r.rss)),
      };
      rows.push(
        {
          ...common,
          what: 'drop archive → checkpoint shown',
          ms: median(results.map((r) => r.ms)),
          ...(native.open ? { native: { label: native.open, ms: median(nativeOpen) } } : {}),
        },
        {
          ...common,
          what: 'drop archive → SHA-256 shown',
          ms: median(results.map((r) => r.hashMs)),
          // The hash reads the file as given: its throughput is over the compressed bytes.
          bytes: statSync(file).size,
          native: { label: native.hash, ms: median(nativeHash) },
        },
      );
      const searches = results.flatMap((r) => (r.search ? [r.search] : []));
      if (searches.length)
        rows.push({
          ...common,
          what: `literal search in the page, every process (${searches[0]!.hits} hits)`,
          ms: median(searches.map((r) => r.ms)),
          bytes: searches[0]!.scannedBytes,
          longestTaskMs: maxOf(searches.map((r) => r.longest)),
        });
    }
  } finally {
    await server.close();
  }
  return rows;
}

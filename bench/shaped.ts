/**
 * The hostile-shape part of the benchmark (issue 18): the kitchen checkpoint with a
 * 20,000-deep process chain, and with 50,000 children of pid 1 holding 200,000 fds
 * (tests/hostile/shaped.ts builds both). Measures opening them in the CLI (`x ps`, `inspect`
 * and the in-process model) and in the page (drop the archive → the process list shown).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deepChain, wideTree } from '../tests/hostile/shaped.ts';
import { DIST, launchChromium, startServer } from '../tests/e2e/harness.ts';
import { chromiumRssMiB, longestSince, type BrowserRow } from './browser.ts';
import { maxOf } from '../src/lib/append-all.ts';
import { measure, median } from './measure.ts';
import type { Row } from './report.ts';

export interface ShapedInput {
  name: string;
  tar: string;
  processes: number;
}

/** Writes `shaped-deep.tar` and `shaped-wide.tar` into `outDir` (built once, kept). */
export function makeShapedInputs(outDir: string, fixture: string): ShapedInput[] {
  mkdirSync(outDir, { recursive: true });
  const shapes = [
    { name: 'shaped-deep', processes: 4 + 20_000, make: deepChain },
    { name: 'shaped-wide', processes: 4 + 50_000, make: wideTree },
  ];
  let kitchen: Uint8Array | undefined;
  return shapes.map(({ name, processes, make }) => {
    const tar = join(outDir, `${name}.tar`);
    if (!existsSync(tar)) {
      kitchen ??= new Uint8Array(execFileSync('zstd', ['-dc', fixture], { maxBuffer: 1 << 30 }));
      writeFileSync(tar, make(kitchen));
    }
    return { name: `${name}.tar`, tar, processes };
  });
}

export function shapedCliRows(inputs: ShapedInput[], runs: number): Row[] {
  const rows: Row[] = [];
  for (const input of inputs) {
    const bytes = statSync(input.tar).size;
    const list = measure('tar tf', `tar tf "${input.tar}" > /dev/null`, runs);
    const common = { input: input.name, native: list.medianMs, nativeLabel: 'tar tf', bytes };
    const model = measure(
      'ours model',
      `node_modules/.bin/tsx bench/ours.ts model "${input.tar}"`,
      runs,
    );
    const found = (JSON.parse(model.output) as { processes: number }).processes;
    if (found !== input.processes)
      throw new Error(`${input.name}: the model has ${found} processes, not ${input.processes}`);
    rows.push({
      ...common,
      what: `open → model of ${found} processes (in-process)`,
      ours: median(model.outputs.map((o) => (JSON.parse(o) as { ms: number }).ms)),
      oursRssMiB: model.peakRssMiB,
    });
    for (const [what, args] of [
      ['npm run cli -- x ARCHIVE ps (whole command)', 'x "FILE" ps'],
      ['npm run cli -- inspect ARCHIVE (whole command)', 'inspect "FILE" --no-sha256'],
    ] as const) {
      const m = measure(
        what,
        // inspect exits 1 for the warnings (the added tasks have no core image): expected.
        `node scripts/cli.mjs ${args.replace('FILE', input.tar)} > /dev/null 2>&1 || [ $? -eq 1 ]`,
        runs,
      );
      rows.push({ ...common, what, ours: m.medianMs, oursRssMiB: m.peakRssMiB });
    }
  }
  return rows;
}

/** Drop the archive on the page, then open the process list: until it names every process. */
export async function shapedBrowserRows(
  inputs: ShapedInput[],
  runs: number,
): Promise<BrowserRow[]> {
  if (!existsSync(`${DIST}/index.html`)) {
    console.error('dist/ is missing: run `npm run build` first; skipping the Chromium part');
    return [];
  }
  const server = await startServer();
  const rows: BrowserRow[] = [];
  try {
    for (const input of inputs) {
      const results: { ms: number; longest: number; rss: number }[] = [];
      for (let i = 0; i < runs; i++) {
        const browser = await launchChromium();
        let rss = 0;
        const sampler = setInterval(() => (rss = Math.max(rss, chromiumRssMiB())), 250);
        try {
          const page = await browser.context.newPage();
          await page.addInitScript(() => {
            const w = window as unknown as { __tasks: { start: number; duration: number }[] };
            w.__tasks = [];
            new PerformanceObserver((list) => {
              for (const e of list.getEntries())
                w.__tasks.push({ start: e.startTime, duration: e.duration });
            }).observe({ type: 'longtask', buffered: true });
          });
          await page.goto(server.url);
          await page.waitForSelector('[data-testid="file-input"]', { state: 'attached' });
          const started = Date.now();
          const pageT0 = await page.evaluate(() => performance.now());
          await page.setInputFiles('[data-testid="file-input"]', input.tar);
          await page.waitForSelector('[data-testid="container-0"]', { timeout: 30 * 60_000 });
          await page.evaluate(() => (location.hash = '#/processes'));
          await page.getByText(`${input.processes} processes`).waitFor({ timeout: 30 * 60_000 });
          const ms = Date.now() - started;
          results.push({ ms, longest: await longestSince(page, pageT0), rss });
        } finally {
          clearInterval(sampler);
          await browser.close();
        }
      }
      rows.push({
        input: input.name,
        what: `drop archive → process list (${input.processes} processes) shown`,
        ms: median(results.map((r) => r.ms)),
        bytes: statSync(input.tar).size,
        longestTaskMs: maxOf(results.map((r) => r.longest)),
        peakRssMiB: maxOf(results.map((r) => r.rss)),
      });
    }
  } finally {
    await server.close();
  }
  return rows;
}

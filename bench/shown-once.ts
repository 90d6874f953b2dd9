/**
 * Time from the file input to the checkpoint shown, for one file, N runs, nothing else (a
 * quick before/after while working on the open; `npm run bench` is the record).
 * `npx tsx bench/shown-once.ts FILE [RUNS] [DIST]` (needs `npm run build` first).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { launchChromium, startServer } from '../tests/e2e/harness.ts';

/** CPU ticks by "process/thread" name of every Chromium thread now alive, from /proc. */
function chromiumThreads(): Map<string, number> {
  const out = new Map<string, number>();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!/chrom/i.test(cmd.split('\0')[0] ?? '')) continue;
      const type = /--type=([a-z-]+)/.exec(cmd)?.[1] ?? 'browser';
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const close = stat.lastIndexOf(')');
        const name = stat.slice(stat.indexOf('(') + 1, close);
        const fields = stat.slice(close + 2).split(' ');
        const key = `${pid} ${type}/${name}#${tid}`;
        out.set(key, Number(fields[11]) + Number(fields[12]));
      }
    } catch {
      // ended meanwhile
    }
  }
  return out;
}

/** CPU seconds (user + system) of every Chromium process now alive, from /proc. */
function chromiumCpuSeconds(): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const name = stat.slice(stat.indexOf('(') + 1, close);
      if (!/chrom/i.test(name)) continue;
      const fields = stat.slice(close + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended meanwhile.
    }
  }
  return ticks / 100;
}

const READY = '[data-testid="process-tree"], [data-testid="container-0"]';

async function main(): Promise<void> {
  const [file, runsText, dist] = process.argv.slice(2);
  if (!file) throw new Error('usage: shown-once.ts FILE [RUNS] [DIST]');
  const server = await startServer(dist);
  try {
    for (let i = 0; i < Number(runsText ?? 3); i++) {
      const browser = await launchChromium();
      try {
        const page = await browser.context.newPage();
        await page.goto(server.url);
        await page.waitForSelector('[data-testid="file-input"]', { state: 'attached' });
        const cpu0 = chromiumCpuSeconds();
        const threads0 = chromiumThreads();
        const started = Date.now();
        await page.setInputFiles('[data-testid="file-input"]', file);
        await page.waitForSelector(READY, { timeout: 10 * 60_000 });
        const shown = Date.now() - started;
        const cpu = chromiumCpuSeconds() - cpu0;
        if (process.env.THREADS) {
          const rows = [...chromiumThreads()]
            .map(([k, v]) => [k, (v - (threads0.get(k) ?? 0)) / 100] as const)
            .filter(([, v]) => v >= 0.05)
            .sort((a, b) => b[1] - a[1]);
          for (const [k, v] of rows) console.log(`  ${v.toFixed(2)} s  ${k}`);
        }
        await page.waitForFunction(
          () =>
            /[0-9a-f]{64}/.test(
              document.querySelector('[data-testid="sha256"]')?.textContent ?? '',
            ),
          undefined,
          { timeout: 10 * 60_000, polling: 100 },
        );
        console.log(
          `shown ${shown} ms (Chromium CPU ${cpu.toFixed(2)} s), SHA-256 shown ${Date.now() - started} ms`,
        );
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
}

await main();

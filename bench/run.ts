/**
 * `npm run bench`: builds large checkpoints from a real fixture (bench/make-inputs.ts) and
 * measures ours against the native tools on the same bytes, in the same run. Prints a table of
 * medians and ratios and writes it to BENCHMARKS.md with the machine and versions.
 *
 * Environment: BENCH_SIZES (GiB, default "1,4"), BENCH_RUNS (default 3), BENCH_OUT (inputs,
 * default bench/out), BENCH_CONTENT (default "synthetic,realistic"), BENCH_FLEET=0 to skip fleet
 * triage, BENCH_BROWSER=0 to skip the Chromium part, BENCH_REPORT (default BENCHMARKS.md) where
 * the report goes; BENCH_SHAPED=0 skips the hostile shapes (a 20,000-deep
 * and a 50,000-wide process tree, bench/shaped.ts), BENCH_SIZES=0 runs only those.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeInput, type BenchInput, type PageContent } from './make-inputs.ts';
import { measure, median, type Measurement } from './measure.ts';
import { maxOf } from '../src/lib/append-all.ts';
import { machineFacts } from './machine.ts';
import { browserBench, type BrowserRow } from './browser.ts';
import { renderReport, type Row } from './report.ts';
import { fleetBench, renderFleet } from './fleet.ts';
import { makeShapedInputs, shapedBrowserRows, shapedCliRows } from './shaped.ts';

const GiB = 1024 ** 3;
const sizes = (process.env.BENCH_SIZES ?? '1,4')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const runs = Number(process.env.BENCH_RUNS ?? 3);
/** Page contents of the inputs: see PageContent in make-inputs.ts. */
const contents = (process.env.BENCH_CONTENT ?? 'synthetic,realistic')
  .split(',')
  .map((c) => c.trim()) as PageContent[];
const outDir = process.env.BENCH_OUT ?? 'bench/out';
const fixture = 'tests/fixtures/kitchen.tar.zst';
const tsx = 'node_modules/.bin/tsx';

function ours(op: string, file: string, pattern = '', env = ''): Measurement {
  const q = pattern ? ` '${pattern}'` : '';
  return measure(`ours ${op}`, `${env}${tsx} bench/ours.ts ${op} "${file}"${q}`, runs);
}

/** The CLI's zstd decoders present here: the native one it picks by default, and the wasm one. */
function zstdDecoders(): string[] {
  const r = spawnSync(
    tsx,
    ['-e', "import('./src/cli/native-zstd.ts').then(m => console.log(m.chooseZstd().name))"],
    {
      encoding: 'utf8',
    },
  );
  const native = r.stdout.trim();
  return native && native !== 'wasm' ? [native, 'wasm'] : ['wasm'];
}

/**
 * Our JSON result with every timing field (`ms`, `searchMs`) the median over the runs, not
 * the last run's, and `maxRssMiB` the peak of all runs.
 */
function parsed(m: Measurement): Record<string, number> {
  const all = m.outputs.map((o) => JSON.parse(o) as Record<string, number>);
  const last = all[all.length - 1];
  return {
    ...last,
    ms: median(all.map((r) => r.ms)),
    ...(last.searchMs !== undefined ? { searchMs: median(all.map((r) => r.searchMs)) } : {}),
    ...(last.searchCpuMs !== undefined
      ? { searchCpuMs: median(all.map((r) => r.searchCpuMs)) }
      : {}),
    maxRssMiB: maxOf(all.map((r) => r.maxRssMiB)),
  };
}

function benchInput(input: BenchInput): Row[] {
  const rows: Row[] = [];
  const bytes = input.manifest.tarBytes;
  const scratch = mkdtempSync(join(tmpdir(), 'cc-bench-x-'));
  try {
    const tarX = measure('tar xf', `tar xf "${input.tar}" -C "${scratch}"`, runs, () => {
      rmSync(scratch, { recursive: true, force: true });
      mkdirSync(scratch);
    });
    const tree = ours('tree', input.tar);
    rows.push({
      input: input.name,
      what: 'open uncompressed tar → process tree (in-process)',
      ours: parsed(tree).ms,
      native: tarX.medianMs,
      nativeLabel: 'tar xf',
      oursRssMiB: parsed(tree).maxRssMiB,
      bytes,
    });
    // The real `npm run cli` path (scripts/cli.mjs: the cached bundle), without npm's own start-up.
    const cli = measure('cli x ps', `node scripts/cli.mjs x "${input.tar}" ps > /dev/null`, runs);
    rows.push({
      input: input.name,
      what: 'npm run cli -- x ARCHIVE ps (whole command)',
      ours: cli.medianMs,
      native: tarX.medianMs,
      nativeLabel: 'tar xf',
      oursRssMiB: cli.peakRssMiB,
      bytes,
    });
    // Triage findings beside the open alone: the model, the memory and every rule on top.
    const openOnly = parsed(ours('open', input.tar));
    const found = parsed(ours('findings', input.tar));
    rows.push({
      input: input.name,
      what: `findings ARCHIVE (${found.findings} findings; rules ${Math.round(found.findingsMs)} ms)`,
      ours: found.ms,
      native: openOnly.ms,
      nativeLabel: 'ours: open only',
      oursRssMiB: found.maxRssMiB,
      bytes,
    });
    for (const [ext, tool] of [
      ['zst', 'zstd -dc'],
      ['gz', 'gzip -dc'],
    ] as const) {
      const file = ext === 'zst' ? input.zst : input.gz;
      const native = measure(tool, `${tool} "${file}" > /dev/null`, runs);
      for (const decoder of ext === 'zst' ? zstdDecoders() : ['zlib']) {
        const env = ext === 'zst' ? `CC_ANALYSER_ZSTD=${decoder} ` : '';
        const open = ours('tree', file, '', env);
        rows.push({
          input: `${input.name}.tar.${ext}`,
          what: `compressed archive → process tree (one pass, ${decoder})`,
          ours: parsed(open).ms,
          native: native.medianMs,
          nativeLabel: tool,
          oursRssMiB: parsed(open).maxRssMiB,
          bytes,
          oursCpu: open.medianCpuMs,
          nativeCpu: native.medianCpuMs,
        });
      }
      // The whole `show` command: it keeps no pages (no temporary file) and hashes the input.
      const show = measure('cli show', `node scripts/cli.mjs show "${file}" > /dev/null`, runs);
      rows.push({
        input: `${input.name}.tar.${ext}`,
        what: 'npm run cli -- show ARCHIVE (whole command, with SHA-256)',
        ours: show.medianMs,
        native: native.medianMs,
        nativeLabel: tool,
        oursRssMiB: show.peakRssMiB,
        bytes,
        oursCpu: show.medianCpuMs,
        nativeCpu: native.medianCpuMs,
      });
    }
    const needle = 'BENCH-NEEDLE-';
    const grepF = measure('grep -F', `grep -c -F -a '${needle}' "${input.tar}" || true`, runs);
    const lit = ours('search-literal', input.tar, needle);
    const litResult = parsed(lit);
    rows.push({
      input: input.name,
      what: `literal search (${litResult.matches}/${input.manifest.needles.length} needles)`,
      ours: litResult.searchMs,
      native: grepF.medianMs,
      nativeLabel: 'grep -c -F -a',
      oursRssMiB: litResult.maxRssMiB,
      bytes: litResult.scannedBytes,
    });
    // The same search with the pages in memory: the .tar.zst's pages-*.img is kept as chunks in
    // RAM by the open (searchMs counts only the search), as in the page after a compressed open.
    const litMem = parsed(ours('search-literal', input.zst, needle));
    rows.push({
      input: `${input.name}.tar.zst`,
      what: `literal search, pages in memory (${litMem.matches} needles)`,
      ours: litMem.searchMs,
      native: grepF.medianMs,
      nativeLabel: 'grep -c -F -a (tar)',
      oursRssMiB: litMem.maxRssMiB,
      bytes: litMem.scannedBytes,
    });
    const re = 'password=hunter[0-9]+';
    const grepE = measure('grep -E', `grep -c -a -E '${re}' "${input.tar}" || true`, runs);
    const rex = ours('search-regex', input.tar, re);
    const rexResult = parsed(rex);
    rows.push({
      input: input.name,
      what: `regex search (${rexResult.matches} matches)`,
      ours: rexResult.searchMs,
      native: grepE.medianMs,
      nativeLabel: 'grep -c -a -E',
      oursRssMiB: rexResult.maxRssMiB,
      bytes: rexResult.scannedBytes,
    });
    // Secrets: every built-in rule in one pass (keyword prefilter, regexes around hits); the
    // native line is grep over the rules' keywords, which only finds candidates.
    const keywords =
      'akia|-----begin|eyj|ghp_|glpat-|xox[baprse]-|sk_live_|aiza|://|authorization:|password|secret|token|api_key|credential';
    const grepK = measure(
      'grep -i -E',
      `grep -c -a -i -E '${keywords}' "${input.tar}" || true`,
      runs,
    );
    const sec = parsed(ours('secrets', input.tar));
    // The bar (0.5 GB/s) in CPU time, which the machine's other load moves least,
    // beside the literal search's of the same run as the yardstick.
    const cpuRate = (r: Record<string, number>) =>
      `${(r.scannedBytes / 1e6 / (r.searchCpuMs / 1000)).toFixed(0)} MB/s`;
    rows.push({
      input: input.name,
      what:
        `secrets, all built-in rules (${sec.matches} distinct values; scan CPU ${cpuRate(sec)}, ` +
        `${(sec.searchCpuMs / litResult.searchCpuMs).toFixed(1)}× the literal search's ${cpuRate(litResult)})`,
      ours: sec.searchMs,
      native: grepK.medianMs,
      nativeLabel: 'grep -c -a -i -E keywords',
      oursRssMiB: sec.maxRssMiB,
      bytes: sec.scannedBytes,
    });
    rows.push(...yaraRows(input));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return rows;
}

/** True when Debian's `yara` is on PATH (the native side of the YARA row). */
function hasNativeYara(): boolean {
  try {
    execFileSync('yara', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * YARA: the wasm engine over every VMA's dumped pages against Debian's `yara` over the whole
 * tar (the same pages plus the other members), one text rule for the planted needles.
 */
function yaraRows(input: BenchInput): Row[] {
  if (!hasNativeYara()) {
    console.error('bench: `yara` is not on PATH (apt-get install yara): no YARA row');
    return [];
  }
  const dir = mkdtempSync(join(tmpdir(), 'cc-bench-yara-'));
  try {
    const rules = join(dir, 'bench.yar');
    writeFileSync(rules, 'rule needle { strings: $n = "BENCH-NEEDLE-" condition: $n }\n');
    const native = measure('yara', `yara -c "${rules}" "${input.tar}"`, runs);
    const ourRun = parsed(
      measure('ours yara', `${tsx} bench/ours.ts yara "${input.tar}" "${rules}"`, runs),
    );
    return [
      {
        input: input.name,
        what: `YARA scan, one text rule (${ourRun.matches} matches, ${ourRun.blocks} blocks)`,
        ours: ourRun.searchMs,
        native: native.medianMs,
        nativeLabel: 'yara -c (whole tar)',
        oursRssMiB: ourRun.maxRssMiB,
        bytes: ourRun.scannedBytes,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  const browserRows: BrowserRow[] = [];
  for (const size of sizes) {
    console.error(`building ${size} GiB input…`);
    for (const content of contents) {
      const input = makeInput(outDir, fixture, size * GiB, content);
      console.error(`measuring ${input.name} (${runs} runs each)…`);
      rows.push(...benchInput(input));
      if (process.env.BENCH_BROWSER !== '0') browserRows.push(...(await browserBench(input, runs)));
    }
  }
  if (process.env.BENCH_SHAPED !== '0') {
    console.error('measuring the hostile shapes (deep and wide process trees)…');
    const shaped = makeShapedInputs(outDir, fixture);
    rows.push(...shapedCliRows(shaped, runs));
    if (process.env.BENCH_BROWSER !== '0')
      browserRows.push(...(await shapedBrowserRows(shaped, runs)));
  }
  const fleet = process.env.BENCH_FLEET === '0' ? [] : fleetBench(runs);
  const report = renderReport(machineFacts(), rows, browserRows, runs, renderFleet(fleet));
  console.log(report);
  writeFileSync(process.env.BENCH_REPORT ?? 'BENCHMARKS.md', report);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});

/**
 * Fleet triage throughput: `cli triage` over a folder of 20 copies of the kitchen fixtures
 * (zstd and gzip, each copy a distinct file so none is skipped), with --jobs 1 and --jobs 2,
 * beside `zstd -dc`/`gzip -dc` of the same files (the least any analysis must do).
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measure } from './measure.ts';

export interface FleetRow {
  what: string;
  archives: number;
  bytes: number;
  ms: number;
  cpuMs: number;
  peakRssMiB: number;
}

const COPIES = 20;

export function fleetBench(runs: number): FleetRow[] {
  const dir = mkdtempSync(join(tmpdir(), 'cc-bench-fleet-'));
  const out = join(dir, 'out.ndjson');
  try {
    const folder = join(dir, 'checkpoints');
    mkdirSync(folder);
    let bytes = 0;
    for (let i = 0; i < COPIES; i++) {
      const source = i % 2 ? 'tests/fixtures/kitchen.tar.gz' : 'tests/fixtures/kitchen.tar.zst';
      const target = join(folder, `checkpoint-${i}.${i % 2 ? 'tar.gz' : 'tar.zst'}`);
      copyFileSync(source, target);
      bytes += statSync(target).size;
    }
    const rows: FleetRow[] = [];
    const clean = () => rmSync(out, { force: true });
    const native = measure(
      'decompress all',
      `for f in "${folder}"/*.zst; do zstd -dc "$f"; done > /dev/null; for f in "${folder}"/*.gz; do gzip -dc "$f"; done > /dev/null`,
      runs,
    );
    rows.push(row('zstd -dc / gzip -dc of every archive (reference)', native, bytes));
    for (const jobs of [1, 2]) {
      const m = measure(
        `triage --jobs ${jobs}`,
        `node scripts/cli.mjs triage "${folder}" --jobs ${jobs} --out "${out}" 2>/dev/null`,
        runs,
        clean,
      );
      rows.push(row(`npm run cli -- triage FOLDER --jobs ${jobs}`, m, bytes));
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function row(what: string, m: ReturnType<typeof measure>, bytes: number): FleetRow {
  return {
    what,
    archives: COPIES,
    bytes,
    ms: m.medianMs,
    cpuMs: m.medianCpuMs,
    peakRssMiB: m.peakRssMiB,
  };
}

export function renderFleet(rows: readonly FleetRow[]): string[] {
  if (!rows.length) return [];
  return [
    '## Fleet triage (20 copies of the kitchen fixtures, zstd and gzip)',
    '',
    '| operation | archives/s | median | CPU | peak RSS |',
    '|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.what} | ${(r.archives / (r.ms / 1000)).toFixed(1)} | ${(r.ms / 1000).toFixed(2)} s | ` +
        `${(r.cpuMs / 1000).toFixed(2)} s | ${r.peakRssMiB.toFixed(0)} MiB |`,
    ),
    '',
  ];
}

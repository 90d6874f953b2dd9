/**
 * Runs a command several times and keeps the median wall time and the peak resident memory
 * (GNU time's %M, in KiB, of the command and its children). Ours and the native tools are
 * measured the same way, in the same run, on the same bytes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measurement {
  label: string;
  medianMs: number;
  runsMs: number[];
  peakRssMiB: number;
  /**
   * Median CPU time (user + system, GNU time's %U + %S) of the command and its children: on a
   * busy two-core machine wall time swings with the load, CPU time much less.
   */
  medianCpuMs: number;
  /** What the command printed last (e.g. our JSON result line), for checking results. */
  output: string;
  /** The last line each run printed, in run order. */
  outputs: string[];
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** `shellCommand` runs under sh -c; `setup` runs before each run, untimed (e.g. clean a dir). */
export function measure(
  label: string,
  shellCommand: string,
  runs: number,
  setup?: () => void,
): Measurement {
  const dir = mkdtempSync(join(tmpdir(), 'cc-bench-'));
  const timeFile = join(dir, 'time');
  const runsMs: number[] = [];
  const cpuMs: number[] = [];
  let peak = 0;
  let output = '';
  const outputs: string[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      setup?.();
      const started = process.hrtime.bigint();
      const r = spawnSync(
        '/usr/bin/time',
        ['-f', '%M %U %S', '-o', timeFile, 'sh', '-c', shellCommand],
        {
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (r.status !== 0) {
        throw new Error(`${label}: exit ${r.status}: ${r.stderr.slice(-500)}`);
      }
      runsMs.push(ms);
      const [rss, user, sys] = (readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '')
        .split(' ')
        .map(Number);
      peak = Math.max(peak, rss);
      cpuMs.push((user + sys) * 1000);
      output = r.stdout.trim().split('\n').pop() ?? '';
      outputs.push(output);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    label,
    medianMs: median(runsMs),
    runsMs,
    peakRssMiB: peak / 1024,
    medianCpuMs: median(cpuMs),
    output,
    outputs,
  };
}

/**
 * One pass over every process's dumped memory with all rules (the scanner's keyword prefilter,
 * then regexes around hits). Memory that is not in the checkpoint is never scanned; windows
 * overlap by the longest rule window so that a secret across a window edge is seen whole.
 */
import { hex } from '../../memory/addr.ts';
import type { CheckpointMemory } from '../../memory/checkpoint-memory.ts';
import { planScan } from '../../memory/scan-plan.ts';
import { scanWindows } from '../../memory/scan-windows.ts';
import type { Problem } from '../../problems.ts';
import type { SecretCollector } from './collect.ts';
import type { SecretScanner } from './scanner.ts';

export interface MemoryScanOptions {
  container?: number;
  pids?: readonly number[];
  signal?: AbortSignal;
  windowSize?: number;
  /** Called after each window with the bytes scanned so far; awaited (the worker paces it). */
  onProgress?: (scannedBytes: number, totalBytes: number) => unknown;
}

/** Scans and adds every match; returns the bytes scanned. */
export async function scanMemorySecrets(
  mem: CheckpointMemory,
  scanner: SecretScanner,
  out: SecretCollector,
  problems: Problem[],
  options: MemoryScanOptions = {},
): Promise<{ scannedBytes: number; totalBytes: number }> {
  const plan = planScan(mem, options.pids ? { pids: options.pids } : {});
  const c = options.container !== undefined ? { container: options.container } : {};
  let scannedBytes = 0;
  for await (const w of scanWindows(
    plan,
    scanner.maxWindow,
    problems,
    options.signal,
    options.windowSize,
  )) {
    const pid = w.run.pid;
    for (const m of scanner.scan(w.bytes, w.reportLimit)) {
      const address = w.base + BigInt(m.offset);
      out.add(m.rule, m.value, {
        kind: 'memory',
        pid,
        address,
        ...c,
        label: `memory of pid ${pid} at ${hex(address)}`,
        target: { to: 'address', pid, address, length: m.value.length },
      });
    }
    scannedBytes = w.scanned;
    await options.onProgress?.(scannedBytes, plan.totalBytes);
  }
  return { scannedBytes, totalBytes: plan.totalBytes };
}

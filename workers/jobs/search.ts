import { planScan, type ScanScope } from '../../src/lib/memory/scan-plan.ts';
import { searchMemory, type MemoryMatch } from '../../src/lib/memory/search.ts';
import type { Problem } from '../../src/lib/problems.ts';
import type { SearchHit, SearchProgress, SearchRequest } from '../memory-protocol.ts';
import { Pacer } from '../memory-jobs.ts';
import type { JobFunction } from './job.ts';

/** Searches memory and streams hits with progress. */
export const searchJob: JobFunction<SearchRequest, SearchProgress> = async (
  ctx,
  request,
  onProgress,
  signal,
) => {
  const list = (await ctx.containers()).filter(
    (c) => request.container === undefined || c.index === request.container,
  );
  // One process at a time, so that a cap per process lets every process show its hits
  // (a canary copied into forked children would otherwise only show in the parent).
  const units = list.flatMap((c) =>
    (request.pid !== undefined ? [request.pid] : c.mem.pids()).map((pid) => {
      const scope: ScanScope = {
        pids: [pid],
        ...(request.vma !== undefined && request.pid !== undefined ? { vma: request.vma } : {}),
      };
      return { c, scope, planned: planScan(c.mem, scope).totalBytes };
    }),
  );
  const totalBytes = units.reduce((n, u) => n + u.planned, 0);
  const pacer = new Pacer<SearchHit>();
  let left = Math.max(1, request.maxMatches ?? 100_000);
  const perProcess = Math.max(1, request.maxPerProcess ?? 10_000);
  let scannedBefore = 0;
  let truncated = false;
  const problems: Problem[] = [];
  const send = async (scanned: number, done: boolean) => {
    await onProgress({
      id: ctx.id,
      hits: pacer.take(),
      scannedBytes: scanned,
      totalBytes,
      done,
      truncated,
      problems: problems.splice(0),
    });
  };
  for (const { c, scope } of units) {
    if (left <= 0) break;
    let scannedHere = 0;
    for await (const batch of searchMemory(c.mem, request.query, {
      ...scope,
      context: request.context ?? 32,
      maxMatches: Math.min(left, perProcess),
      signal,
    })) {
      if (signal.aborted) return;
      // An unusable query (bad regex, odd hex) fails the same way everywhere.
      const bad = batch.problems.find((p) => p.code === 'unsupported');
      if (bad) throw new Error(bad.message);
      for (const m of batch.matches) pacer.add(toHit(c.index, m));
      left -= batch.matches.length;
      truncated ||= batch.truncated;
      problems.push(...batch.problems);
      scannedHere = batch.scannedBytes;
      if (pacer.due() || problems.length) await send(scannedBefore + scannedHere, false);
    }
    if (signal.aborted) return;
    scannedBefore += scannedHere;
  }
  await send(scannedBefore, true);
};

function toHit(container: number, m: MemoryMatch): SearchHit {
  const hit: SearchHit = {
    container,
    pid: m.pid,
    address: m.address,
    length: m.length,
    before: m.before,
    bytes: m.bytes,
    after: m.after,
  };
  if (m.vma) {
    hit.vma = m.vma.index;
    hit.vmaLabel = m.vma.backing ?? m.vma.kind;
  }
  return hit;
}

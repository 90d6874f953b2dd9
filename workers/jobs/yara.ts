/**
 * YARA as a job: the rules are checked and compiled once up front (errors come back with line
 * numbers before any byte is read), then the library scans VMA by VMA and file by file, and
 * hits go to the page paced, so that it renders a few times a second.
 */
import { appendAll } from '../../src/lib/append-all.ts';
import { loadYaraEngine } from '../../src/lib/analyses/yara/engine.ts';
import { fileTargets, type YaraFileTarget } from '../../src/lib/analyses/yara/file-targets.ts';
import { compileRules, isRulesError } from '../../src/lib/analyses/yara/rules.ts';
import { scanYara, type YaraMemorySource } from '../../src/lib/analyses/yara/scan.ts';
import { Pacer } from '../memory-jobs.ts';
import type { YaraHit, YaraProgress, YaraRequest, YaraResult } from '../yara-protocol.ts';
import { JobFailure, type JobFunction } from './job.ts';

export const yaraJob: JobFunction<YaraRequest, YaraProgress, YaraResult> = async (
  ctx,
  request,
  onProgress,
  signal,
) => {
  const engine = await loadYaraEngine();
  const rules = compileRules(engine, request.rules, request.rulesName || 'the rules');
  if (isRulesError(rules)) throw new JobFailure(rules.message, { compileErrors: rules.errors });
  const memories: YaraMemorySource[] = (await ctx.containers()).map((c) => ({
    container: c.index,
    mem: c.mem,
  }));
  const { pid, container } = request;
  if (pid !== undefined) {
    const found = memories.some(
      (m) =>
        (container === undefined || m.container === container) && m.mem.process(pid) !== undefined,
    );
    if (!found) throw new Error(`pid ${pid} has no memory images in this checkpoint`);
  }
  const files: YaraFileTarget[] = [];
  if (pid === undefined) {
    const layouts = ctx.archive.layout.containers;
    for (const [index, m] of (await ctx.models()).entries()) {
      const root = layouts[index] ? ctx.archive.store(layouts[index].root) : undefined;
      appendAll(files, await fileTargets(m.model, index, root));
    }
  }
  const result: YaraResult = { warnings: rules.warnings };
  if (signal.aborted) return result;
  const pacer = new Pacer<YaraHit>();
  let coverage: YaraProgress['coverage'] = [];
  for await (const b of scanYara(engine, rules, memories, files, {
    ...(container !== undefined ? { container } : {}),
    ...(pid !== undefined ? { pid } : {}),
    ...(pid !== undefined && request.vma !== undefined ? { vma: request.vma } : {}),
    maxHits: request.maxHits ?? 100_000,
    signal,
  })) {
    if (signal.aborted) break;
    for (const h of b.hits) pacer.add(h);
    coverage = coverage.concat(b.coverage);
    if (b.done || b.problems.length || pacer.due()) {
      await onProgress({
        id: ctx.id,
        hits: pacer.take(),
        coverage,
        scannedBytes: b.scannedBytes,
        totalBytes: b.totalBytes,
        blocks: b.blocks,
        done: b.done,
        truncated: b.truncated,
        problems: b.problems,
      });
      coverage = [];
    }
  }
  return result;
};

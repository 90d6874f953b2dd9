/**
 * The YARA part of the worker API, composed into `createAnalyserApi()` with one line. A scan
 * is one cancellable job (a new one replaces the running one, like the memory search): the
 * rules are checked and compiled once up front (errors come back with line numbers before
 * any byte is read), then the library scans VMA by VMA and file by file, and hits are
 * forwarded to ONE proxied callback, paced so that the page renders a few times a second.
 */
import { appendAll } from '../src/lib/append-all.ts';
import type { Archive } from '../src/lib/archive/index.ts';
import { errorMessage } from '../src/lib/error-message.ts';
import { loadYaraEngine } from '../src/lib/analyses/yara/engine.ts';
import { fileTargets, type YaraFileTarget } from '../src/lib/analyses/yara/file-targets.ts';
import { compileRules, isRulesError } from '../src/lib/analyses/yara/rules.ts';
import { scanYara, type YaraMemorySource } from '../src/lib/analyses/yara/scan.ts';
import type { ContainerModel } from '../src/lib/model/from-archive.ts';
import type { Opened } from './memory-api.ts';
import { JobSlot, Pacer } from './memory-jobs.ts';
import type { YaraHit, YaraOutcome, YaraProgress, YaraRequest } from './yara-protocol.ts';

export interface YaraSources {
  /** The open archive's models (built once, shared with the model views). */
  models: () => Promise<ContainerModel[]>;
  /** The open archive's memory (opened once, shared with the memory views). */
  memory: () => Promise<Opened>;
}

export function createYaraApi(currentArchive: () => Archive | undefined, sources: YaraSources) {
  const slot = new JobSlot();

  return {
    /** Scans with the given rules; resolves when done, cancelled or refused. */
    async yaraScan(
      request: YaraRequest,
      onProgress: (p: YaraProgress) => unknown,
    ): Promise<YaraOutcome> {
      const job = slot.start();
      const archive = currentArchive();
      const fail = (error: string, extra: Partial<YaraOutcome> = {}): YaraOutcome => ({
        ...slot.finish(job, error),
        ...extra,
      });
      try {
        if (!archive) return fail('no checkpoint is open');
        const engine = await loadYaraEngine();
        const rules = compileRules(engine, request.rules, request.rulesName || 'the rules');
        if (isRulesError(rules)) return fail(rules.message, { compileErrors: rules.errors });
        const opened = await sources.memory();
        const memories: YaraMemorySource[] = opened.containers.map((c) => ({
          container: c.index,
          mem: c.mem,
        }));
        if (request.pid !== undefined) {
          const c = memories.find(
            (m) =>
              (request.container === undefined || m.container === request.container) &&
              m.mem.process(request.pid!) !== undefined,
          );
          if (!c) return fail(`pid ${request.pid} has no memory images in this checkpoint`);
        }
        const files: YaraFileTarget[] = [];
        if (request.pid === undefined) {
          const layouts = archive.layout.containers;
          for (const [index, m] of (await sources.models()).entries()) {
            const root = layouts[index] ? archive.store(layouts[index].root) : undefined;
            appendAll(files, await fileTargets(m.model, index, root));
          }
        }
        if (job.signal.aborted) return slot.finish(job);
        const pacer = new Pacer<YaraHit>();
        let coverage: YaraProgress['coverage'] = [];
        for await (const b of scanYara(engine, rules, memories, files, {
          ...(request.container !== undefined ? { container: request.container } : {}),
          ...(request.pid !== undefined ? { pid: request.pid } : {}),
          ...(request.pid !== undefined && request.vma !== undefined ? { vma: request.vma } : {}),
          maxHits: request.maxHits ?? 100_000,
          signal: job.signal,
        })) {
          if (archive !== currentArchive()) job.abort();
          if (job.signal.aborted) break;
          for (const h of b.hits) pacer.add(h);
          coverage = coverage.concat(b.coverage);
          if (b.done || b.problems.length || pacer.due()) {
            await onProgress({
              id: job.id,
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
        return { ...slot.finish(job), warnings: rules.warnings };
      } catch (e) {
        return fail(errorMessage(e));
      }
    },

    /** Stops the running scan (it resolves with `completed: false`). */
    async yaraCancel(): Promise<void> {
      slot.cancel();
    },
  };
}

export type YaraApi = ReturnType<typeof createYaraApi>;

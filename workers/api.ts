/**
 * The analyser's worker-side API. `analyser.worker.ts` exposes it through Comlink; tests call
 * `createAnalyserApi()` directly in Node. It holds the opened Archive and everything decoded
 * from it: the UI receives summaries and windows of rows, never the archive.
 */
import { errorMessage } from '../src/lib/error-message.ts';
import type { Archive } from '../src/lib/archive/index.ts';
import { summarize } from '../src/lib/summary/index.ts';
import type { CheckpointSummary } from '../src/lib/summary/types.ts';
import * as Comlink from 'comlink';
import { ImageCatalog } from './image-catalog.ts';
import { createFastSha256 } from '../src/lib/hash/wasm-sha256.ts';
import { hashBlob } from './hash-blob.ts';
import { throttle } from './throttle.ts';
import { createModelApi, modelCache } from './model-api.ts';
import { folderName, openInput } from './open-input.ts';
import { groupProblems } from './problem-groups.ts';
import { createMemoryApi, memoryCache } from './memory-api.ts';
import { createCompareApi } from './compare-api.ts';
import { createHistorySecretsApi } from './history-secrets-api.ts';
import { createTimelineApi } from './timeline-api.ts';
import { createJobRunner } from './jobs/runner.ts';
import { createFindingsApi } from './findings-api.ts';
import { analystExtras } from '../src/lib/analyses/findings/extras.ts';
import { readFsChangeFile } from '../src/lib/model/fs-changes.ts';
import { createReportApi } from './report-api.ts';
import type {
  ImageEntriesWindow,
  ImageRow,
  OpenInput,
  OpenOutcome,
  ProblemGroup,
  OpenOptions,
  ProgressCallback,
} from './protocol.ts';

export function createAnalyserApi() {
  let archive: Archive | undefined;
  let summary: CheckpointSummary | undefined;
  let catalog: ImageCatalog | undefined;
  /** The opened input itself, kept for hashing; a folder has no single digest. */
  let input: Blob | undefined;
  /** Bumped by every open: a hash of an earlier input stops. */
  let generation = 0;
  let running: AbortController | undefined;

  async function reset(): Promise<void> {
    const old = archive;
    archive = undefined;
    summary = undefined;
    catalog = undefined;
    input = undefined;
    // Jobs read the old checkpoint: they stop. A second checkpoint opened for comparison
    // belongs to the old one: freed with it.
    jobs.cancelJobs();
    await compareApi.compareClose();
    await old?.dispose().catch(() => undefined);
  }

  function requireCatalog(): ImageCatalog {
    if (!archive) throw new Error('no checkpoint is open');
    catalog ??= new ImageCatalog(archive);
    return catalog;
  }

  function requireSummary(): CheckpointSummary {
    if (!summary) throw new Error('no checkpoint is open');
    return summary;
  }

  // The forensic model (processes, files, sockets…) is built lazily for the open archive.
  // A's models and memory are built once and shared by the views and the comparison.
  const models = modelCache(() => archive);
  const memory = memoryCache(() => archive);
  // What building the model found is read by `problems()`, not by the page directly.
  const { modelProblems, ...modelApi } = createModelApi(() => archive, models);
  const compareApi = createCompareApi(() => archive, { models: models.all, memory });
  const memoryApi = createMemoryApi(() => archive, memory);
  // The long scans (search, strings, secrets, YARA): `runJob`/`cancelJob` (jobs/index.ts).
  const jobs = createJobRunner({ archive: () => archive, models: models.all, memory });

  return {
    ...modelApi,

    /**
     * Opens a File/Blob (tar, gzip/zstd tar, a bare image) or a dropped folder. A new open
     * cancels the one still running. Reports progress through ONE callback per operation.
     */
    async open(
      given: OpenInput,
      onProgress?: ProgressCallback,
      options: OpenOptions = {},
    ): Promise<OpenOutcome> {
      generation++;
      running?.abort();
      const controller = new AbortController();
      running = controller;
      await reset();
      const report = throttle(onProgress);
      const name = Array.isArray(given)
        ? folderName(given)
        : given instanceof File
          ? given.name
          : 'input';
      try {
        const result = await openInput(given, {
          name,
          signal: controller.signal,
          report,
          skipHash: options.hashElsewhere === true,
        });
        if (result.status !== 'opened') return result;
        const opened = result.archive;
        report({ stage: 'summarising', bytes: opened.inputSize, total: opened.inputSize }, true);
        const summarised = await summarize(opened).catch(async (e: unknown) => {
          await opened.dispose();
          throw e;
        });
        if (controller.signal.aborted) {
          await opened.dispose();
          return { status: 'cancelled' };
        }
        archive = opened;
        summary = summarised;
        input = Array.isArray(given) ? undefined : given;
        return {
          status: 'opened',
          name: opened.name,
          size: opened.inputSize,
          storage: opened.largeMemberStorage,
        };
      } catch (e) {
        if (controller.signal.aborted) return { status: 'cancelled' };
        return { status: 'failed', message: errorMessage(e) };
      } finally {
        if (running === controller) running = undefined;
      }
    },

    /** Stops the running open; it then resolves with `{status: 'cancelled'}`. */
    async cancel(): Promise<void> {
      running?.abort();
    },

    /** The checkpointctl-show-like summary, without the member list (see `members`). */
    async summary(): Promise<Omit<CheckpointSummary, 'members' | 'problems'>> {
      const { members: _members, problems: _problems, ...rest } = requireSummary();
      return rest;
    },

    /** Archive members with sizes (the page caps what it renders). */
    async members(): Promise<CheckpointSummary['members']> {
      return requireSummary().members;
    },

    /** Everything that could not be read, grouped with counts. */
    async problems(): Promise<ProblemGroup[]> {
      // The summary's problems start with the archive's own (summarize copies them); the
      // catalog and the model may both have decoded the same damaged image: counted once.
      const all = [
        ...(summary?.problems ?? []),
        ...(catalog?.problems() ?? []),
        ...(await modelProblems()),
      ];
      const seen = new Set<string>();
      return groupProblems(
        all.filter((p) => {
          const key = `${p.code}\u0000${p.message}\u0000${p.offset ?? ''}`;
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        }),
      );
    },

    /** Every CRIU image (all containers): name, magic, entry count, size. */
    async images(): Promise<ImageRow[]> {
      return requireCatalog().list();
    },

    /** A window of an image's entries as crit-style JSON text (pretty: crit's --pretty). */
    async imageEntries(
      container: number,
      name: string,
      {
        pretty = false,
        offset = 0,
        limit = 200,
      }: { pretty?: boolean; offset?: number; limit?: number } = {},
    ): Promise<ImageEntriesWindow> {
      return requireCatalog().entries(container, name, pretty, offset, limit);
    },

    /** The crit-compatible JSON of one image as bytes, transferred (not copied) to the page. */
    async critJson(container: number, name: string, pretty = false): Promise<Uint8Array> {
      const bytes = await requireCatalog().critJson(container, name, pretty);
      return Comlink.transfer(bytes, [bytes.buffer as ArrayBuffer]);
    },

    /** A window of an image's raw bytes (for raw images such as pages-*.img), transferred. */
    async imageBytes(
      container: number,
      name: string,
      offset: number,
      length: number,
    ): Promise<Uint8Array> {
      const window = (
        await requireCatalog().bytes(container, name, offset, Math.min(length, 1 << 20))
      ).slice();
      return Comlink.transfer(window, [window.buffer]);
    },

    /**
     * SHA-256 of the opened input as lowercase hex (undefined for a dropped folder), read as
     * a stream in blocks; stops with undefined when another input is opened meanwhile.
     */
    async sha256(onProgress?: ProgressCallback): Promise<string | undefined> {
      const blob = input;
      const mine = generation;
      if (!blob) return undefined;
      const report = throttle(onProgress);
      // A compressed input was already hashed in its one decompression pass.
      if (archive?.sha256) {
        report({ stage: 'hashing', bytes: blob.size, total: blob.size }, true);
        return archive.sha256;
      }
      const digest = await hashBlob(blob, await createFastSha256(), report, () => {
        return mine !== generation;
      });
      if (digest === undefined) return undefined;
      // Recorded on the archive so that exports built from it carry it too.
      if (archive) archive.sha256 = digest;
      return digest;
    },

    /**
     * Records the input's SHA-256 computed elsewhere (the page's hash worker), so that exports
     * built from the archive carry it. Ignored when no archive is open.
     */
    async recordSha256(digest: string): Promise<void> {
      if (archive && /^[0-9a-f]{64}$/.test(digest)) archive.sha256 = digest;
    },

    /** Frees the archive and its large-member storage. */
    async close(): Promise<void> {
      running?.abort();
      await reset();
    },

    // Memory: processes' VMAs, windows, export (opened lazily per archive).
    ...memoryApi.api,
    ...jobs.api,

    // Comparison with a second checkpoint, opened beside this one.
    ...compareApi,

    // Shell history and the secrets' values (history-secrets-api.ts).
    ...createHistorySecretsApi(() => archive, models, memory, jobs.kept),
    // Every dated event (timeline-api.ts).
    ...createTimelineApi(() => archive, models),
    // Triage findings, from the same models and memory as the views.
    // Shell-history anti-forensics join them (the secrets pass is the analyst's to start).
    ...createFindingsApi(models.all, memory, async (i) => {
      const current = archive;
      const model = (await models.all())[i];
      if (!current || !model) return [];
      const mem = (await memory().catch(() => undefined))?.containers.find(
        (c) => c.root === model.root,
      )?.mem;
      const store = current.store(model.root);
      const pod = current.layout.containers.length > 1;
      const extras = await analystExtras(model.model, mem, {
        ...(pod ? { container: i } : {}),
        readRootfsFile: (path) => readFsChangeFile(store, 'rootfs-diff.tar', path),
      });
      return extras.findings;
    }),
    // The report's worker part (report-api.ts): containers in brief, problems.
    ...createReportApi(() => archive, models.all),
  };
}

export type AnalyserApi = ReturnType<typeof createAnalyserApi>;

/**
 * Shell history and secrets for the page, composed into `createAnalyserApi()`. History is
 * computed once per archive (readline scans are small); the secrets scan is a job like the
 * search: cancellable, superseded by a new one, reporting progress to ONE proxied callback.
 * The full secret values stay here; the page gets masked rows and asks for one value at a time.
 */
import { appendAll } from '../src/lib/append-all.ts';
import { errorMessage } from '../src/lib/error-message.ts';
import type { Archive } from '../src/lib/archive/index.ts';
import { analyseHistory } from '../src/lib/analyses/history/index.ts';
import { SecretCollector } from '../src/lib/analyses/secrets/collect.ts';
import { builtinRules, parseRules } from '../src/lib/analyses/secrets/rules.ts';
import { scanSecrets } from '../src/lib/analyses/secrets/index.ts';
import { maskSecret, type Secret, type SecretRule } from '../src/lib/analyses/secrets/types.ts';
import { hex } from '../src/lib/memory/addr.ts';
import { readFsChangeFile } from '../src/lib/model/fs-changes.ts';
import type { Problem } from '../src/lib/problems.ts';
import type {
  HistoryRow,
  HistoryView,
  SecretRow,
  SecretsOutcome,
  SecretsProgress,
  SecretsRequest,
} from './history-secrets-protocol.ts';
import type { Opened } from './memory-api.ts';
import { JobSlot, Pacer } from './memory-jobs.ts';
import type { ModelCache } from './model-api.ts';

export function createHistorySecretsApi(
  currentArchive: () => Archive | undefined,
  models: ModelCache,
  memory: () => Promise<Opened>,
) {
  let historyFor: Archive | undefined;
  let history: Promise<HistoryView> | undefined;
  const job = new JobSlot();
  /** The last completed scan's values, by row id, for the archive it ran on. */
  let values: { archive: Archive; byId: Map<number, string> } | undefined;

  const rootReader = (archive: Archive, root: string) => {
    const store = archive.store(root);
    return (path: string) => readFsChangeFile(store, 'rootfs-diff.tar', path);
  };

  async function buildHistory(archive: Archive): Promise<HistoryView> {
    const all = await models.all();
    const opened = await memory();
    const view: HistoryView = {
      rows: [],
      processes: [],
      files: [],
      antiForensics: [],
      problems: [],
    };
    for (const [container, m] of all.entries()) {
      const mem = opened.containers.find((c) => c.root === m.root)?.mem;
      const r = await analyseHistory(m.model, mem, { readRootfsFile: rootReader(archive, m.root) });
      appendAll(view.problems, r.problems);
      appendAll(
        view.files,
        r.files.map((f) => ({ ...f, container })),
      );
      appendAll(
        view.antiForensics,
        r.antiForensics.map((a) => ({ ...a, container })),
      );
      for (const p of r.processes) {
        const { entries, ...rest } = p;
        view.processes.push({ ...rest, container, count: entries.length });
        for (const e of entries) view.rows.push(historyRow(container, p.comm ?? '', e));
      }
    }
    return view;
  }

  return {
    /** Shell history of every process (and history files), computed once per archive. */
    async history(): Promise<HistoryView> {
      const archive = currentArchive();
      if (!archive) throw new Error('no checkpoint is open');
      if (historyFor !== archive || !history) {
        historyFor = archive;
        history = buildHistory(archive);
      }
      return history;
    },

    /**
     * Scans every container for secrets; progress goes to `onProgress`. A new scan supersedes
     * the running one (it resolves with `completed: false`).
     */
    async secretsScan(
      request: SecretsRequest,
      onProgress: (p: SecretsProgress) => unknown,
    ): Promise<SecretsOutcome> {
      const running = job.start();
      const archive = currentArchive();
      const problems: Problem[] = [];
      const fail = (error: string): SecretsOutcome => ({
        ...job.finish(running, error),
        rows: [],
        rules: [],
        problems,
      });
      let rules: SecretRule[] = request.builtin === false ? [] : builtinRules();
      if (request.rulesToml !== undefined) {
        const parsed = parseRules(request.rulesToml, request.rulesName ?? 'rules file');
        appendAll(problems, parsed.problems);
        rules = [...rules, ...parsed.rules];
      }
      if (rules.length === 0) return fail('no usable rules');
      try {
        if (!archive) return fail('no checkpoint is open');
        const all = await models.all();
        const opened = await memory();
        const mems = all.map((m) => opened.containers.find((c) => c.root === m.root)?.mem);
        const total = mems.reduce(
          (n, mem) => n + (mem?.processes().reduce((k, p) => k + p.dumpedBytes, 0) ?? 0),
          0,
        );
        const pacer = new Pacer<never>();
        let before = 0;
        const rows: SecretRow[] = [];
        const byId = new Map<number, string>();
        for (const [container, m] of all.entries()) {
          if (running.signal.aborted) break;
          const result = await scanSecrets(
            m.model,
            mems[container],
            {
              rules,
              container,
              signal: running.signal,
              readRootfsFile: rootReader(archive, m.root),
              onProgress: async (scanned) => {
                if (archive !== currentArchive()) running.abort();
                if (!pacer.due()) return;
                pacer.take();
                await onProgress({
                  id: running.id,
                  scannedBytes: before + scanned,
                  totalBytes: total,
                  done: false,
                });
              },
            },
            new SecretCollector(),
          );
          before += result.scannedMemoryBytes;
          appendAll(problems, result.problems);
          for (const s of result.secrets) {
            const id = rows.length + 1;
            byId.set(id, s.value);
            rows.push(secretRow(id, container, s));
          }
        }
        if (running.signal.aborted)
          return { ...job.finish(running), rows: [], rules: [], problems };
        await onProgress({ id: running.id, scannedBytes: before, totalBytes: total, done: true });
        values = { archive, byId };
        return { ...job.finish(running), rows, rules: rules.map((r) => r.id), problems };
      } catch (e) {
        return fail(errorMessage(e));
      }
    },

    async secretsCancel(): Promise<void> {
      job.cancel();
    },

    /** One secret's value, on the analyst's request (the row's `id` from the last scan). */
    async secretReveal(id: number): Promise<string> {
      if (!values || values.archive !== currentArchive()) throw new Error('scan for secrets first');
      const v = values.byId.get(id);
      if (v === undefined) throw new Error(`no secret ${id}`);
      return v;
    },
  };
}

function historyRow(
  container: number,
  comm: string,
  e: import('../src/lib/analyses/history/types.ts').HistoryEntry,
): HistoryRow {
  const absent = (e.absent ?? [])
    .map((a) => `${a.what} at ${hex(a.address)}: ${a.kind}`)
    .join('; ');
  return {
    container,
    pid: e.pid,
    comm,
    index: e.index,
    time: e.timeUtc ?? (e.absent?.some((a) => a.what === 'timestamp') ? 'not in checkpoint' : ''),
    command:
      e.command !== undefined
        ? e.command + (e.commandPartial ? ' […cut: not in checkpoint]' : '')
        : '[line not in checkpoint]',
    address: e.lineAddress ?? e.entryAddress,
    entryAddress: e.entryAddress,
    foundBy:
      e.foundBy === 'history-list'
        ? 'history list'
        : e.inList
          ? 'timestamp'
          : 'timestamp (not in list)',
    absent,
  };
}

function secretRow(id: number, container: number, s: Secret): SecretRow {
  return {
    id,
    container,
    rule: s.rule,
    description: s.description,
    confidence: s.confidence,
    masked: maskSecret(s.value),
    length: s.length,
    where: s.locations.map((l) => l.label).join('; '),
    count: s.locations.length,
    locations: s.locations.map((l) => ({
      label: l.label,
      ...(l.target ? { target: l.target } : {}),
    })),
  };
}

export type HistorySecretsApi = ReturnType<typeof createHistorySecretsApi>;

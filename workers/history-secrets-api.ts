/**
 * Shell history and the secrets' values for the page, composed into `createAnalyserApi()`.
 * History is computed once per archive (readline scans are small). The secrets scan is the
 * `secrets` job (jobs/secrets.ts); it keeps the full values in the worker, and the page gets
 * masked rows and asks here for one value at a time.
 */
import { appendAll } from '../src/lib/append-all.ts';
import type { Archive } from '../src/lib/archive/index.ts';
import { analyseHistory } from '../src/lib/analyses/history/index.ts';
import type { Finding } from '../src/lib/analyses/findings/types.ts';
import { hex } from '../src/lib/memory/addr.ts';
import type { HistoryRow, HistoryView } from './history-secrets-protocol.ts';
import { rootfsReader, SECRET_FINDINGS, SECRET_VALUES } from './jobs/secrets.ts';
import type { Opened } from './memory-api.ts';
import type { ModelCache } from './model-api.ts';

export function createHistorySecretsApi(
  currentArchive: () => Archive | undefined,
  models: ModelCache,
  memory: () => Promise<Opened>,
  /** What the jobs kept for the open archive (`JobRunner.kept`). */
  kept: (key: string) => unknown,
) {
  let historyFor: Archive | undefined;
  let history: Promise<HistoryView> | undefined;

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
      const r = await analyseHistory(m.model, mem, {
        readRootfsFile: rootfsReader(archive, m.root),
      });
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

    /** One secret's value, on the analyst's request (the row's `id` from the last scan). */
    async secretReveal(id: number): Promise<string> {
      const values = kept(SECRET_VALUES) as Map<number, string> | undefined;
      if (!values) throw new Error('scan for secrets first');
      const v = values.get(id);
      if (v === undefined) throw new Error(`no secret ${id}`);
      return v;
    },

    /**
     * The last secrets scan's high-confidence secrets as findings (values masked), or
     * `undefined` when no scan completed on this archive: the page's report says which.
     */
    async secretsFindings(): Promise<Finding[] | undefined> {
      return kept(SECRET_FINDINGS) as Finding[] | undefined;
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

export type HistorySecretsApi = ReturnType<typeof createHistorySecretsApi>;

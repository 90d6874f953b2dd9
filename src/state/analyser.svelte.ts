import * as Comlink from 'comlink';
import type { AnalyserApi } from '../../workers/api.ts';
import type { JobName, JobTypes } from '../../workers/jobs/index.ts';
import type { JobOutcome } from '../../workers/memory-protocol.ts';
import type { OpenInput, ProblemGroup, ProgressReport } from '../../workers/protocol.ts';
import type { TableScope } from '../lib/table/column.ts';
import type { TableKind, TableRows } from '../lib/table/tables/index.ts';
import { errorMessage } from '../lib/error-message.ts';
import { Latest, type Ticket } from '../lib/latest.ts';
import { InputHasher } from '../worker-client/input-hasher.ts';
import { hashAlongsideOpen } from '../worker-client/hash-schedule.ts';
import { makeWorker } from '../worker-client/make-worker.ts';

export type Status = 'idle' | 'opening' | 'ready' | 'failed';

export type Summary = Awaited<ReturnType<AnalyserApi['summary']>>;

/** What the progress bar shows: the worker's last report plus the rate since the start. */
export interface ProgressView extends ProgressReport {
  bytesPerSecond: number;
  /** Decompressed bytes per second: a compressed input is read ahead, so this is the pace. */
  outPerSecond: number;
}

/**
 * The one owner of the analyser worker. Views read its runes state and call its methods;
 * nothing else talks to the worker. The latest request wins: a new open (or cancel) makes
 * every earlier reply stale, and a worker still busy with a superseded job is replaced.
 */
export class Analyser {
  status = $state<Status>('idle');
  /** Name of the input being opened or shown. */
  inputName = $state('');
  inputSize = $state(0);
  /** Where the worker keeps large members: 'input', 'opfs' or 'memory'. */
  storage = $state('');
  progress = $state.raw<ProgressView | null>(null);
  summary = $state.raw<Summary | null>(null);
  problems = $state.raw<ProblemGroup[]>([]);
  error = $state<string | null>(null);
  /** SHA-256 of the input (chain of custody), computed in the hash worker while it opens. */
  sha256 = $state<string | null>(null);
  /** Progress of that hash while it runs; null when done or not started. */
  hashProgress = $state.raw<ProgressReport | null>(null);

  #worker: Worker | null = null;
  readonly #hasher = new InputHasher();
  #remote: Comlink.Remote<AnalyserApi> | null = null;
  readonly #latest = new Latest();
  /** Opens still running in the current worker, including superseded ones. */
  #pending = 0;

  get problemCount(): number {
    return this.problems.reduce((n, g) => n + g.count, 0);
  }

  #ensure(): Comlink.Remote<AnalyserApi> {
    if (!this.#remote) {
      this.#worker = makeWorker();
      this.#remote = Comlink.wrap<AnalyserApi>(this.#worker);
      this.#pending = 0;
    }
    return this.#remote;
  }

  /** A worker still busy with a superseded open is replaced rather than waited for. */
  #fresh(): Comlink.Remote<AnalyserApi> {
    if (this.#pending > 0) {
      this.#remote?.[Comlink.releaseProxy]();
      this.#worker?.terminate();
      this.#worker = null;
      this.#remote = null;
    }
    return this.#ensure();
  }

  async open(input: OpenInput, name: string, size: number): Promise<void> {
    const api = this.#fresh();
    const worker = this.#worker;
    const ticket = this.#latest.next();
    const started = performance.now();
    this.status = 'opening';
    this.inputName = name;
    this.inputSize = size;
    this.summary = null;
    this.problems = [];
    this.error = null;
    this.sha256 = null;
    this.hashProgress = null;
    this.progress = {
      stage: 'starting',
      bytes: 0,
      total: size,
      bytesPerSecond: 0,
      outPerSecond: 0,
    };
    // One proxied callback per operation (released proxies keep their ports in Comlink 4.4.2).
    const onProgress = Comlink.proxy((report: ProgressReport) => {
      if (!ticket.current()) return;
      const seconds = (performance.now() - started) / 1000;
      const rate = (n: number | undefined) => (seconds > 0 && n ? n / seconds : 0);
      this.progress = {
        ...report,
        bytesPerSecond: rate(report.bytes),
        outPerSecond: rate(report.out),
      };
    });
    // The hash runs on its own thread, from the start beside decompression and decoding, or
    // on two cores or fewer once the checkpoint is shown (hash-schedule.ts).
    const blob = Array.isArray(input) ? undefined : input;
    const alongside = hashAlongsideOpen(globalThis.navigator?.hardwareConcurrency);
    let hashing = blob && alongside ? this.#startHash(blob, ticket) : undefined;
    if (blob && !alongside) {
      this.#hasher.cancel();
      this.hashProgress = { stage: 'hashing', bytes: 0, total: blob.size };
    }
    this.#pending++;
    try {
      const outcome = await api
        .open(input, onProgress, { hashElsewhere: blob !== undefined })
        .finally(() => {
          if (worker === this.#worker) this.#pending--;
        });
      if (!ticket.current()) return;
      // A hash that was waiting for the open is not started for an input that did not open.
      if (outcome.status !== 'opened' && !hashing) this.hashProgress = null;
      if (outcome.status === 'cancelled') {
        this.status = 'idle';
        return;
      }
      if (outcome.status === 'failed') {
        this.error = outcome.message;
        this.problems = await api.problems();
        this.status = 'failed';
        return;
      }
      const [summary, problems] = await Promise.all([api.summary(), api.problems()]);
      if (!ticket.current()) return;
      this.summary = summary;
      this.problems = problems;
      this.storage = outcome.storage;
      this.status = 'ready';
      if (blob && !hashing) hashing = this.#startHash(blob, ticket);
      void this.#finishHash(api, ticket, hashing);
    } catch (e) {
      if (!ticket.current()) return;
      this.error = errorMessage(e);
      this.status = 'failed';
    }
  }

  #startHash(blob: Blob, ticket: Ticket): Promise<string | undefined> {
    this.#hasher.cancel();
    this.hashProgress = { stage: 'hashing', bytes: 0, total: blob.size };
    return this.#hasher.sha256(blob, (report) => {
      if (ticket.current() && this.sha256 === null) this.hashProgress = report;
    });
  }

  /**
   * Shows the digest once the hash worker has it and records it in the analyser worker, whose
   * exports carry it. Should the hash worker fail, the analyser worker hashes the input itself.
   */
  async #finishHash(
    api: Comlink.Remote<AnalyserApi>,
    ticket: Ticket,
    hashing: Promise<string | undefined> | undefined,
  ): Promise<void> {
    try {
      let digest = await hashing?.catch(() => undefined);
      if (!ticket.current()) return;
      if (digest) await api.recordSha256(digest);
      else {
        const onProgress = Comlink.proxy((report: ProgressReport) => {
          if (ticket.current()) this.hashProgress = report;
        });
        digest = await api.sha256(onProgress);
      }
      if (!ticket.current()) return;
      this.sha256 = digest ?? null;
    } catch {
      // A failed hash leaves the field empty; the analysis itself is unaffected.
    } finally {
      if (ticket.current()) this.hashProgress = null;
    }
  }

  /** Opens the built-in example, fetched from the page's own origin (not possible on file://). */
  async openExample(url: string): Promise<void> {
    const name = url.split('/').pop() ?? 'example';
    try {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
      const blob = await res.blob();
      await this.open(new File([blob], name), name, blob.size);
    } catch (e) {
      this.error = `The example could not be loaded: ${errorMessage(e)}`;
      this.status = 'failed';
    }
  }

  /** Stops the running open. The worker is asked to stop; its late reply is ignored. */
  cancel(): void {
    if (this.status !== 'opening') return;
    this.#latest.invalidate();
    this.#hasher.cancel();
    void this.#remote?.cancel();
    this.status = 'idle';
    this.progress = null;
  }

  /** Back to the landing page, keeping the worker for the next input. */
  close(): void {
    this.cancel();
    this.#latest.invalidate();
    // The worker frees the archive now: its OPFS copies are temporary, not kept until later.
    void this.#remote?.close().catch(() => undefined);
    this.status = 'idle';
    this.summary = null;
    this.problems = [];
    this.error = null;
  }

  /** Re-reads the problem list, e.g. after a view made the worker decode more images. */
  async refreshProblems(): Promise<void> {
    const ticket = this.#latest.now();
    const problems = await this.#ensure().problems();
    if (ticket.current()) this.problems = problems;
  }

  /**
   * Every row of one of the model's tables, typed by its kind. (Comlink's `Remote` type drops
   * a method's type parameters, so the kind → row type map is applied here.)
   */
  rows<K extends TableKind>(kind: K, scope: TableScope = {}): Promise<TableRows[K][]> {
    return this.api.rows(kind, scope) as Promise<TableRows[K][]>;
  }

  /**
   * Runs a worker job (search, strings, secrets, YARA…) with its paced reports, typed by its name; a new run
   * of the same name supersedes the old one (see `cancelJob`).
   */
  runJob<N extends JobName>(
    name: N,
    params: JobTypes[N]['params'],
    onReport: (report: JobTypes[N]['report']) => void,
  ): Promise<JobOutcome<JobTypes[N]['result']>> {
    // One proxied callback per run (released proxies keep their ports in Comlink 4.4.2).
    const proxied = Comlink.proxy(onReport as (report: JobTypes[JobName]['report']) => void);
    return this.api.runJob(name, params, proxied) as Promise<JobOutcome<JobTypes[N]['result']>>;
  }

  cancelJob(name: JobName): Promise<void> {
    return this.api.cancelJob(name);
  }

  /** Worker calls for views: typed pass-through, valid once an input is open. */
  get api(): Comlink.Remote<AnalyserApi> {
    return this.#ensure();
  }
}

export const analyser = new Analyser();

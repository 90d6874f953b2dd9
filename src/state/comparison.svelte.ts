import * as Comlink from 'comlink';
import type { MemoryDiffProgress } from '../lib/analyses/diff/index.ts';
import type { Comparison, MemoryDiff } from '../../workers/compare-protocol.ts';
import type { ProgressReport } from '../../workers/protocol.ts';
import { errorMessage } from '../lib/error-message.ts';
import { Latest, runLatest, type Ticket } from '../lib/latest.ts';
import { InputHasher } from '../worker-client/input-hasher.ts';
import { analyser, type Summary } from './analyser.svelte.ts';

export type CompareStatus = 'idle' | 'opening' | 'ready' | 'failed';

/**
 * The comparison of the open checkpoint (A) with a second one (B): opening B in the worker,
 * the structural diff, and the page-content comparison of the chosen container pair. It is
 * tied to the A it was made against: once another checkpoint is opened it reads as idle.
 */
export class CheckpointComparison {
  status = $state<CompareStatus>('idle');
  otherName = $state('');
  otherSize = $state(0);
  progress = $state.raw<ProgressReport | null>(null);
  error = $state<string | null>(null);
  result = $state.raw<Comparison | null>(null);
  /** The container pair shown (index into `result.pairs`). */
  pair = $state(0);
  /** B's SHA-256, from B's own hash worker; null until it has it. */
  otherSha256 = $state<string | null>(null);
  otherHashing = $state(false);

  memoryRunning = $state(false);
  memoryProgress = $state.raw<MemoryDiffProgress | null>(null);
  memory = $state.raw<MemoryDiff | null>(null);
  memoryError = $state<string | null>(null);

  /** The summary of the A this comparison belongs to. */
  #against = $state.raw<Summary | null>(null);
  readonly #opening = new Latest();
  readonly #memoryRun = new Latest();
  /** B is hashed on its own thread, like A, while the comparison is already shown. */
  readonly #hasher = new InputHasher();

  /** False once another checkpoint has been opened (the worker has dropped B by then). */
  get current(): boolean {
    return this.#against !== null && this.#against === analyser.summary;
  }

  async open(file: File): Promise<void> {
    const ticket = this.#opening.next();
    this.#clearMemory();
    this.#against = analyser.summary;
    this.status = 'opening';
    this.otherName = file.name;
    this.otherSize = file.size;
    this.error = null;
    this.result = null;
    this.pair = 0;
    this.otherSha256 = null;
    this.otherHashing = false;
    this.#hasher.cancel();
    this.progress = { stage: 'starting', bytes: 0, total: file.size };
    const onProgress = Comlink.proxy((report: ProgressReport) => {
      if (ticket.current()) this.progress = report;
    });
    try {
      const outcome = await analyser.api.compareOpen(file, onProgress);
      if (!ticket.current()) return;
      if (outcome.status === 'cancelled') {
        this.status = 'idle';
        return;
      }
      if (outcome.status === 'failed') {
        this.error = outcome.message;
        this.status = 'failed';
        return;
      }
      const result = await analyser.api.comparison();
      if (!ticket.current()) return;
      this.result = result;
      this.status = 'ready';
      void this.#hashOther(file, ticket);
    } catch (e) {
      if (!ticket.current()) return;
      this.error = errorMessage(e);
      this.status = 'failed';
    } finally {
      if (ticket.current()) this.progress = null;
    }
  }

  async #hashOther(file: File, ticket: Ticket): Promise<void> {
    this.otherHashing = true;
    try {
      const digest = await this.#hasher.sha256(file, () => undefined);
      if (!ticket.current() || !digest) return;
      this.otherSha256 = digest;
      await analyser.api.compareRecordSha256(digest);
    } catch {
      // B's digest stays unknown; the comparison itself is unaffected.
    } finally {
      if (ticket.current()) this.otherHashing = false;
    }
  }

  cancelOpen(): void {
    if (this.status !== 'opening') return;
    this.#opening.invalidate();
    void analyser.api.compareCancel();
    this.status = 'idle';
    this.progress = null;
  }

  choosePair(index: number): void {
    if (index === this.pair) return;
    this.pair = index;
    this.#clearMemory();
  }

  /** Compares the dumped pages of the chosen pair; the structure stays shown meanwhile. */
  async compareMemory(): Promise<void> {
    const run = this.#memoryRun.next();
    this.memoryRunning = true;
    this.memoryError = null;
    this.memory = null;
    this.memoryProgress = null;
    const pair = this.pair;
    await runLatest(run, (onReport) => analyser.api.compareMemory(pair, Comlink.proxy(onReport)), {
      report: (p: MemoryDiffProgress) => (this.memoryProgress = p),
      done: (memory) => (this.memory = memory),
      fail: (message) => (this.memoryError = message),
      settle: () => (this.memoryRunning = false),
    });
  }

  /** Stops the page comparison; it then shows what it compared until then. */
  cancelMemory(): void {
    if (this.memoryRunning) void analyser.api.compareCancel();
  }

  /** Forgets B (and frees it in the worker). */
  close(): void {
    this.#opening.invalidate();
    this.#hasher.cancel();
    this.#clearMemory();
    void analyser.api.compareClose().catch(() => undefined);
    this.status = 'idle';
    this.result = null;
    this.error = null;
    this.#against = null;
  }

  #clearMemory(): void {
    this.#memoryRun.invalidate();
    if (this.memoryRunning) void analyser.api.compareCancel();
    this.memoryRunning = false;
    this.memory = null;
    this.memoryProgress = null;
    this.memoryError = null;
  }
}

export const comparison = new CheckpointComparison();

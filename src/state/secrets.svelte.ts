import * as Comlink from 'comlink';
import { SvelteMap } from 'svelte/reactivity';
import { errorMessage } from '../lib/error-message.ts';
import type { Problem } from '../lib/problems.ts';
import type { SecretRow, SecretsProgress } from '../../workers/history-secrets-protocol.ts';
import { analyser, type Summary } from './analyser.svelte.ts';

/**
 * The secrets scan of the open checkpoint: progress while it runs, then masked rows. A value
 * comes to the page only when the analyst reveals that row; a new checkpoint forgets all.
 */
export class SecretsScan {
  running = $state(false);
  done = $state(false);
  scanned = $state(0);
  total = $state(0);
  rows = $state.raw<SecretRow[]>([]);
  rules = $state.raw<string[]>([]);
  problems = $state.raw<Problem[]>([]);
  error = $state<string | null>(null);
  /** Revealed values by row id. */
  readonly revealed = new SvelteMap<number, string>();
  /** The analyst's rules file, if one was dropped or picked. */
  rulesName = $state<string | null>(null);
  #rulesToml: string | undefined;
  #for: Summary | null = null;
  #request = 0;

  /** Forgets a scan of another checkpoint. */
  sync(): void {
    if (analyser.summary === this.#for) return;
    this.#for = analyser.summary;
    this.#request++;
    this.running = false;
    this.done = false;
    this.rows = [];
    this.revealed.clear();
    this.error = null;
    this.problems = [];
  }

  /** Starts a scan unless one ran (or runs) for the open checkpoint. */
  ensure(): void {
    this.sync();
    if (!this.running && !this.done && !this.error) void this.start();
  }

  /** The analyst's rules (picked, dropped or pasted) beside the built-in ones; `null`: built-in only. */
  async useRules(name: string | null, toml?: string): Promise<void> {
    this.rulesName = name;
    this.#rulesToml = name === null ? undefined : (toml ?? '');
    await this.start();
  }

  async start(): Promise<void> {
    this.sync();
    const request = ++this.#request;
    this.running = true;
    this.done = false;
    this.scanned = 0;
    this.total = 0;
    this.rows = [];
    this.revealed.clear();
    this.error = null;
    const onProgress = Comlink.proxy((p: SecretsProgress) => {
      if (request !== this.#request) return;
      this.scanned = p.scannedBytes;
      this.total = p.totalBytes;
    });
    try {
      const out = await analyser.api.secretsScan(
        this.#rulesToml !== undefined
          ? { rulesToml: this.#rulesToml, rulesName: this.rulesName ?? 'rules file' }
          : {},
        onProgress,
      );
      if (request !== this.#request) return;
      this.problems = out.problems;
      if (out.error) this.error = out.error;
      else if (out.completed) {
        this.rows = out.rows;
        this.rules = out.rules;
        this.done = true;
      }
    } catch (e) {
      if (request === this.#request) this.error = errorMessage(e);
    } finally {
      if (request === this.#request) this.running = false;
    }
  }

  cancel(): void {
    if (this.running) void analyser.api.secretsCancel();
  }

  async reveal(id: number): Promise<void> {
    this.revealed.set(id, await analyser.api.secretReveal(id));
  }

  hide(id: number): void {
    this.revealed.delete(id);
  }
}

export const secretsScan = new SecretsScan();

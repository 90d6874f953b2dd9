import * as Comlink from 'comlink';
import type { HashApi } from '../../workers/hash-api.ts';
import type { ProgressReport } from '../../workers/protocol.ts';
import { makeHashWorker } from './make-worker.ts';

/**
 * Owns the hash worker: one SHA-256 at a time of the input being opened, on its own thread so
 * that it runs beside the analyser's decompression instead of inside it. A new input
 * supersedes the running hash (the worker stops at its next block).
 */
export class InputHasher {
  #remote: Comlink.Remote<HashApi> | null = null;

  #ensure(): Comlink.Remote<HashApi> {
    this.#remote ??= Comlink.wrap<HashApi>(makeHashWorker());
    return this.#remote;
  }

  /** The hex digest; undefined when superseded. Rejects if the worker cannot run. */
  async sha256(
    blob: Blob,
    onProgress: (report: ProgressReport) => void,
  ): Promise<string | undefined> {
    // One proxied callback per hash (released proxies keep their ports in Comlink 4.4.2).
    return this.#ensure().sha256(blob, Comlink.proxy(onProgress));
  }

  cancel(): void {
    void this.#remote?.cancel().catch(() => undefined);
  }
}

import { removeStaleOpfsFolders } from '../lib/archive/opfs-sink.ts';
import { readStorageFacts, storageLooksPrivate } from '../lib/archive/private-storage.ts';
import { analyser } from './analyser.svelte.ts';

/**
 * What this page leaves in the browser: decompressed members of a compressed archive live in
 * the origin-private file system (OPFS) only while the checkpoint is open. They are removed
 * when it is closed or forgotten, when the page is hidden for good (pagehide), and at every
 * start (folders left by a page the browser killed; those of other open tabs are in use and
 * stay).
 */
export class EvidenceStorage {
  /** The browser storage looks memory-backed (a private window): see private-storage.ts. */
  privateWindow = $state(false);
  /** Set after "Forget this checkpoint" has removed everything it could. */
  forgotten = $state(false);

  async start(): Promise<void> {
    await removeStaleOpfsFolders().catch(() => undefined);
    this.privateWindow = storageLooksPrivate(await readStorageFacts());
  }

  /** The page is going away (closed, reloaded, navigated): free the copies now. */
  leaving(): void {
    analyser.close();
  }

  /** Closes the checkpoint and removes every copy this origin holds that no tab is using. */
  async forget(): Promise<void> {
    analyser.close();
    // close() does not wait for the worker; this does (closing twice is harmless).
    await analyser.api.close().catch(() => undefined);
    await removeStaleOpfsFolders().catch(() => undefined);
    // The view in the URL named something in the checkpoint: drop it too.
    location.hash = '';
    this.forgotten = true;
  }
}

export const evidenceStorage = new EvidenceStorage();

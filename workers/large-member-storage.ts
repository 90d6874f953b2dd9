import {
  ChunkedMemorySink,
  createOpfsSink,
  removeStaleOpfsFolders,
  type LargeMemberSink,
} from '../src/lib/archive/index.ts';
import { readStorageFacts, storageLooksPrivate } from '../src/lib/archive/private-storage.ts';

let staleRemoved = false;

/**
 * Where the big members of a compressed archive (pages-*.img) go during the one decompression
 * pass. Served over http(s) or localhost, a worker can use the origin-private file system:
 * ~4 GB/s sequential and 144k random 4 KiB reads/s (measured), and no memory pressure.
 * From file:// (the single-file build, origin "null") OPFS throws SecurityError, and Node
 * has none: there large members stay in chunked memory, capped (4 GiB by default).
 */
export async function chooseLargeMemberSink(): Promise<LargeMemberSink> {
  const scope = globalThis as { isSecureContext?: boolean; origin?: string };
  if (scope.isSecureContext && scope.origin && scope.origin !== 'null') {
    if (!staleRemoved) {
      staleRemoved = true;
      // Folders left by tabs closed mid-session; folders in use by other tabs are kept.
      await removeStaleOpfsFolders().catch(() => undefined);
    }
    // A private window keeps OPFS in memory: copying there would only add a second,
    // slower in-memory copy, so the members are held in memory once.
    if (storageLooksPrivate(await readStorageFacts())) return new ChunkedMemorySink();
    const opfs = await createOpfsSink();
    if (opfs) return opfs;
  }
  return new ChunkedMemorySink();
}

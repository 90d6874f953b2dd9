/**
 * Whether the browser's storage looks memory-backed (a private / incognito window). Chromium
 * keeps the origin-private file system of an off-the-record profile in memory and gives it a
 * quota well below a normal profile's (a share of the disk): measured, a 1 GiB-memory
 * checkpoint then cost ~2.2 GB of browser memory and 5x the time. There is no API that says
 * "private"; the quota compared with the JavaScript heap limit is the usual heuristic (a
 * normal profile's quota is many times the heap limit unless the disk is almost full).
 */
export interface StorageFacts {
  /** `navigator.storage.estimate().quota`, bytes. */
  quota?: number;
  /** `performance.memory.jsHeapSizeLimit` (Chromium), bytes. */
  heapLimit?: number;
}

/** Used when the heap limit is unknown: Chromium's default heap limit on 64-bit machines. */
const DEFAULT_HEAP_LIMIT = 4 * 1024 ** 3;

export function storageLooksPrivate(f: StorageFacts): boolean {
  if (f.quota === undefined || !(f.quota > 0)) return false;
  return f.quota < 2 * (f.heapLimit && f.heapLimit > 0 ? f.heapLimit : DEFAULT_HEAP_LIMIT);
}

/** Reads the facts in a page or worker; empty where the APIs are missing. */
export async function readStorageFacts(): Promise<StorageFacts> {
  const g = globalThis as {
    navigator?: { storage?: { estimate?: () => Promise<{ quota?: number }> } };
    performance?: { memory?: { jsHeapSizeLimit?: number } };
  };
  const facts: StorageFacts = {};
  try {
    const e = await g.navigator?.storage?.estimate?.();
    if (e?.quota !== undefined) facts.quota = e.quota;
  } catch {
    // no estimate (file://, Node): nothing to say
  }
  const heap = g.performance?.memory?.jsHeapSizeLimit;
  if (heap !== undefined) facts.heapLimit = heap;
  return facts;
}

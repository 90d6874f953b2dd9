import { extractStrings } from '../../src/lib/memory/strings.ts';
import type { StringRow, StringsPage, StringsRequest } from '../memory-protocol.ts';
import { Pacer } from '../memory-jobs.ts';
import type { JobFunction } from './job.ts';

/** Strings of one process (or one of its VMAs), streamed in pages of rows. */
export const stringsJob: JobFunction<StringsRequest, StringsPage> = async (
  ctx,
  request,
  onPage,
  signal,
) => {
  const { mem } = await ctx.container(request.container);
  const max = Math.max(1, request.maxStrings ?? 200_000);
  let count = 0;
  let truncated = false;
  const pacer = new Pacer<StringRow>();
  for await (const batch of extractStrings(mem, {
    pids: [request.pid],
    ...(request.vma !== undefined ? { vma: request.vma } : {}),
    minLength: request.minLength ?? 6,
    ...(request.encodings ? { encodings: request.encodings } : {}),
    signal,
  })) {
    if (signal.aborted) return;
    for (const s of batch.strings) {
      if (count >= max) {
        truncated = true;
        break;
      }
      count++;
      pacer.add({
        address: s.address,
        encoding: s.encoding,
        length: s.length,
        text: s.text,
        truncated: s.truncated,
      });
    }
    const done = batch.done || truncated;
    if (done || pacer.due()) {
      await onPage({
        id: ctx.id,
        rows: pacer.take(),
        scannedBytes: batch.scannedBytes,
        totalBytes: batch.totalBytes,
        done,
        truncated,
      });
    }
    // Leaving the loop ends the scan (the generator's `finally` runs).
    if (truncated) return;
  }
};

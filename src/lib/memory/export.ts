import type { CheckpointMemory } from './checkpoint-memory.ts';
import type { Segment } from './types.ts';

export interface ExportChunk {
  address: bigint;
  /** Bytes not in the checkpoint are zero here; `segments` says which. */
  bytes: Uint8Array;
  segments: Segment[];
}

/** 4 MiB: a file download or `fs.write` per chunk, and quick to cancel. */
export const EXPORT_CHUNK = 4 << 20;

/**
 * The bytes of [start, end) of one process as a stream of chunks, for saving a VMA or a range
 * to a file. Offsets in the file equal offsets from `start`, so gaps (never dumped, lazy,
 * parent-missing, unmapped) are written as zeros and described by the chunks' segments.
 */
export async function* exportRange(
  mem: CheckpointMemory,
  pid: number,
  start: bigint,
  end: bigint,
  options: { chunkSize?: number; signal?: AbortSignal } = {},
): AsyncGenerator<ExportChunk> {
  const chunk = BigInt(Math.max(4096, Math.floor(options.chunkSize ?? EXPORT_CHUNK)));
  for (let at = start; at < end; at += chunk) {
    if (options.signal?.aborted) return;
    const len = end - at < chunk ? end - at : chunk;
    const r = await mem.read(pid, at, Number(len));
    if (r.bytes.length === 0) return;
    yield { address: at, bytes: r.bytes, segments: r.segments };
  }
}

/** One VMA of a process (index into its VMA list); nothing if there is no such VMA. */
export function exportVma(
  mem: CheckpointMemory,
  pid: number,
  vma: number,
  options: { chunkSize?: number; signal?: AbortSignal } = {},
): AsyncGenerator<ExportChunk> {
  const v = mem.vmas(pid)[vma];
  return exportRange(mem, pid, v?.start ?? 0n, v?.end ?? 0n, options);
}

/**
 * Merges adjacent segments of the same kind (chunk edges split them), for a short summary of
 * what an export contains.
 */
export function mergeSegments(segments: Iterable<Segment>): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.kind === s.kind &&
      prev.vma === s.vma &&
      prev.address + BigInt(prev.length) === s.address
    ) {
      prev.length += s.length;
      // The merged stretch may come from several places in the pages files.
      delete prev.source;
      continue;
    }
    out.push({ ...s });
  }
  return out;
}

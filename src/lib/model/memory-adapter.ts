/**
 * How the model reads memory: always through the memory layer (`CheckpointMemory`), which
 * follows PE_PARENT into pre-dumps, places shared objects and names every byte it could not
 * read. The model keeps the bytes and says which were absent; it never reports zeros as data.
 */
import type { CheckpointMemory } from '../memory/checkpoint-memory.ts';
import { READABLE_KINDS, type Segment } from '../memory/types.ts';
import type { ByteRange } from './types.ts';

export interface MemoryRead {
  bytes: Uint8Array;
  /** Bytes that could not be read (not dumped, parent missing, lazy): zero in `bytes`. */
  missing: number;
}

const absent = (segments: Segment[]): ByteRange[] =>
  segments
    .filter((s) => !READABLE_KINDS.has(s.kind))
    .map((s) => ({ offset: s.offset, length: s.length }));

/** `length` bytes of `pid`'s memory at `addr`, and how many of them were not in the checkpoint. */
export async function readProcessMemory(
  memory: CheckpointMemory,
  pid: number,
  addr: bigint,
  length: number,
): Promise<MemoryRead> {
  const r = await memory.read(pid, addr, length);
  return { bytes: r.bytes, missing: absent(r.segments).reduce((n, s) => n + s.length, 0) };
}

/**
 * The contents of a shared memory object (memfd, SysV shm) of `size` bytes: undefined when
 * none of it is in the checkpoint, else the bytes and the ranges that were not dumped (zero
 * in `content`; views show them as absent).
 */
export async function readSharedContent(
  memory: CheckpointMemory,
  shmid: bigint,
  size: bigint,
): Promise<{ content: Uint8Array; notDumped: ByteRange[] } | undefined> {
  const r = await memory.readShared(shmid, size);
  if (!r || !r.segments.some((s) => READABLE_KINDS.has(s.kind))) return undefined;
  return { content: r.bytes, notDumped: absent(r.segments) };
}

/** Reads process memory through the memory layer (which follows PE_PARENT into pre-dumps). */
import type { CheckpointMemory } from '../memory/checkpoint-memory.ts';
import { READABLE_KINDS } from '../memory/types.ts';
import type { MemoryReader } from './pages.ts';

export function memoryReader(memory: CheckpointMemory): MemoryReader {
  return {
    async read(pid, addr, length) {
      const r = await memory.read(pid, addr, length);
      const missing = r.segments
        .filter((s) => !READABLE_KINDS.has(s.kind))
        .reduce((n, s) => n + s.length, 0);
      return { bytes: r.bytes, missing };
    },
  };
}

/** SysV IPC per IPC namespace: limits, shared memory, message queues, semaphores. */
import { big, num, obj, type Entry } from './entry.ts';
import { extraBytes } from './bytes.ts';
import { imageId as idOf } from './ids.ts';
import type { ImageSet } from '../criu/image-cache.ts';
import type { CheckpointMemory } from '../memory/checkpoint-memory.ts';
import { readSharedContent } from './memory-adapter.ts';
import type { IpcInfo } from './types.ts';

function desc(e: Entry): { key: number; id: number; uid?: number; gid?: number; mode?: number } {
  const d = obj(e, 'desc');
  return {
    key: num(d, 'key') ?? 0,
    id: num(d, 'id') ?? 0,
    uid: num(d, 'uid'),
    gid: num(d, 'gid'),
    mode: num(d, 'mode'),
  };
}

/** Semaphore values: the decoder reads them as numbers; raw u16 bytes are accepted too. */
function semValues(extra: unknown, n: number): number[] {
  if (Array.isArray(extra)) return extra.filter((v): v is number => typeof v === 'number');
  const b = extraBytes(extra);
  if (!b) return [];
  const dv = new DataView(b.buffer, b.byteOffset, b.length);
  const out: number[] = [];
  for (let i = 0; i < n && i * 2 + 1 < b.length; i++) out.push(dv.getUint16(i * 2, true));
  return out;
}

/** The decoder gives a queue's messages as `[msg, bytes, msg, bytes, ...]` (crit's shape). */
function messages(extra: unknown): { type: bigint; data: Uint8Array }[] {
  if (!Array.isArray(extra)) return [];
  const out: { type: bigint; data: Uint8Array }[] = [];
  for (let i = 0; i + 1 < extra.length; i += 2) {
    const m = extra[i] as Entry;
    out.push({ type: big(m, 'mtype') ?? 0n, data: extraBytes(extra[i + 1]) ?? new Uint8Array() });
  }
  return out;
}

export async function buildIpc(images: ImageSet, memory: CheckpointMemory): Promise<IpcInfo[]> {
  const ids = new Set<number>();
  for (const n of images.matching(/^ipcns-(var|shm|msg|sem)-\d+\.img$/)) ids.add(idOf(n));
  const out: IpcInfo[] = [];
  for (const id of [...ids].sort((a, b) => a - b)) {
    const info: IpcInfo = { namespaceId: id, sharedMemory: [], messageQueues: [], semaphores: [] };
    info.limits = await images.first(`ipcns-var-${id}.img`);
    for (const e of (await images.load(`ipcns-shm-${id}.img`)) ?? []) {
      const d = desc(e);
      const size = big(e, 'size');
      // With in_pagemaps the (empty) extra is no content: the bytes are in pagemap-shmem.
      const inline = e['in_pagemaps'] === true ? undefined : extraBytes(e['extra']);
      // CRIU ≥ 3.x keeps the contents in pagemap-shmem (`in_pagemaps`), skipping untouched pages.
      const paged =
        !inline && size !== undefined && size <= 64n << 20n
          ? await readSharedContent(memory, BigInt(d.id), size)
          : undefined;
      const shm: IpcInfo['sharedMemory'][number] = {
        ...d,
        size,
        content: inline ?? paged?.content,
      };
      if (paged?.notDumped.length) shm.notDumped = paged.notDumped;
      info.sharedMemory.push(shm);
    }
    for (const e of (await images.load(`ipcns-msg-${id}.img`)) ?? [])
      info.messageQueues.push({ ...desc(e), messages: messages(e['extra']) });
    for (const e of (await images.load(`ipcns-sem-${id}.img`)) ?? [])
      info.semaphores.push({
        ...desc(e),
        values: semValues(e['extra'], num(e, 'nsems') ?? 0),
      });
    out.push(info);
  }
  return out;
}

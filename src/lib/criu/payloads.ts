/**
 * The bytes CRIU writes after some entries (the "extra" payloads), read and written in the
 * shapes crit uses under `extra`:
 *  - PIPES_DATA / FIFO_DATA: `bytes` raw bytes → Uint8Array
 *  - SK_QUEUES: `length` bytes → Uint8Array
 *  - TCP_STREAM: `inq_len` then `outq_len` bytes → { inq, outq }
 *  - BPFMAP_DATA: `keys_bytes + values_bytes` → Uint8Array
 *  - IPCNS_SEM: `nsems` u16 values, padded to 8 bytes → number[]
 *  - IPCNS_MSG: `qnum` × ([u32 size][ipc_msg][msize bytes padded to 8]) → [msg, bytes, ...]
 *  - IPCNS_SHM: legacy inline contents, `size` bytes padded to 4 → Uint8Array; images with
 *    `in_pagemaps` keep the contents in pagemap-shmem: no bytes follow, and `extra` is empty
 *    (crit's output; crit misreads such an image with more than one segment).
 * Every length is checked against what is left before anything is read. Payloads are copied
 * out of the input so that an entry never pins (or, posted to another thread, clones) the
 * whole buffer the image was read from.
 */
import type { EntryLayout } from './magic.ts';
import type { Entry } from './types.ts';
import type { MessageSchema } from './schema.ts';
import { WireError, WireReader } from './wire-reader.ts';
import type { WireWriter } from './wire-writer.ts';
import { decodeMessage, type MessageWarning } from './message-decode.ts';
import { encodeMessage, EncodeError } from './message-encode.ts';

/** The layouts with a payload after each entry (magic.ts `EntryLayout` names them all). */
export type PayloadKind = Exclude<EntryLayout, 'entries' | 'pagemap' | 'ghost-file'>;

/** crit's round_up(x, y) for power-of-two y. */
export function roundUp(x: number, y: number): number {
  return x === 0 ? 0 : Math.ceil(x / y) * y;
}

function num(entry: Entry, field: string): number {
  const v = entry[field];
  if (typeof v === 'bigint') return v > BigInt(Number.MAX_SAFE_INTEGER) ? Infinity : Number(v);
  return typeof v === 'number' ? v : 0;
}

export interface PayloadContext {
  /** ipc_msg schema, for IPCNS_MSG. */
  ipcMsg?: MessageSchema;
  warnings: MessageWarning[];
}

export function readPayload(
  kind: PayloadKind,
  entry: Entry,
  r: WireReader,
  ctx: PayloadContext,
): unknown {
  switch (kind) {
    case 'pipe-data':
      return r.bytesOf(num(entry, 'bytes'), 'pipe data');
    case 'sk-queue':
      return r.bytesOf(num(entry, 'length'), 'socket queue data');
    case 'tcp-stream': {
      const inq = r.bytesOf(num(entry, 'inq_len'), 'TCP input queue');
      const outq = r.bytesOf(num(entry, 'outq_len'), 'TCP output queue');
      return { inq, outq };
    }
    case 'bpfmap-data':
      return r.bytesOf(num(entry, 'keys_bytes') + num(entry, 'values_bytes'), 'bpf map data');
    case 'ipc-sem': {
      const n = num(entry, 'nsems');
      r.need(roundUp(2 * n, 8), 'semaphore values');
      const values: number[] = [];
      for (let i = 0; i < n; i++) values.push(r.u16le());
      r.skip(roundUp(2 * n, 8) - 2 * n, 'semaphore padding');
      return values;
    }
    case 'ipc-msg': {
      const out: unknown[] = [];
      const q = num(entry, 'qnum');
      // Each message costs at least its 4-byte size, so the loop is bounded by the input.
      for (let i = 0; i < q && r.remaining > 0; i++) {
        const at = r.offset;
        const size = r.u32le();
        r.need(size, 'ipc message');
        if (!ctx.ipcMsg) throw new WireError('no ipc_msg schema', at);
        const sub = r.view(size, 'ipc message');
        const msg = decodeMessage(new WireReader(sub, 0, size, at + 4), ctx.ipcMsg, ctx.warnings);
        const msize = num(msg, 'msize');
        r.need(roundUp(msize, 8), 'ipc message text');
        const text = r.bytesOf(msize, 'ipc message text');
        r.skip(roundUp(msize, 8) - msize, 'ipc message padding');
        out.push(msg, text);
      }
      return out;
    }
    case 'ipc-shm': {
      // The contents are in pagemap-shmem: no bytes follow. crit still writes `extra` (it
      // reads `size` bytes at the end of the file and gets none): an empty payload, as crit.
      if (entry.in_pagemaps === true) return new Uint8Array(0);
      const size = num(entry, 'size');
      r.need(roundUp(size, 4), 'shared memory contents');
      const data = r.bytesOf(size, 'shared memory contents');
      r.skip(roundUp(size, 4) - size, 'shared memory padding');
      return data;
    }
  }
}

function asBytes(v: unknown, what: string): Uint8Array {
  if (v instanceof Uint8Array) return v;
  throw new EncodeError(`${what}: expected bytes`);
}

export function writePayload(
  kind: PayloadKind,
  entry: Entry,
  extra: unknown,
  w: WireWriter,
  ipcMsg?: MessageSchema,
): void {
  switch (kind) {
    case 'pipe-data':
    case 'sk-queue':
    case 'bpfmap-data':
      w.raw(asBytes(extra, 'extra'));
      return;
    case 'tcp-stream': {
      const q = extra as { inq?: unknown; outq?: unknown };
      w.raw(asBytes(q.inq, 'extra.inq'));
      w.raw(asBytes(q.outq, 'extra.outq'));
      return;
    }
    case 'ipc-sem': {
      const values = extra as number[];
      for (const v of values) w.u16le(v);
      w.zeros(roundUp(2 * values.length, 8) - 2 * values.length);
      return;
    }
    case 'ipc-msg': {
      const items = extra as unknown[];
      if (!ipcMsg) throw new EncodeError('no ipc_msg schema');
      for (let i = 0; i + 1 < items.length; i += 2) {
        const body = encodeMessage(items[i] as Entry, ipcMsg);
        w.u32le(body.length);
        w.raw(body);
        const msize = num(items[i] as Entry, 'msize');
        const text = asBytes(items[i + 1], 'ipc message text').subarray(0, msize);
        w.raw(text);
        w.zeros(roundUp(msize, 8) - text.length);
      }
      return;
    }
    case 'ipc-shm': {
      if (extra === undefined || entry.in_pagemaps === true) return;
      const size = num(entry, 'size');
      const data = asBytes(extra, 'extra').subarray(0, size);
      w.raw(data);
      w.zeros(roundUp(size, 4) - data.length);
      return;
    }
  }
}

import { problem, type Problem } from '../problems.ts';

/**
 * CRIU's `stats-dump` file: IMG_SERVICE magic, STATS magic, then one u32-length-prefixed
 * `stats_entry` protobuf. The message is tiny, so it is decoded here with a small varint
 * reader instead of pulling the generated protobuf code into the summary (which must work
 * before anything else of the checkpoint is decoded). Field numbers follow CRIU's
 * `images/stats.proto`; u64 fields stay `bigint`, u32 fields are numbers.
 */
export const IMG_SERVICE_MAGIC = 0x55105940;
export const STATS_MAGIC = 0x57093306;

export interface DumpStats {
  freezing_time?: number;
  frozen_time?: number;
  memdump_time?: number;
  memwrite_time?: number;
  pages_scanned?: bigint;
  pages_skipped_parent?: bigint;
  pages_written?: bigint;
  irmap_resolve?: number;
  pages_lazy?: bigint;
  page_pipes?: bigint;
  page_pipe_bufs?: bigint;
  shpages_scanned?: bigint;
  shpages_skipped_parent?: bigint;
  shpages_written?: bigint;
}

export interface RestoreStats {
  pages_compared?: bigint;
  pages_skipped_cow?: bigint;
  forking_time?: number;
  restore_time?: number;
  pages_restored?: bigint;
}

export interface StatsEntry {
  dump?: DumpStats;
  restore?: RestoreStats;
}

type FieldSpec = readonly [name: string, wide: boolean];

const DUMP_FIELDS: Record<number, FieldSpec> = {
  1: ['freezing_time', false],
  2: ['frozen_time', false],
  3: ['memdump_time', false],
  4: ['memwrite_time', false],
  5: ['pages_scanned', true],
  6: ['pages_skipped_parent', true],
  7: ['pages_written', true],
  8: ['irmap_resolve', false],
  9: ['pages_lazy', true],
  10: ['page_pipes', true],
  11: ['page_pipe_bufs', true],
  12: ['shpages_scanned', true],
  13: ['shpages_skipped_parent', true],
  14: ['shpages_written', true],
};

const RESTORE_FIELDS: Record<number, FieldSpec> = {
  1: ['pages_compared', true],
  2: ['pages_skipped_cow', true],
  3: ['forking_time', false],
  4: ['restore_time', false],
  5: ['pages_restored', true],
};

class Reader {
  pos = 0;
  constructor(readonly bytes: Uint8Array) {}
  get done(): boolean {
    return this.pos >= this.bytes.length;
  }
  varint(): bigint {
    let value = 0n;
    for (let shift = 0n; shift < 70n; shift += 7n) {
      if (this.pos >= this.bytes.length) throw new Error('varint runs past the end');
      const b = this.bytes[this.pos++];
      value |= BigInt(b & 0x7f) << shift;
      if ((b & 0x80) === 0) return value & 0xffffffffffffffffn;
    }
    throw new Error('varint longer than 10 bytes');
  }
  skip(wireType: number): void {
    if (wireType === 0) this.varint();
    else if (wireType === 1) this.pos += 8;
    else if (wireType === 2) this.pos += Number(this.varint());
    else if (wireType === 5) this.pos += 4;
    else throw new Error(`unsupported wire type ${wireType}`);
    if (this.pos > this.bytes.length) throw new Error('field runs past the end');
  }
  bytesField(): Uint8Array {
    const len = Number(this.varint());
    if (this.pos + len > this.bytes.length) throw new Error('field runs past the end');
    const out = this.bytes.subarray(this.pos, this.pos + len);
    this.pos += len;
    return out;
  }
}

function decodeFields(
  bytes: Uint8Array,
  fields: Record<number, FieldSpec>,
): Record<string, number | bigint> {
  const r = new Reader(bytes);
  const out: Record<string, number | bigint> = {};
  while (!r.done) {
    const key = Number(r.varint());
    const field = fields[key >>> 3];
    if (!field || (key & 7) !== 0) {
      r.skip(key & 7);
      continue;
    }
    const value = r.varint();
    // u32 fields: protobuf truncates to 32 bits.
    out[field[0]] = field[1] ? value : Number(value & 0xffffffffn);
  }
  return out;
}

function decodeStatsEntry(bytes: Uint8Array): StatsEntry {
  const r = new Reader(bytes);
  const entry: StatsEntry = {};
  while (!r.done) {
    const key = Number(r.varint());
    if ((key & 7) === 2 && (key >>> 3 === 1 || key >>> 3 === 2)) {
      const body = r.bytesField();
      if (key >>> 3 === 1) entry.dump = decodeFields(body, DUMP_FIELDS) as DumpStats;
      else entry.restore = decodeFields(body, RESTORE_FIELDS) as RestoreStats;
    } else {
      r.skip(key & 7);
    }
  }
  return entry;
}

/** Decode a stats-dump (or stats-restore) file; never throws. */
export function decodeStatsFile(
  bytes: Uint8Array,
  file: string,
): { stats?: StatsEntry; problems: Problem[] } {
  const where = { file, image: 'stats-dump' };
  if (bytes.length < 12) {
    return {
      problems: [problem('truncated-entry', `${file} is only ${bytes.length} bytes`, where)],
    };
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const first = view.getUint32(0, true);
  const second = view.getUint32(4, true);
  if (first !== IMG_SERVICE_MAGIC || second !== STATS_MAGIC) {
    const hex = (n: number) => `0x${n.toString(16).padStart(8, '0')}`;
    return {
      problems: [
        problem(
          'unknown-magic',
          `${file} starts with ${hex(first)} ${hex(second)}, not a CRIU stats image`,
          {
            ...where,
            offset: 0,
          },
        ),
      ],
    };
  }
  const size = view.getUint32(8, true);
  if (12 + size > bytes.length) {
    return {
      problems: [
        problem(
          'truncated-entry',
          `${file}: entry of ${size} bytes but only ${bytes.length - 12} present`,
          {
            ...where,
            offset: 8,
          },
        ),
      ],
    };
  }
  try {
    return { stats: decodeStatsEntry(bytes.subarray(12, 12 + size)), problems: [] };
  } catch (e) {
    return {
      problems: [
        problem('malformed-protobuf', `${file}: ${e instanceof Error ? e.message : String(e)}`, {
          ...where,
          offset: 12,
        }),
      ],
    };
  }
}

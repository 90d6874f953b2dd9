import type { Problem } from '../problems.ts';

/**
 * A decoded CRIU image, in the shape `crit decode` prints before JSON formatting:
 * `{ magic, entries }`. Entries are plain objects:
 *  - field names exactly as in proto/ (snake_case, keep-case);
 *  - only fields present on the wire are own properties (like crit);
 *  - 64-bit integers (u64/s64/fixed64/...) are `bigint`; 32-bit and smaller are `number`;
 *  - enums are numbers (names come from the schema when formatting);
 *  - `bytes` fields are `Uint8Array`; nested messages are plain objects; repeated are arrays;
 *  - images with payloads after an entry (pipes-data, sk-queues, ghost files, tcp-stream, ...)
 *    carry it under `extra` (Uint8Array, or the structured form crit uses).
 * PAGEMAP images: entries[0] is the head `{ pages_id }`, the rest are pagemap entries.
 */
export type Entry = Record<string, unknown>;

export interface DecodedImage {
  /** crit's magic name, e.g. `CORE`, `PAGEMAP`, `INVENTORY`; `RAW` for raw images. */
  magic: string;
  entries: Entry[];
  /** Damage found while decoding; entries before the damage are still in `entries`. */
  problems: Problem[];
}

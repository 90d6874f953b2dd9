/**
 * decodeImage: one CRIU image file → { magic, entries, problems }.
 *
 * Layout: [head magic] type magic { u32 size, message[size], [payload] }* (little-endian).
 * Bad input never throws: the first defect that breaks the framing or a message ends decoding
 * with a Problem naming the image and the byte offset, and the entries before it are kept.
 * Defects that leave the entry readable (unknown fields, missing required fields) are warnings.
 */
import { problem, type Problem } from '../problems.ts';
import type { DecodedImage, Entry } from './types.ts';
import type { MessageSchema, Schema } from './schema.ts';
import { WireError, WireReader } from './wire-reader.ts';
import { decodeMessage, type MessageWarning } from './message-decode.ts';
import { readPayload, type PayloadContext } from './payloads.ts';
import { criuSchema } from './schema-instance.ts';
import {
  IMG_COMMON_MAGIC,
  IMG_SERVICE_MAGIC,
  byMagic,
  isRawImageName,
  type ImageType,
} from './magic.ts';
import { payloadKind } from './image-layout.ts';

class Damage extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
  }
}

class ImageDecoder {
  readonly entries: Entry[] = [];
  readonly problems: Problem[] = [];
  readonly warnings: MessageWarning[] = [];
  readonly r: WireReader;

  constructor(
    bytes: Uint8Array,
    readonly image: string,
    readonly schema: Schema,
  ) {
    this.r = new WireReader(bytes);
  }

  fail(code: Problem['code'], message: string, offset: number): never {
    throw new Damage(problem(code, `${this.image}: ${message}`, { image: this.image, offset }));
  }

  /** Read `size` + message at the cursor; null at a clean end of file. */
  entry(schema: MessageSchema): Entry | null {
    const r = this.r;
    if (r.remaining === 0) return null;
    const at = r.offset;
    const n = this.entries.length;
    if (r.remaining < 4) {
      this.fail(
        'truncated-entry',
        `entry #${n} at offset ${at}: the image ends inside the 4-byte entry size (${r.remaining} bytes left)`,
        at,
      );
    }
    const size = r.u32le();
    if (size > r.remaining) {
      // A size larger than the whole image cannot come from truncation: the size is corrupt.
      const oversized = size > r.bytes.length;
      this.fail(
        oversized ? 'oversized-entry' : 'truncated-entry',
        oversized
          ? `entry #${n} at offset ${at} declares ${size} bytes, more than the whole image (${r.bytes.length})`
          : `entry #${n} at offset ${at} is truncated: ${size} bytes declared, ${r.remaining} left`,
        at,
      );
    }
    const body = new WireReader(r.bytes, r.pos, r.pos + size);
    r.pos += size;
    try {
      return decodeMessage(body, schema, this.warnings);
    } catch (e) {
      if (!(e instanceof WireError)) throw e;
      this.fail(
        'malformed-protobuf',
        `entry #${n} at offset ${at} is not a valid ${schema.name}: ${e.message} at offset ${e.offset}`,
        e.offset,
      );
    }
  }

  payload(run: () => unknown): unknown {
    const at = this.r.offset;
    try {
      return run();
    } catch (e) {
      if (!(e instanceof WireError)) throw e;
      this.fail(
        'truncated-entry',
        `the payload after entry #${this.entries.length} (from offset ${at}) is cut short: ${e.message} at offset ${e.offset}`,
        e.offset,
      );
    }
  }

  message(name: string): MessageSchema {
    const m = this.schema.message(name);
    if (!m) this.fail('unsupported', `no schema for ${name}`, this.r.offset);
    return m;
  }

  /** Plain images: every entry is the same message, maybe followed by a payload. */
  plain(image: ImageType): void {
    const schema = this.message(image.message);
    const kind = payloadKind(image);
    const ctx: PayloadContext = { warnings: this.warnings };
    if (kind === 'ipc-msg' && image.auxMessage) ctx.ipcMsg = this.message(image.auxMessage);
    for (let e = this.entry(schema); e; e = this.entry(schema)) {
      const entry = e;
      if (kind) {
        const extra = this.payload(() => readPayload(kind, entry, this.r, ctx));
        if (extra !== undefined) entry.extra = extra;
      }
      this.entries.push(entry);
    }
  }

  /** PAGEMAP: a pagemap_head, then pagemap_entry records. */
  pagemap(image: ImageType): void {
    const head = this.entry(this.message(image.auxMessage ?? 'pagemap_head'));
    if (!head) return;
    this.entries.push(head);
    const schema = this.message(image.message);
    for (let e = this.entry(schema); e; e = this.entry(schema)) this.entries.push(e);
  }

  /** GHOST_FILE: the file entry, then either the raw contents or length-prefixed chunks. */
  ghostFile(image: ImageType): void {
    const head = this.entry(this.message(image.message));
    if (!head) return;
    if (head.chunks !== true) {
      head.extra = this.r.bytesOf(this.r.remaining, 'ghost file contents');
      this.entries.push(head);
      return;
    }
    this.entries.push(head);
    const schema = this.message(image.auxMessage ?? 'ghost_chunk_entry');
    for (let e = this.entry(schema); e; e = this.entry(schema)) {
      const chunk = e;
      // A u64 beyond what is left fails the length check before anything is allocated.
      const len = Number((chunk.len as bigint | undefined) ?? 0n);
      chunk.extra = this.payload(() => this.r.bytesOf(len, 'ghost file chunk'));
      this.entries.push(chunk);
    }
  }

  warningsToProblems(): void {
    for (const w of this.warnings) {
      this.problems.push(
        problem('malformed-protobuf', `${this.image}: ${w.message} (offset ${w.offset})`, {
          image: this.image,
          offset: w.offset,
          severity: 'warning',
        }),
      );
    }
  }
}

/** Decode one CRIU image. `name` (e.g. `core-1.img`) names it in problems and marks raw images. */
export function decodeImage(bytes: Uint8Array, name?: string): DecodedImage {
  const image = name ?? 'image';
  if (name !== undefined && isRawImageName(name))
    return { magic: 'RAW', entries: [], problems: [] };
  const d: ImageDecoder = new ImageDecoder(bytes, image, criuSchema());
  let magic = 'UNKNOWN';
  try {
    const r = d.r;
    if (r.remaining < 4)
      d.fail('unknown-magic', `too short to hold a magic (${r.remaining} bytes)`, 0);
    let value = r.u32le();
    if (value === IMG_COMMON_MAGIC || value === IMG_SERVICE_MAGIC) {
      if (r.remaining < 4) d.fail('unknown-magic', 'the image ends after its head magic', 4);
      value = r.u32le();
    }
    const kind = byMagic(value);
    if (!kind) {
      d.fail(
        'unknown-magic',
        `unknown magic 0x${value.toString(16).padStart(8, '0')} (not a CRIU image, or a raw one such as pages-*.img)`,
        r.pos - 4,
      );
    }
    magic = kind.name;
    if (kind.kind === 'pagemap') d.pagemap(kind);
    else if (kind.kind === 'ghost-file') d.ghostFile(kind);
    else d.plain(kind);
  } catch (e) {
    // Anything else would be a bug here; still report it rather than throw at the caller.
    d.problems.push(
      e instanceof Damage
        ? e.problem
        : problem('malformed-protobuf', `${image}: cannot decode: ${String(e)}`, { image }),
    );
  }
  d.warningsToProblems();
  d.problems.sort((a, b) => (a.offset ?? 0) - (b.offset ?? 0));
  return { magic, entries: d.entries, problems: d.problems };
}

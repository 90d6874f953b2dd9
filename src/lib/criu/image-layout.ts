/**
 * Which message each entry of an image is: most images repeat one message; PAGEMAP and
 * GHOST_FILE start with a head of another type (see decode-image.ts).
 */
import type { MessageSchema, Schema } from './schema.ts';
import type { ImageType } from './magic.ts';
import type { PayloadKind } from './payloads.ts';

export function entryMessageName(kind: ImageType, index: number): string | undefined {
  // pagemap: pagemap_head then pagemap_entry; ghost-file: ghost_file_entry then chunks.
  if (kind.kind === 'pagemap') return index === 0 ? kind.auxMessage : kind.message;
  if (kind.kind === 'ghost-file') return index === 0 ? kind.message : kind.auxMessage;
  return kind.message;
}

export function entrySchema(
  schema: Schema,
  kind: ImageType,
  index: number,
): MessageSchema | undefined {
  const name = entryMessageName(kind, index);
  return name === undefined ? undefined : schema.message(name);
}

const PAYLOAD_KINDS = new Set<string>([
  'pipe-data',
  'sk-queue',
  'tcp-stream',
  'bpfmap-data',
  'ipc-sem',
  'ipc-msg',
  'ipc-shm',
]);

/** The payload that follows every entry of this image, if any. */
export function payloadKind(kind: ImageType): PayloadKind | undefined {
  return PAYLOAD_KINDS.has(kind.kind) ? (kind.kind as PayloadKind) : undefined;
}

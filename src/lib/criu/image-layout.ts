/**
 * Which message each entry of an image is: most images repeat one message; PAGEMAP and
 * GHOST_FILE start with a head of another type (see decode-image.ts).
 */
import type { MessageSchema, Schema } from './schema.ts';
import type { ImageKind } from './image-kinds.ts';

export function entryMessageName(kind: ImageKind, index: number): string | undefined {
  if (kind.name === 'PAGEMAP') return index === 0 ? 'pagemap_head' : 'pagemap_entry';
  if (kind.name === 'GHOST_FILE') return index === 0 ? 'ghost_file_entry' : 'ghost_chunk_entry';
  return kind.message;
}

export function entrySchema(
  schema: Schema,
  kind: ImageKind,
  index: number,
): MessageSchema | undefined {
  const name = entryMessageName(kind, index);
  return name === undefined ? undefined : schema.message(name);
}

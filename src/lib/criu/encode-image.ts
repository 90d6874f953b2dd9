/**
 * encodeImage: the reverse of decodeImage. From a decoded image (or crit JSON text, plain or
 * pretty) back to the image bytes: head magic as CRIU writes it (none for inventory,
 * IMG_SERVICE_MAGIC for stats and irmap-cache, IMG_COMMON_MAGIC otherwise), the type magic, then
 * `u32 size + message` per entry and the payloads. decode → encode is byte-exact for images
 * CRIU wrote.
 */
import { problem, type Problem } from '../problems.ts';
import type { DecodedImage, Entry } from './types.ts';
import { WireWriter } from './wire-writer.ts';
import { EncodeError, encodeMessage } from './message-encode.ts';
import { writePayload } from './payloads.ts';
import { criuSchema } from './schema-instance.ts';
import { IMG_COMMON_MAGIC, IMG_SERVICE_MAGIC, byName } from './magic.ts';
import { entrySchema, payloadKind } from './image-layout.ts';
import { critJsonToDecoded } from './crit-json.ts';

export { EncodeError } from './message-encode.ts';

export interface EncodeOptions {
  /** Read crit's `task_state` labels (3 = "Zombie", 6 = "Stopped") in pretty JSON input. */
  critCompat?: boolean;
}

function encodeDecoded(img: Pick<DecodedImage, 'magic' | 'entries'>): Uint8Array {
  const kind = byName(img.magic);
  if (!kind) throw new EncodeError(`unknown image magic ${img.magic}`);
  const schema = criuSchema();
  const w = new WireWriter();
  if (kind.head !== 'none') w.u32le(kind.head === 'service' ? IMG_SERVICE_MAGIC : IMG_COMMON_MAGIC);
  w.u32le(kind.magic);
  const payload = payloadKind(kind);
  const ipcMsg =
    kind.auxMessage && payload === 'ipc-msg' ? schema.message(kind.auxMessage) : undefined;
  img.entries.forEach((entry: Entry, i) => {
    const msg = entrySchema(schema, kind, i);
    if (!msg) throw new EncodeError(`${kind.name} images have no entry schema`);
    const body = encodeMessage(entry, msg);
    w.u32le(body.length);
    w.raw(body);
    const extra = entry.extra;
    if (kind.kind === 'ghost-file') {
      if (extra instanceof Uint8Array) w.raw(extra);
    } else if (payload && extra !== undefined) writePayload(payload, entry, extra, w, ipcMsg);
  });
  return w.finish();
}

/**
 * Encode a decoded image or crit JSON text. Throws EncodeError on input that does not describe
 * an image; use tryEncodeImage to get a Problem instead.
 */
export function encodeImage(input: string | DecodedImage, opts: EncodeOptions = {}): Uint8Array {
  if (typeof input !== 'string') return encodeDecoded(input);
  const decoded = critJsonToDecoded(input, opts);
  const bad = decoded.problems.find((p) => p.severity === 'error');
  if (bad) throw new EncodeError(bad.message);
  return encodeDecoded(decoded);
}

export function tryEncodeImage(
  input: string | DecodedImage,
  opts: EncodeOptions = {},
): { bytes: Uint8Array | null; problems: Problem[] } {
  try {
    return { bytes: encodeImage(input, opts), problems: [] };
  } catch (e) {
    if (!(e instanceof EncodeError)) throw e;
    return { bytes: null, problems: [problem('bad-json', e.message)] };
  }
}

/**
 * crit-compatible JSON: `toCritJson` prints a decoded image byte for byte as `crit decode`
 * (one line) or `crit decode --pretty` (indent 4) would; `critJsonToDecoded` reads either form
 * back into a decoded image for encoding.
 *
 * Payloads follow crit's handlers: bytes as base64, TCP queues as {inq, outq}, semaphores as a
 * list of numbers, message queues as [msg, base64, msg, base64, ...] (messages in plain form).
 */
import { problem } from '../problems.ts';
import type { DecodedImage, Entry } from './types.ts';
import type { MessageSchema } from './schema.ts';
import { isJsonObject, type JsonObject, type JsonValue } from './json-value.ts';
import { entryToCritDict, type CritFormatOptions } from './crit-dict.ts';
import { critDictToEntry } from './crit-undict.ts';
import { pyJsonDumps } from './py-json.ts';
import { parseExactJson } from './exact-json.ts';
import { encodeBytes, decodeBytes } from './py-base64.ts';
import type { PayloadKind } from './payloads.ts';
import { criuSchema } from './schema-instance.ts';
import { byName, type ImageType } from './magic.ts';
import { entrySchema, payloadKind } from './image-layout.ts';
import { EncodeError } from './message-encode.ts';

export interface CritJsonOptions {
  pretty?: boolean;
  /** Print crit's own `task_state` labels (wrong for 3 and 6, none for 2) to compare with crit. */
  critCompat?: boolean;
}

/** What sits under `extra`: the image's payload, or a ghost file's contents. */
function extraKind(kind: ImageType): PayloadKind | 'ghost' | undefined {
  return kind.kind === 'ghost-file' ? 'ghost' : payloadKind(kind);
}

/** The ipc_msg schema for message queues (their payload holds messages). */
function auxSchema(kind: ImageType): MessageSchema | undefined {
  return kind.kind === 'ipc-msg' && kind.auxMessage
    ? criuSchema().message(kind.auxMessage)
    : undefined;
}

function extraToJson(
  kind: PayloadKind | 'ghost',
  extra: unknown,
  ipcMsg?: MessageSchema,
): JsonValue {
  if (extra instanceof Uint8Array) return encodeBytes(extra);
  if (kind === 'tcp-stream') {
    const q = extra as { inq: Uint8Array; outq: Uint8Array };
    return { inq: encodeBytes(q.inq), outq: encodeBytes(q.outq) };
  }
  if (kind === 'ipc-sem') return (extra as number[]).map((n) => BigInt(n));
  if (kind === 'ipc-msg' && ipcMsg) {
    return (extra as unknown[]).map((x, i) =>
      i % 2 === 0
        ? entryToCritDict(x as Entry, ipcMsg, { pretty: false })
        : encodeBytes(x as Uint8Array),
    );
  }
  throw new EncodeError(`cannot print the payload of a ${kind} entry`);
}

/** The decoded image as crit's dict: `{magic, entries}`. */
export function toCritValue(decoded: DecodedImage, opts: CritJsonOptions = {}): JsonObject {
  const fmt: CritFormatOptions = { pretty: opts.pretty ?? false, critCompat: opts.critCompat };
  const kind = byName(decoded.magic);
  const schema = criuSchema();
  const payload = kind && extraKind(kind);
  const ipcMsg = kind && auxSchema(kind);
  const entries = decoded.entries.map((entry, i) => {
    const msg = kind && entrySchema(schema, kind, i);
    if (!msg) return {};
    const out = entryToCritDict(entry, msg, fmt);
    if (payload && entry.extra !== undefined) out.extra = extraToJson(payload, entry.extra, ipcMsg);
    return out;
  });
  return { magic: decoded.magic, entries };
}

export function toCritJson(decoded: DecodedImage, opts: CritJsonOptions = {}): string {
  return pyJsonDumps(toCritValue(decoded, opts), opts.pretty ? 4 : undefined);
}

function extraFromJson(kind: PayloadKind | 'ghost', v: JsonValue, ipcMsg?: MessageSchema): unknown {
  const bytes = (x: JsonValue): Uint8Array => {
    if (typeof x !== 'string') throw new EncodeError('extra: expected a base64 string');
    return decodeBytes(x);
  };
  switch (kind) {
    case 'tcp-stream': {
      if (!isJsonObject(v)) throw new EncodeError('extra: expected {inq, outq}');
      return { inq: bytes(v.inq ?? ''), outq: bytes(v.outq ?? '') };
    }
    case 'ipc-sem':
      if (!Array.isArray(v)) throw new EncodeError('extra: expected a list of numbers');
      return v.map((n) => Number(n));
    case 'ipc-msg':
      if (!Array.isArray(v) || !ipcMsg) throw new EncodeError('extra: expected a list');
      return v.map((x, i) => (i % 2 === 0 ? critDictToEntry(x, ipcMsg) : bytes(x)));
    default:
      return bytes(v);
  }
}

/** crit JSON text (plain or pretty) → decoded image. Problems use the code `bad-json`. */
export function critJsonToDecoded(text: string, opts: { critCompat?: boolean } = {}): DecodedImage {
  const parsed = parseExactJson(text);
  if (!parsed.ok) {
    return {
      magic: 'UNKNOWN',
      entries: [],
      problems: [problem('bad-json', `not JSON: ${parsed.error}`, { offset: parsed.at })],
    };
  }
  const root = parsed.value;
  if (!isJsonObject(root) || typeof root.magic !== 'string' || !Array.isArray(root.entries)) {
    return {
      magic: 'UNKNOWN',
      entries: [],
      problems: [problem('bad-json', 'expected {"magic": ..., "entries": [...]}')],
    };
  }
  const magic = root.magic;
  const kind = byName(magic);
  if (!kind) {
    return { magic, entries: [], problems: [problem('bad-json', `unknown magic ${magic}`)] };
  }
  const schema = criuSchema();
  const payload = extraKind(kind);
  const ipcMsg = auxSchema(kind);
  const entries: Entry[] = [];
  try {
    root.entries.forEach((item, i) => {
      const msg = entrySchema(schema, kind, i);
      if (!msg) throw new EncodeError(`${magic} images have no entry schema`);
      const entry = critDictToEntry(item, msg, opts.critCompat ?? false);
      if (payload && isJsonObject(item) && Object.hasOwn(item, 'extra')) {
        entry.extra = extraFromJson(payload, item.extra, ipcMsg);
      }
      entries.push(entry);
    });
  } catch (e) {
    if (!(e instanceof EncodeError)) throw e;
    return {
      magic,
      entries,
      problems: [problem('bad-json', `entry #${entries.length}: ${e.message}`)],
    };
  }
  return { magic, entries, problems: [] };
}

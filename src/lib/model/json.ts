/**
 * JSON export of the model. JSON.stringify cannot write bigint, and writing it as a
 * JavaScript number would lose precision above 2^53 (addresses, RLIM_INFINITY), so this
 * serialiser writes bigints as exact JSON number literals. Byte payloads become an object
 * with the printable text, base64, and hex for small payloads.
 */
import { bytesToBase64, bytesToHex, isPrintable, printableText } from './bytes.ts';

/** Payloads up to this size also get a hex rendering; larger ones keep text and base64. */
const HEX_LIMIT = 4096;

export interface BytesJson {
  length: number;
  printable: boolean;
  text: string;
  base64: string;
  hex?: string;
}

export function bytesJson(b: Uint8Array): BytesJson {
  const out: BytesJson = {
    length: b.length,
    printable: isPrintable(b),
    text: printableText(b),
    base64: bytesToBase64(b),
  };
  if (b.length <= HEX_LIMIT) out.hex = bytesToHex(b);
  return out;
}

function write(v: unknown, indent: string, step: string, out: string[]): void {
  if (v === null || v === undefined) {
    out.push('null');
    return;
  }
  switch (typeof v) {
    case 'bigint':
      out.push(v.toString());
      return;
    case 'number':
      out.push(Number.isFinite(v) ? String(v) : 'null');
      return;
    case 'string':
    case 'boolean':
      out.push(JSON.stringify(v));
      return;
    case 'object':
      break;
    default:
      out.push('null');
      return;
  }
  if (v instanceof Uint8Array) {
    write(bytesJson(v), indent, step, out);
    return;
  }
  const inner = indent + step;
  const nl = step ? '\n' : '';
  const sep = step ? ': ' : ':';
  if (Array.isArray(v)) {
    if (v.length === 0) {
      out.push('[]');
      return;
    }
    out.push('[' + nl);
    v.forEach((x, i) => {
      out.push(inner);
      write(x, inner, step, out);
      out.push((i < v.length - 1 ? ',' : '') + nl);
    });
    out.push(indent + ']');
    return;
  }
  // Absent optional fields are left out, as JSON.stringify does with undefined.
  const keys = Object.keys(v).filter((k) => (v as Record<string, unknown>)[k] !== undefined);
  if (keys.length === 0) {
    out.push('{}');
    return;
  }
  out.push('{' + nl);
  keys.forEach((k, i) => {
    out.push(inner + JSON.stringify(k) + sep);
    write((v as Record<string, unknown>)[k], inner, step, out);
    out.push((i < keys.length - 1 ? ',' : '') + nl);
  });
  out.push(indent + '}');
}

/** Any model value (the whole CheckpointModel or a part of it) as JSON text. */
export function toJson(value: unknown, indent = 2): string {
  const out: string[] = [];
  write(value, '', ' '.repeat(indent), out);
  return out.join('');
}

/** Small byte helpers shared by the model builders. */

/** The payload CRIU appends after an entry (pipe data, ghost content…), as bytes. */
export function extraBytes(v: unknown): Uint8Array | undefined {
  if (v instanceof Uint8Array) return v;
  if (typeof v === 'string') return base64ToBytes(v);
  return undefined;
}

export function base64ToBytes(s: string): Uint8Array {
  const bin = atob(s.replace(/\s+/g, ''));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function bytesToBase64(b: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < b.length; i += 0x8000)
    bin += String.fromCharCode(...b.subarray(i, i + 0x8000));
  return btoa(bin);
}

export function bytesToHex(b: Uint8Array, sep = ''): string {
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join(sep);
}

/** Text with every byte outside printable ASCII, tab and newline shown as `.`. */
export function printableText(b: Uint8Array): string {
  let s = '';
  for (const c of b)
    s += (c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x09 ? String.fromCharCode(c) : '.';
  return s;
}

export function isPrintable(b: Uint8Array): boolean {
  for (const c of b)
    if (!((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x09 || c === 0x0d)) return false;
  return true;
}

/** NUL-separated strings (argv, environ); a trailing NUL does not make an empty item. */
export function splitNul(b: Uint8Array): string[] {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(b);
  const parts = text.split('\0');
  if (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** Seconds since the epoch (possibly bigint) to ISO-8601, or undefined when absent. */
export function isoTime(sec: bigint | number | undefined, usec = 0): string | undefined {
  if (sec === undefined) return undefined;
  const ms = Number(sec) * 1000 + Math.floor(usec / 1000);
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** Bytes as text for tables: printable ASCII as is, every other byte as a dot. */
export function dotted(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.';
  return s;
}

/** `7fdf284f5000`: addresses without the prefix, as /proc/pid/maps shows them. */
export function addr(a: bigint): string {
  return a.toString(16).padStart(12, '0');
}

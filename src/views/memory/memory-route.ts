import { hex, parseAddress } from '../../lib/memory/addr.ts';
import { href } from '../../state/route.svelte.ts';

/**
 * Where the memory page is: `#/process/<pid>/memory`, then optional key/value segments —
 * `c/<n>` for the container of a pod checkpoint, `at/<address>` for the hex view,
 * `tab/strings` for the strings list. Key/value pairs keep each part optional and readable.
 */
export interface MemoryPlace {
  container: number;
  pid: number;
  address?: bigint;
  tab: 'hex' | 'strings';
}

/** Route segments after `process` → a place, or undefined when they are not a memory page. */
export function parseMemoryPlace(segments: readonly string[]): MemoryPlace | undefined {
  const [pidText, memory, ...rest] = segments;
  if (memory !== 'memory' || !/^\d+$/.test(pidText ?? '')) return undefined;
  const place: MemoryPlace = { container: 0, pid: Number(pidText), tab: 'hex' };
  for (let i = 0; i + 1 < rest.length; i += 2) {
    const value = rest[i + 1]!;
    if (rest[i] === 'c' && /^\d+$/.test(value)) place.container = Number(value);
    else if (rest[i] === 'at') place.address = parseAddress(value);
    else if (rest[i] === 'tab' && value === 'strings') place.tab = 'strings';
  }
  return place;
}

export function memoryHref(place: Partial<MemoryPlace> & { pid: number }): string {
  const parts = ['process', String(place.pid), 'memory'];
  if (place.container) parts.push('c', String(place.container));
  if (place.address !== undefined) parts.push('at', hex(place.address));
  if (place.tab === 'strings') parts.push('tab', 'strings');
  return href(...parts);
}

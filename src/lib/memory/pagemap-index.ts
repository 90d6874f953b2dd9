import { problem, type Problem } from '../problems.ts';
import type { Entry } from '../criu/types.ts';
import { toU64, toNumber, U64_MAX, hex } from './addr.ts';

/** Pagemap entry flags (CRIU `criu/include/pagemap.h`). */
export const PE_PARENT = 1;
export const PE_LAZY = 2;
export const PE_PRESENT = 4;

/**
 * Where the bytes of one pagemap entry are:
 *  - `present`: in `pagesImage` at `fileOffset` (PE_PRESENT, possibly also PE_LAZY);
 *  - `parent`: in the parent checkpoint at the same address (PE_PARENT);
 *  - `lazy`: PE_LAZY only, so a lazy-pages/page-server dump kept them out of the images;
 *  - `absent`: an entry with neither flag; nothing says where its pages are.
 */
export type RunKind = 'present' | 'parent' | 'lazy' | 'absent';

export interface PageRun {
  /** Address (or, for shmem pagemaps, offset in the shared object). */
  start: bigint;
  /** Exclusive. */
  end: bigint;
  kind: RunKind;
  /** `pages-<pages_id>.img`; set for every run so missing files can be named. */
  pagesImage: string;
  /** Byte offset in `pagesImage` of `start`, meaningful for `present` runs. */
  fileOffset: number;
}

export interface PagemapIndex {
  image: string;
  pagesImage: string;
  /** Sorted by start, non-overlapping. */
  runs: PageRun[];
  problems: Problem[];
}

/**
 * CRIU's reading of an entry's flags (`init_compat_pagemap_entry`): images written before the
 * `flags` field existed use `in_parent`; an entry with neither is present.
 */
export function entryFlags(e: Entry): number {
  const flags = toNumber(e.flags);
  if (e.in_parent === true) return (flags ?? 0) | PE_PARENT;
  return flags ?? PE_PRESENT;
}

/** CRIU ≥ 4.2 writes the u64 `nr_pages` and leaves `compat_nr_pages` 0; older ones only the u32. */
export function entryPages(e: Entry): bigint | undefined {
  return toU64(e.nr_pages) ?? toU64(e.compat_nr_pages);
}

function runKind(flags: number): RunKind {
  if (flags & PE_PRESENT) return 'present';
  if (flags & PE_PARENT) return 'parent';
  if (flags & PE_LAZY) return 'lazy';
  return 'absent';
}

/**
 * Builds the index of one decoded PAGEMAP image (entries[0] is the head). The pages file is
 * packed in pagemap order, and only PE_PRESENT entries take space in it
 * (`skip_pagemap_pages` advances the offset for present entries only), so the offset of entry k
 * is the sum of the sizes of the present entries before it — in file order, not sorted order.
 */
export function buildPagemapIndex(image: string, entries: Entry[], pageSize: number): PagemapIndex {
  const problems: Problem[] = [];
  const head = entries[0];
  const pagesId = head ? toNumber(head.pages_id) : undefined;
  if (pagesId === undefined) {
    problems.push(
      problem('malformed-protobuf', `${image}: no pagemap head with pages_id`, { image }),
    );
  }
  const pagesImage = `pages-${pagesId ?? '?'}.img`;
  const ps = BigInt(pageSize);
  const runs: PageRun[] = [];
  let offset = 0;
  for (let i = 1; i < entries.length; i++) {
    const e = entries[i];
    const vaddr = toU64(e.vaddr);
    const nr = entryPages(e);
    if (vaddr === undefined || nr === undefined) {
      problems.push(
        problem('malformed-protobuf', `${image}: entry ${i} has no vaddr or page count`, { image }),
      );
      continue;
    }
    const flags = entryFlags(e);
    let bytes = nr * ps;
    if (vaddr % ps !== 0n) {
      problems.push(
        problem(
          'malformed-protobuf',
          `${image}: entry ${i} vaddr ${hex(vaddr)} is not page aligned`,
          {
            image,
            severity: 'warning',
          },
        ),
      );
    }
    if (vaddr + bytes > U64_MAX + 1n) {
      problems.push(
        problem(
          'malformed-protobuf',
          `${image}: entry ${i} runs past the end of the address space`,
          {
            image,
          },
        ),
      );
      bytes = U64_MAX + 1n - vaddr;
    }
    const kind = runKind(flags);
    if (bytes > 0n)
      runs.push({ start: vaddr, end: vaddr + bytes, kind, pagesImage, fileOffset: offset });
    if (kind === 'present') {
      const next = offset + Number(bytes);
      // Beyond 2^53 the offset is no longer exact; no real pages file is that large.
      if (!Number.isSafeInteger(next)) {
        problems.push(problem('malformed-protobuf', `${image}: page counts overflow`, { image }));
        break;
      }
      offset = next;
    }
  }
  return { image, pagesImage, runs: sortAndClip(runs, image, problems), problems };
}

/**
 * CRIU writes entries in address order without overlaps; if an input does not, sort and clip
 * so that every address has at most one run (the earlier-starting one wins).
 */
export function sortAndClip<T extends { start: bigint; end: bigint; fileOffset: number }>(
  runs: T[],
  image: string,
  problems: Problem[],
): T[] {
  const sorted = runs.every((r, i) => i === 0 || runs[i - 1].start <= r.start)
    ? runs
    : [...runs].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const out: T[] = [];
  for (const r of sorted) {
    const prev = out[out.length - 1];
    if (prev && r.start < prev.end) {
      problems.push(
        problem('malformed-protobuf', `${image}: pages overlap at ${hex(r.start)}`, {
          image,
          severity: 'warning',
        }),
      );
      if (r.end <= prev.end) continue;
      const cut = prev.end - r.start;
      out.push({ ...r, start: prev.end, fileOffset: r.fileOffset + Number(cut) });
      continue;
    }
    out.push(r);
  }
  return out;
}

/** Index of the first run whose end is above `addr` (runs.length if none). */
export function firstRunEndingAfter(runs: readonly { end: bigint }[], addr: bigint): number {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (runs[mid].end <= addr) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

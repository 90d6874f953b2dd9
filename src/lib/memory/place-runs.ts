import type { MemberStore } from '../archive/member-store.ts';
import { problem, type Problem } from '../problems.ts';
import type { MappedRun } from './address-space.ts';
import type { PageRun } from './pagemap-index.ts';
import type { PagesReader } from './pages-reader.ts';
import type { VmaInfo } from './types.ts';

/**
 * Turns pagemap runs into runs with a data source, checking against the store's member sizes
 * (metadata, no I/O) whether the pages are really there. A present run past the end of its
 * pages file is split: the part the file holds stays readable, the rest is `pages-missing`.
 */
export class RunPlacer {
  readonly #store: MemberStore;
  readonly #reader: PagesReader;
  readonly #problems: Problem[];
  readonly #reported = new Set<string>();

  constructor(store: MemberStore, reader: PagesReader, problems: Problem[]) {
    this.#store = store;
    this.#reader = reader;
    this.#problems = problems;
  }

  place(runs: readonly PageRun[], out: MappedRun[]): void {
    for (const r of runs) this.#placeOne(r, r.start, r.end, r.fileOffset, out);
  }

  /**
   * Shared memory: object offsets [pgoff, pgoff + VMA size) appear at the VMA's addresses.
   * CRIU restores a shared object by mapping it whole and copying pagemap-shmem pages to
   * `base + vaddr`, then maps it into each VMA at `pgoff`, so address = start + (off − pgoff).
   */
  placeShared(runs: readonly PageRun[], vma: VmaInfo, out: MappedRun[]): void {
    const objStart = vma.pgoff;
    const objEnd = vma.pgoff + (vma.end - vma.start);
    for (const r of runs) {
      const a = r.start > objStart ? r.start : objStart;
      const b = r.end < objEnd ? r.end : objEnd;
      if (a >= b) continue;
      const shift = vma.start - objStart;
      this.#placeOne(r, a + shift, b + shift, r.fileOffset + Number(a - r.start), out);
    }
  }

  #placeOne(r: PageRun, start: bigint, end: bigint, fileOffset: number, out: MappedRun[]): void {
    const base = { kind: r.kind, reader: this.#reader, image: r.pagesImage, fileOffset };
    if (r.kind !== 'present') {
      out.push({ ...base, start, end, available: false });
      return;
    }
    const size = this.#store.size(r.pagesImage);
    if (size === undefined) {
      this.#report(
        r.pagesImage,
        'pages-missing',
        `${r.pagesImage} is missing; its pages read as not available`,
      );
      out.push({ ...base, start, end, available: false });
      return;
    }
    const have = BigInt(Math.max(0, size - fileOffset));
    if (have >= end - start) {
      out.push({ ...base, start, end, available: true });
      return;
    }
    this.#report(
      r.pagesImage,
      'pages-short',
      `${r.pagesImage} is shorter than its pagemap says (${size} bytes)`,
    );
    if (have > 0n) out.push({ ...base, start, end: start + have, available: true });
    out.push({
      ...base,
      start: start + have,
      end,
      fileOffset: fileOffset + Number(have),
      available: false,
    });
  }

  #report(image: string, code: 'pages-missing' | 'pages-short', message: string): void {
    if (this.#reported.has(image)) return;
    this.#reported.add(image);
    this.#problems.push(problem(code, message, { image }));
  }
}

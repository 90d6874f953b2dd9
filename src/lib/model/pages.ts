/**
 * Reading dumped memory through a pagemap: used for the command line and environment of a
 * process, and for the contents of memfds and shared anonymous memory (pagemap-shmem-*).
 *
 * A pagemap image is a head `{pages_id}` and entries `{vaddr, nr_pages, flags}`; the data of
 * entries flagged PE_PRESENT is packed, in pagemap order, in pages-<pages_id>.img. Pages in a
 * parent checkpoint (PE_PARENT) or left for lazy restore are reported as missing here.
 */
import { big, num, has, type Entry } from './entry.ts';
import type { ImageSet } from './images.ts';

export const PE_PARENT = 1;
export const PE_LAZY = 2;
export const PE_PRESENT = 4;

export interface PagemapRun {
  vaddr: bigint;
  pages: number;
  flags: number;
  /** Offset of this run's data in the pages image, when PE_PRESENT. */
  fileOffset?: number;
}

export interface Pagemap {
  pagesImage: string;
  runs: PagemapRun[];
}

export interface MemoryRead {
  bytes: Uint8Array;
  /** Bytes that could not be read (not dumped, in a parent image, lazy): zero-filled. */
  missing: number;
}

/** The source of process memory the model reads from; the memory layer can provide one. */
export interface MemoryReader {
  read(pid: number, addr: bigint, length: number): Promise<MemoryRead>;
}

/** Legacy entries have only `in_parent`/no flags; CRIU maps those to PARENT or PRESENT. */
function entryFlags(e: Entry): number {
  if (has(e, 'flags')) return num(e, 'flags') ?? 0;
  return e['in_parent'] === true ? PE_PARENT : PE_PRESENT;
}

export function parsePagemap(entries: Entry[] | undefined, pageSize = 4096): Pagemap | undefined {
  if (!entries || entries.length === 0) return undefined;
  const pagesId = num(entries[0], 'pages_id');
  const runs: PagemapRun[] = [];
  let off = 0;
  for (const e of entries.slice(1)) {
    // CRIU >= 4.2 writes nr_pages (u64) and leaves compat_nr_pages 0.
    const pages = has(e, 'nr_pages') ? (num(e, 'nr_pages') ?? 0) : (num(e, 'compat_nr_pages') ?? 0);
    const flags = entryFlags(e);
    const run: PagemapRun = { vaddr: big(e, 'vaddr') ?? 0n, pages, flags };
    if (flags & PE_PRESENT) {
      run.fileOffset = off;
      off += pages * pageSize;
    }
    runs.push(run);
  }
  return { pagesImage: `pages-${pagesId ?? 0}.img`, runs };
}

export class PagemapMemory {
  readonly #images: ImageSet;
  readonly #pageSize: number;
  readonly #maps = new Map<string, Promise<Pagemap | undefined>>();

  constructor(images: ImageSet, pageSize = 4096) {
    this.#images = images;
    this.#pageSize = pageSize;
  }

  pagemap(name: string): Promise<Pagemap | undefined> {
    let p = this.#maps.get(name);
    if (!p) {
      p = this.#images.load(name).then((e) => parsePagemap(e, this.#pageSize));
      this.#maps.set(name, p);
    }
    return p;
  }

  /** Memory of a process at virtual address `addr`. */
  readProcess(pid: number, addr: bigint, length: number): Promise<MemoryRead> {
    return this.#readFrom(`pagemap-${pid}.img`, addr, length);
  }

  /** Contents of a shared memory object (memfd, MAP_SHARED anon, SysV shm) from offset 0. */
  readShmem(shmid: bigint | number, length: number): Promise<MemoryRead> {
    return this.#readFrom(`pagemap-shmem-${shmid}.img`, 0n, length);
  }

  async #readFrom(name: string, addr: bigint, length: number): Promise<MemoryRead> {
    const out = new Uint8Array(Math.max(0, length));
    let missing = out.length;
    const pm = await this.pagemap(name);
    if (!pm || !this.#images.has(pm.pagesImage)) return { bytes: out, missing };
    const end = addr + BigInt(out.length);
    const ps = BigInt(this.#pageSize);
    for (const run of pm.runs) {
      if (run.fileOffset === undefined) continue;
      const rs = run.vaddr;
      const re = rs + BigInt(run.pages) * ps;
      const s = addr > rs ? addr : rs;
      const e = end < re ? end : re;
      if (s >= e) continue;
      const chunk = await this.#images.store.readRange(
        pm.pagesImage,
        run.fileOffset + Number(s - rs),
        Number(e - s),
      );
      out.set(chunk, Number(s - addr));
      missing -= chunk.length;
    }
    return { bytes: out, missing };
  }
}

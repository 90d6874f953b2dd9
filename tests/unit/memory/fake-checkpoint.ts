/**
 * Builds small CRIU-like checkpoints in code for boundary cases the real fixtures do not have
 * (PE_PARENT, PE_LAZY without data, short pages files, shared memory offsets, …).
 * Images are given as decoded entries (the shape src/lib/criu's decoder returns); the store
 * holds a unique placeholder for each and `decodeFake` hands the entries back by placeholder,
 * so a checkpoint and its parent (stored under `parent/`) decode independently.
 */
import { MapMemberStore } from '../../../src/lib/archive/member-store.ts';
import type { DecodedImage, Entry } from '../../../src/lib/criu/types.ts';

export const PAGE = 4096;
export const VMA_ANON_PRIVATE = 0x1 | 0x200;
export const VMA_ANON_SHARED = 0x1 | 0x100;
export const VMA_FILE_PRIVATE = 0x1 | 0x40;
export const VMA_MEMFD = 0x1 | 0x80 | 0x4000;
export const MAP_PRIVATE_ANON = 0x2 | 0x20;
export const MAP_SHARED = 0x1;

export interface FakeProcess {
  pid: number;
  vmas: Entry[];
  /** entries after the head; the head is `{ pages_id }`. */
  pagemap?: Entry[];
  pagesId?: number;
  auxv?: bigint[];
}

export function vma(start: bigint, end: bigint, extra: Entry = {}): Entry {
  return {
    start,
    end,
    pgoff: 0n,
    shmid: 0n,
    prot: 3,
    flags: MAP_PRIVATE_ANON,
    status: VMA_ANON_PRIVATE,
    fd: -1n,
    ...extra,
  };
}

export function pe(vaddr: bigint, nrPages: number, flags?: number): Entry {
  const e: Entry = { vaddr, compat_nr_pages: 0, nr_pages: BigInt(nrPages) };
  if (flags !== undefined) e.flags = flags;
  return e;
}

/** Page `i` of a pages file: its bytes are `(i * 7 + j) & 0xff`, so every page differs. */
export function pagesData(nPages: number, seed = 0): Uint8Array {
  const b = new Uint8Array(nPages * PAGE);
  for (let i = 0; i < b.length; i++) b[i] = (Math.floor(i / PAGE) * 7 + seed + i) & 0xff;
  return b;
}

const registry = new Map<string, Entry[]>();
let nextId = 1;

export function decodeFake(bytes: Uint8Array, name: string): DecodedImage {
  const entries = registry.get(new TextDecoder().decode(bytes));
  if (!entries) throw new Error(`fake decoder does not know ${name}`);
  return { magic: 'FAKE', entries, problems: [] };
}

export class FakeCheckpoint {
  readonly files = new Map<string, Uint8Array>();
  readonly decode = decodeFake;

  constructor(processes: FakeProcess[] = []) {
    this.image(
      'pstree.img',
      processes.map((p) => ({ pid: p.pid, ppid: 0, pgid: p.pid, sid: p.pid })),
    );
    for (const p of processes) this.process(p);
  }

  process(p: FakeProcess): this {
    const mm: Entry = { vmas: p.vmas };
    if (p.auxv) mm.mm_saved_auxv = p.auxv;
    this.image(`mm-${p.pid}.img`, [mm]);
    this.image(`core-${p.pid}.img`, [{ mtype: 1, tc: { comm: `proc${p.pid}` } }]);
    if (p.pagemap) this.image(`pagemap-${p.pid}.img`, [{ pages_id: p.pagesId ?? 1 }, ...p.pagemap]);
    return this;
  }

  image(name: string, entries: Entry[]): this {
    const key = `fake-image-${nextId++}`;
    registry.set(key, entries);
    this.files.set(name, new TextEncoder().encode(key));
    return this;
  }

  /** Adds every file of `parent` under `parent/`, as an images dir with a parent link lists. */
  withParent(parent: FakeCheckpoint): this {
    for (const [name, bytes] of parent.files) this.files.set(`parent/${name}`, bytes);
    return this;
  }

  raw(name: string, bytes: Uint8Array): this {
    this.files.set(name, bytes);
    return this;
  }

  store(): MapMemberStore {
    return new MapMemberStore(this.files);
  }
}

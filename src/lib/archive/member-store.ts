/**
 * The contract between the archive layer and everything that reads CRIU images.
 *
 * A MemberStore is one directory of an opened input (usually a container's `checkpoint/`
 * folder) whose files can be listed and read by offset. It hides where the bytes live: a
 * slice of the dropped File (uncompressed tar), memory or OPFS (compressed archive, first
 * pass), or a File from a dropped folder. Reads are async and never need the whole archive.
 */
export interface MemberInfo {
  /** Name relative to the store, e.g. `core-1.img`. */
  name: string;
  size: number;
}

export interface MemberStore {
  list(): MemberInfo[];
  has(name: string): boolean;
  size(name: string): number | undefined;
  /** Whole member. Callers use this only for small members (not pages-*.img). */
  read(name: string): Promise<Uint8Array>;
  /**
   * A byte range; short at the end of the member, never past it. `into`: a reusable buffer
   * the result may be read into (a view of it), see ByteSource.read.
   */
  readRange(name: string, offset: number, length: number, into?: Uint8Array): Promise<Uint8Array>;
}

/** A MemberStore over in-memory bytes; used by tests, the CLI and small compressed members. */
export class MapMemberStore implements MemberStore {
  readonly #files: Map<string, Uint8Array>;
  constructor(files: Map<string, Uint8Array> | Record<string, Uint8Array>) {
    this.#files = files instanceof Map ? files : new Map(Object.entries(files));
  }
  list(): MemberInfo[] {
    return [...this.#files].map(([name, b]) => ({ name, size: b.length }));
  }
  has(name: string): boolean {
    return this.#files.has(name);
  }
  size(name: string): number | undefined {
    return this.#files.get(name)?.length;
  }
  async read(name: string): Promise<Uint8Array> {
    const b = this.#files.get(name);
    if (!b) throw new Error(`no member ${name}`);
    return b;
  }
  async readRange(name: string, offset: number, length: number): Promise<Uint8Array> {
    const b = await this.read(name);
    return b.subarray(Math.min(offset, b.length), Math.min(offset + length, b.length));
  }
}

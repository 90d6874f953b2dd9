import { readExact, type ByteSource } from './byte-source.ts';
import type { MemberInfo, MemberStore } from './member-store.ts';
import type { TarEntry } from './tar-header.ts';
import type { ArchiveMember } from './types.ts';

/**
 * Tar names are data, never file system paths: `../x` and `/etc/x` stay names. Only the
 * cosmetic forms are normalised so that `./checkpoint/` and `checkpoint` match.
 */
export function normalizeMemberPath(path: string): string {
  let p = path;
  while (p.startsWith('./')) p = p.slice(2);
  while (p.length > 1 && p.endsWith('/')) p = p.slice(0, -1);
  return p === '.' ? '' : p;
}

/** A tar entry as an archive member; `available` when its bytes can be read (now or later). */
export function tarMember(e: TarEntry, available: boolean): ArchiveMember {
  return {
    path: normalizeMemberPath(e.path),
    type: e.type,
    size: e.size,
    mode: e.mode,
    mtime: e.mtime,
    ...(e.linkTarget !== undefined ? { linkTarget: e.linkTarget } : {}),
    ...(e.truncated ? { truncated: true } : {}),
    available,
  };
}

interface Slot {
  member: ArchiveMember;
  source: ByteSource | undefined;
}

const utf8 = new TextDecoder('utf-8');

/**
 * The members of an opened input and where each one's data lives (a window of the input,
 * memory, a large-member sink, a file of a folder). A later member with the same path
 * replaces an earlier one, as when a tar is extracted.
 */
export class ArchiveContents {
  readonly #slots = new Map<string, Slot>();

  add(member: ArchiveMember, source: ByteSource | undefined): void {
    this.#slots.delete(member.path);
    this.#slots.set(member.path, { member, source });
  }

  get members(): ArchiveMember[] {
    return [...this.#slots.values()].map((s) => s.member);
  }

  member(path: string): ArchiveMember | undefined {
    return this.#slots.get(normalizeMemberPath(path))?.member;
  }

  source(path: string): ByteSource | undefined {
    let slot = this.#slots.get(normalizeMemberPath(path));
    // Follow hard links (a tar stores the data once, under the first name); bounded, as a
    // crafted archive can link in a circle.
    for (let hops = 0; slot && slot.member.type === 'hardlink' && hops < 16; hops++) {
      slot = slot.member.linkTarget
        ? this.#slots.get(normalizeMemberPath(slot.member.linkTarget))
        : undefined;
    }
    if (!slot || slot.member.type === 'hardlink') return undefined;
    return slot.source;
  }

  /** The data's size, or for a member passed over on purpose (`skipped`), its tar size. */
  size(path: string): number | undefined {
    const source = this.source(path);
    if (source) return source.size;
    const member = this.member(path);
    return member?.skipped ? member.size : undefined;
  }

  async read(path: string): Promise<Uint8Array> {
    const source = this.source(path);
    if (!source) {
      if (this.member(path)?.skipped)
        throw new Error(`${path} was not kept: this command does not read it`);
      throw new Error(`no data for archive member ${path}`);
    }
    return readExact(source, 0, source.size);
  }

  async readText(path: string): Promise<string | undefined> {
    if (!this.source(path)) return undefined;
    return utf8.decode(await this.read(path));
  }

  /** Regular files (and hard links to them) directly inside `dir`. */
  store(dir: string): MemberStore {
    const prefix = dir === '' || dir.endsWith('/') ? dir : `${dir}/`;
    const names = new Map<string, string>();
    for (const [path, slot] of this.#slots) {
      if (!path.startsWith(prefix) || path.length === prefix.length) continue;
      const name = path.slice(prefix.length);
      if (name.includes('/')) continue;
      if (slot.member.type !== 'file' && slot.member.type !== 'hardlink') continue;
      // Skipped members are listed with their size: `show` sums the pages it did not keep.
      if (this.source(path) || slot.member.skipped) names.set(name, path);
    }
    return new ArchiveDirStore(this, names);
  }
}

class ArchiveDirStore implements MemberStore {
  readonly #contents: ArchiveContents;
  readonly #names: Map<string, string>;

  constructor(contents: ArchiveContents, names: Map<string, string>) {
    this.#contents = contents;
    this.#names = new Map([...names].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }

  list(): MemberInfo[] {
    return [...this.#names].map(([name, path]) => ({
      name,
      size: this.#contents.size(path) ?? 0,
    }));
  }
  has(name: string): boolean {
    return this.#names.has(name);
  }
  size(name: string): number | undefined {
    const path = this.#names.get(name);
    return path === undefined ? undefined : this.#contents.size(path);
  }
  async read(name: string): Promise<Uint8Array> {
    const path = this.#names.get(name);
    if (path === undefined) throw new Error(`no member ${name}`);
    return this.#contents.read(path);
  }
  async readRange(
    name: string,
    offset: number,
    length: number,
    into?: Uint8Array,
  ): Promise<Uint8Array> {
    const path = this.#names.get(name);
    const source = path === undefined ? undefined : this.#contents.source(path);
    if (!source) {
      if (path !== undefined) await this.#contents.read(path); // throws the reason
      throw new Error(`no member ${name}`);
    }
    if (offset >= source.size || length <= 0) return new Uint8Array(0);
    return readExact(source, offset, length, into);
  }
}

import type { MemberInfo, MemberStore } from '../archive/member-store.ts';

/**
 * A view of the `parent/` sub-directory of a store. CRIU links an incremental dump to its
 * pre-dump through a `parent` symlink in the images directory; when the archive layer lists
 * those files as `parent/<name>`, this view lets the parent be opened like any checkpoint.
 */
export class PrefixedStore implements MemberStore {
  readonly #inner: MemberStore;
  readonly #prefix: string;

  constructor(inner: MemberStore, prefix: string) {
    this.#inner = inner;
    this.#prefix = prefix;
  }

  static hasPrefix(store: MemberStore, prefix: string): boolean {
    return store.list().some((m) => m.name.startsWith(prefix));
  }

  list(): MemberInfo[] {
    return this.#inner
      .list()
      .filter((m) => m.name.startsWith(this.#prefix))
      .map((m) => ({ name: m.name.slice(this.#prefix.length), size: m.size }));
  }
  has(name: string): boolean {
    return this.#inner.has(this.#prefix + name);
  }
  size(name: string): number | undefined {
    return this.#inner.size(this.#prefix + name);
  }
  read(name: string): Promise<Uint8Array> {
    return this.#inner.read(this.#prefix + name);
  }
  readRange(name: string, offset: number, length: number, into?: Uint8Array): Promise<Uint8Array> {
    return this.#inner.readRange(this.#prefix + name, offset, length, into);
  }
}

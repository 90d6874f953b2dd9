/**
 * The one cache of decoded CRIU images of an images directory (a `MemberStore`), which the
 * model, the memory layer, crit-x, the summary's neighbours and the worker's Images view all
 * read: each image is decoded at most once per store, whoever asks first. `ImageSet` is a
 * reader's view over it that turns absent or damaged images into that reader's Problems.
 */
import type { MemberStore } from '../archive/member-store.ts';
import { problem, type Problem } from '../problems.ts';
import { decodeImage } from './decode-image.ts';
import { isRawImageName } from './magic.ts';
import type { DecodedImage, Entry } from './types.ts';

/** The CRIU image decoder (`decodeImage`), injected so tests can swap or wrap it. */
export type DecodeImage = (bytes: Uint8Array, name: string) => DecodedImage | Promise<DecodedImage>;

export class ImageCache {
  readonly store: MemberStore;
  readonly #decode: DecodeImage;
  readonly #decoded = new Map<string, Promise<DecodedImage | undefined>>();

  constructor(store: MemberStore, decode: DecodeImage = decodeImage) {
    this.store = store;
    this.#decode = decode;
  }

  /**
   * The decoded image, or undefined when the store has no such member. Raw images (pages,
   * tmpfs tarballs) are never read whole: they decode to no entries. A read that fails (I/O,
   * size limit) is a `malformed-protobuf` problem of the image, like a decoding defect. The
   * result is shared: callers copy problems before changing them.
   */
  get(name: string): Promise<DecodedImage | undefined> {
    let p = this.#decoded.get(name);
    if (!p) {
      p = this.#read(name);
      this.#decoded.set(name, p);
    }
    return p;
  }

  /** Images decoded so far, in the order they were first asked for. */
  async decoded(): Promise<[string, DecodedImage][]> {
    const out: [string, DecodedImage][] = [];
    for (const [name, p] of this.#decoded) {
      const d = await p;
      if (d) out.push([name, d]);
    }
    return out;
  }

  async #read(name: string): Promise<DecodedImage | undefined> {
    if (!this.store.has(name)) return undefined;
    if (isRawImageName(name)) return { magic: 'RAW', entries: [], problems: [] };
    try {
      return await this.#decode(await this.store.read(name), name);
    } catch (e) {
      // The decoder promises not to throw; a store read can still fail (I/O, size limit).
      const message = `${name} could not be read: ${e instanceof Error ? e.message : String(e)}`;
      return {
        magic: '',
        entries: [],
        problems: [problem('malformed-protobuf', message, { image: name })],
      };
    }
  }
}

/** One shared cache per store for the default decoder; weak, so it goes with the archive. */
const shared = new WeakMap<MemberStore, ImageCache>();

/**
 * The cache every reader of `store` shares. A custom decoder (tests) gets a cache of its own,
 * so a fake never answers for the real decoder.
 */
export function imageCacheOf(store: MemberStore, decode?: DecodeImage): ImageCache {
  if (decode && decode !== decodeImage) return new ImageCache(store, decode);
  let cache = shared.get(store);
  if (!cache) {
    cache = new ImageCache(store);
    shared.set(store, cache);
  }
  return cache;
}

/**
 * One reader's access to the images of a directory: entries by name from the shared cache,
 * and each image's problems reported once into this reader's list. A missing `required`
 * image is a `missing-image` warning; optional ones (most per-object images exist only when
 * such objects were dumped) are silently absent.
 */
export class ImageSet {
  readonly cache: ImageCache;
  readonly problems: Problem[];
  readonly #reported = new Set<string>();

  constructor(cache: ImageCache, problems: Problem[] = []) {
    this.cache = cache;
    this.problems = problems;
  }

  get store(): MemberStore {
    return this.cache.store;
  }

  has(name: string): boolean {
    return this.store.has(name);
  }

  /** Image names matching a pattern, e.g. /^core-(\d+)\.img$/. */
  matching(re: RegExp): string[] {
    return this.store
      .list()
      .map((m) => m.name)
      .filter((n) => re.test(n));
  }

  /** Entries of an image, or undefined when it is absent or unreadable. */
  async load(name: string, required = false): Promise<Entry[] | undefined> {
    const decoded = await this.cache.get(name);
    const first = !this.#reported.has(name);
    this.#reported.add(name);
    if (!decoded) {
      if (required && first)
        this.report(
          problem(
            'missing-image',
            `${name} is not in the checkpoint; what it describes is left out`,
            { severity: 'warning', image: name },
          ),
        );
      return undefined;
    }
    if (first) for (const p of decoded.problems) this.report({ ...p, image: p.image ?? name });
    return decoded.magic === '' ? undefined : decoded.entries;
  }

  async first(name: string, required = false): Promise<Entry | undefined> {
    return (await this.load(name, required))?.[0];
  }

  report(p: Problem): void {
    this.problems.push(p);
  }
}

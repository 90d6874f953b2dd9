/**
 * Access to the decoded CRIU images of one checkpoint directory. Each image is decoded at
 * most once; a missing or damaged image becomes a Problem and the caller gets `undefined`
 * (or what could be decoded) so the rest of the model is still built.
 */
import type { MemberStore } from '../archive/member-store.ts';
import type { DecodedImage } from '../criu/types.ts';
import { problem, type Problem } from '../problems.ts';
import type { Entry } from './entry.ts';

export type ImageDecoder = (
  bytes: Uint8Array,
  name: string,
) => DecodedImage | Promise<DecodedImage>;

export class ImageSet {
  readonly #store: MemberStore;
  readonly #decode: ImageDecoder;
  readonly #problems: Problem[];
  readonly #cache = new Map<string, Promise<Entry[] | undefined>>();

  constructor(store: MemberStore, decode: ImageDecoder, problems: Problem[]) {
    this.#store = store;
    this.#decode = decode;
    this.#problems = problems;
  }

  get store(): MemberStore {
    return this.#store;
  }

  has(name: string): boolean {
    return this.#store.has(name);
  }

  /** Image names matching a pattern, e.g. /^core-(\d+)\.img$/. */
  matching(re: RegExp): string[] {
    return this.#store
      .list()
      .map((m) => m.name)
      .filter((n) => re.test(n));
  }

  /**
   * Entries of an image. `required` images that are absent are reported as missing;
   * optional ones (most per-object images only exist when such objects were dumped) are not.
   */
  load(name: string, required = false): Promise<Entry[] | undefined> {
    let p = this.#cache.get(name);
    if (!p) {
      p = this.#read(name, required);
      this.#cache.set(name, p);
    }
    return p;
  }

  async first(name: string, required = false): Promise<Entry | undefined> {
    return (await this.load(name, required))?.[0];
  }

  report(p: Problem): void {
    this.#problems.push(p);
  }

  async #read(name: string, required: boolean): Promise<Entry[] | undefined> {
    if (!this.#store.has(name)) {
      if (required)
        this.report(
          problem(
            'missing-image',
            `${name} is not in the checkpoint; what it describes is left out`,
            {
              severity: 'warning',
              image: name,
            },
          ),
        );
      return undefined;
    }
    try {
      const decoded = await this.#decode(await this.#store.read(name), name);
      for (const p of decoded.problems) this.report({ ...p, image: p.image ?? name });
      return decoded.entries;
    } catch (e) {
      // The decoder promises not to throw; a store read can still fail (I/O, size limit).
      this.report(
        problem('malformed-protobuf', `${name}: ${e instanceof Error ? e.message : String(e)}`, {
          image: name,
        }),
      );
      return undefined;
    }
  }
}

import type { MemberStore } from '../archive/member-store.ts';
import type { DecodedImage, Entry } from '../criu/types.ts';
import { problem, type Problem } from '../problems.ts';
import { appendAll } from '../append-all.ts';

/** The CRIU image decoder (`decodeImage` in src/lib/criu), injected so tests can swap it. */
export type DecodeImage = (bytes: Uint8Array, name: string) => DecodedImage;

/**
 * Reads and decodes small CRIU images (pstree, core, mm, pagemap, files) from a store, turning
 * every failure into a Problem: a missing image gives undefined, never an exception.
 */
export class ImageReader {
  readonly store: MemberStore;
  readonly #decode: DecodeImage;
  readonly problems: Problem[] = [];

  constructor(store: MemberStore, decode: DecodeImage) {
    this.store = store;
    this.#decode = decode;
  }

  /** Entries of `name`, or undefined if absent/unreadable (`required` adds a problem). */
  async entries(name: string, required = false): Promise<Entry[] | undefined> {
    if (!this.store.has(name)) {
      if (required) {
        this.problems.push(
          problem('missing-image', `${name} is not in the checkpoint`, { image: name }),
        );
      }
      return undefined;
    }
    try {
      const img = this.#decode(await this.store.read(name), name);
      appendAll(this.problems, img.problems);
      return img.entries;
    } catch (e) {
      this.problems.push(
        problem('malformed-protobuf', `${name} could not be decoded: ${String(e)}`, {
          image: name,
        }),
      );
      return undefined;
    }
  }
}

import type { Archive } from '../src/lib/archive/index.ts';
import type { MemberStore } from '../src/lib/archive/member-store.ts';
import { toCritJson, toCritValue } from '../src/lib/criu/crit-json.ts';
import type { JsonValue } from '../src/lib/criu/json-value.ts';
import { pyJsonDumps } from '../src/lib/criu/py-json.ts';
import type { DecodedImage } from '../src/lib/criu/types.ts';
import { containerReader } from '../src/lib/reader/container-reader.ts';
import type { Problem } from '../src/lib/problems.ts';
import type { ImageEntriesWindow, ImageRow } from './protocol.ts';

/** CRIU writes these next to its images; stats-dump is an image (IMG_SERVICE), the rest are not. */
const isImageFile = (name: string) => name.endsWith('.img') || name === 'stats-dump';

/**
 * Every CRIU image of every container of an opened archive for the Images view and crit-JSON
 * downloads. The decoded images are the container reader's (the cache the model and memory
 * layer fill too), so nothing is decoded twice; this keeps only the crit-JSON renderings.
 * Raw images (pages-*.img, tmpfs tarballs) are listed but never read whole.
 */
export class ImageCatalog {
  readonly #archive: Archive;
  /** Problems of the images this catalog has shown, named by archive member. */
  readonly #problems = new Map<string, Problem[]>();
  readonly #crit = new Map<string, JsonValue[]>();

  constructor(archive: Archive) {
    this.#archive = archive;
  }

  #store(container: number): MemberStore {
    const c = this.#archive.layout.containers[container];
    if (!c) throw new Error(`no container #${container}`);
    return c.images;
  }

  async #decode(container: number, name: string): Promise<DecodedImage> {
    const layout = this.#archive.layout.containers[container];
    if (!layout) throw new Error(`no container #${container}`);
    const decoded = (await containerReader(this.#archive, layout).images.get(name)) ?? {
      magic: '',
      entries: [],
      problems: [],
    };
    const key = `${container}/${name}`;
    let problems = this.#problems.get(key);
    if (!problems) {
      // Name the archive member too: in a pod, every container has its own core-1.img. A
      // copy: the decoded image is shared with the model and the memory layer.
      const dir = layout.checkpointDir ?? '';
      problems = decoded.problems.map((p) => ({ ...p, file: p.file ?? dir + name }));
      this.#problems.set(key, problems);
    }
    return { ...decoded, problems };
  }

  /** All images with magic and entry count; decodes every non-raw image once. */
  async list(): Promise<ImageRow[]> {
    const rows: ImageRow[] = [];
    const containers = this.#archive.layout.containers;
    for (let c = 0; c < containers.length; c++) {
      const store = this.#store(c);
      const names = store
        .list()
        .filter((m) => isImageFile(m.name))
        .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
      for (const { name, size } of names) {
        const decoded = await this.#decode(c, name);
        rows.push({
          container: c,
          name,
          magic: decoded.magic,
          entries: decoded.entries.length,
          size,
          problems: decoded.problems.length,
        });
      }
    }
    return rows;
  }

  /** Decoding problems of every image decoded so far. */
  problems(): Problem[] {
    return [...this.#problems.values()].flat();
  }

  /**
   * A window of an image's entries as crit-style JSON text, one string per entry (pretty or
   * plain, as `crit decode [--pretty]` shows them), so a big image renders lazily.
   */
  async entries(
    container: number,
    name: string,
    pretty: boolean,
    offset: number,
    limit: number,
  ): Promise<ImageEntriesWindow> {
    const decoded = await this.#decode(container, name);
    const key = `${container}/${name}/${pretty ? 'pretty' : 'plain'}`;
    let values = this.#crit.get(key);
    if (!values) {
      const value = toCritValue(decoded, { pretty });
      values = Array.isArray(value.entries) ? value.entries : [];
      this.#crit.set(key, values);
    }
    return {
      magic: decoded.magic,
      total: values.length,
      offset,
      entries: values.slice(offset, offset + limit).map((v) => pyJsonDumps(v, 2)),
      problems: decoded.problems,
    };
  }

  /** The whole image byte for byte as `crit decode [--pretty]` writes it, for a download. */
  async critJson(container: number, name: string, pretty: boolean): Promise<Uint8Array> {
    const decoded = await this.#decode(container, name);
    return new TextEncoder().encode(toCritJson(decoded, { pretty }));
  }

  /** Raw bytes of an image, a window at a time (hex view of raw images). */
  async bytes(
    container: number,
    name: string,
    offset: number,
    length: number,
  ): Promise<Uint8Array> {
    return this.#store(container).readRange(name, offset, length);
  }
}

import { problem, type Problem } from '../problems.ts';
import {
  BLOCK,
  MAX_META_SIZE,
  TarEntryAssembler,
  isMetaType,
  paddedSize,
  parseHeader,
  type TarEntry,
} from './tar-header.ts';

export interface TarStreamHandlers {
  /** A member header was read; its data (entry.size bytes) follows through onData. */
  onEntry(entry: TarEntry): void | Promise<void>;
  /** A piece of the member's data, borrowed: valid only until the handler (or its promise) ends. */
  onData(entry: TarEntry, chunk: Uint8Array): void | Promise<void>;
  /** All of the member's data has been delivered (or the input ended inside it). */
  onEntryEnd(entry: TarEntry): void | Promise<void>;
}

type State =
  | { kind: 'header' }
  | { kind: 'meta'; typeflag: string; buffer: Uint8Array; filled: number; padding: number }
  | { kind: 'data'; entry: TarEntry; remaining: number; padding: number }
  | { kind: 'skip'; remaining: number }
  | { kind: 'end' };

/**
 * A push parser for a tar stream (the output of a decompressor). It reads headers with the
 * same code as the random-access index and forwards member data without buffering it, so the
 * caller decides what to keep. Chunks may be split anywhere. Handlers may be async (a sink
 * that writes to OPFS); each is awaited before the parser goes on.
 */
export class TarStreamParser {
  readonly problems: Problem[] = [];
  readonly #handlers: TarStreamHandlers;
  readonly #assembler = new TarEntryAssembler();
  readonly #label: string | undefined;
  #state: State = { kind: 'header' };
  readonly #header = new Uint8Array(BLOCK);
  #headerFilled = 0;
  /** Offset in the tar stream of the next byte to be pushed. */
  #offset = 0;
  /**
   * After a damaged header: where it was. Every following block is tried as a header until
   * one checks out, so one bad header loses one member, not the rest of the archive.
   */
  #resyncFrom: number | undefined;

  constructor(handlers: TarStreamHandlers, label?: string) {
    this.#handlers = handlers;
    this.#label = label;
  }

  /** True once the end-of-archive marker or a fatal header problem was seen. */
  get finished(): boolean {
    return this.#state.kind === 'end';
  }

  get offset(): number {
    return this.#offset;
  }

  async push(chunk: Uint8Array): Promise<void> {
    let pos = 0;
    while (pos < chunk.length && this.#state.kind !== 'end') {
      const state = this.#state;
      switch (state.kind) {
        case 'header': {
          const take = Math.min(BLOCK - this.#headerFilled, chunk.length - pos);
          this.#header.set(chunk.subarray(pos, pos + take), this.#headerFilled);
          this.#headerFilled += take;
          pos += take;
          this.#offset += take;
          if (this.#headerFilled === BLOCK) {
            this.#headerFilled = 0;
            await this.#onHeader(this.#offset - BLOCK);
          }
          break;
        }
        case 'meta': {
          const take = Math.min(state.buffer.length - state.filled, chunk.length - pos);
          state.buffer.set(chunk.subarray(pos, pos + take), state.filled);
          state.filled += take;
          pos += take;
          this.#offset += take;
          if (state.filled === state.buffer.length) {
            this.#assembler.addMeta(state.typeflag, state.buffer);
            this.#state =
              state.padding > 0 ? { kind: 'skip', remaining: state.padding } : { kind: 'header' };
          }
          break;
        }
        case 'data': {
          const take = Math.min(state.remaining, chunk.length - pos);
          if (take > 0) await this.#handlers.onData(state.entry, chunk.subarray(pos, pos + take));
          state.remaining -= take;
          pos += take;
          this.#offset += take;
          if (state.remaining === 0) {
            await this.#handlers.onEntryEnd(state.entry);
            this.#state =
              state.padding > 0 ? { kind: 'skip', remaining: state.padding } : { kind: 'header' };
          }
          break;
        }
        case 'skip': {
          const take = Math.min(state.remaining, chunk.length - pos);
          state.remaining -= take;
          pos += take;
          this.#offset += take;
          if (state.remaining === 0) this.#state = { kind: 'header' };
          break;
        }
      }
    }
  }

  /**
   * The input ended: report a truncated archive if it stopped inside something. With
   * `stoppedEarly` the caller chose to stop (a size limit, already reported): a member cut
   * short is still marked truncated, but no second problem is added.
   */
  async end(stoppedEarly = false): Promise<void> {
    const state = this.#state;
    if (stoppedEarly && state.kind === 'data') {
      state.entry.truncated = true;
      await this.#handlers.onEntryEnd(state.entry);
      this.#state = { kind: 'end' };
      return;
    }
    const where = { ...(this.#label ? { file: this.#label } : {}), offset: this.#offset };
    if (state.kind === 'data') {
      state.entry.truncated = true;
      this.problems.push(
        problem(
          'truncated-archive',
          `archive ends inside ${state.entry.path}: ${state.entry.size - state.remaining} of ${state.entry.size} bytes present`,
          where,
        ),
      );
      await this.#handlers.onEntryEnd(state.entry);
    } else if (state.kind === 'meta' || (state.kind === 'header' && this.#headerFilled > 0)) {
      this.problems.push(problem('truncated-archive', 'archive ends inside a tar header', where));
    }
    // A tar that simply stops after its last member (no zero blocks) is common and harmless.
    this.#state = { kind: 'end' };
  }

  async #onHeader(headerOffset: number): Promise<void> {
    const parsed = parseHeader(this.#header);
    const where = { ...(this.#label ? { file: this.#label } : {}), offset: headerOffset };
    if (this.#resyncFrom !== undefined) {
      // Zero blocks too may be member data here: only a header that checks out ends the search.
      if (parsed.kind !== 'header') return;
      this.problems.push(
        problem(
          'bad-tar-checksum',
          `resumed at the tar header at offset ${headerOffset}, skipping ${headerOffset - this.#resyncFrom} bytes after the damaged one`,
          { ...where, severity: 'warning' },
        ),
      );
      this.#resyncFrom = undefined;
    }
    if (parsed.kind === 'zero') {
      this.#state = { kind: 'end' };
      return;
    }
    if (parsed.kind === 'bad-checksum') {
      this.problems.push(
        problem(
          'bad-tar-checksum',
          `bad tar header at offset ${headerOffset}: ${parsed.message}`,
          where,
        ),
      );
      this.#resyncFrom = headerOffset;
      return;
    }
    const header = parsed.header;
    const size = this.#assembler.dataSize(header);
    if (!Number.isSafeInteger(size) || size < 0) {
      this.problems.push(
        problem(
          'bad-tar-checksum',
          `unreadable size in tar header at offset ${headerOffset}`,
          where,
        ),
      );
      this.#state = { kind: 'end' };
      return;
    }
    const padding = paddedSize(size) - size;
    if (isMetaType(header.typeflag)) {
      if (size > MAX_META_SIZE) {
        this.problems.push(
          problem(
            'oversized-entry',
            `tar metadata header of ${size} bytes at offset ${headerOffset}`,
            where,
          ),
        );
        this.#state = { kind: 'end' };
        return;
      }
      this.#state = {
        kind: 'meta',
        typeflag: header.typeflag,
        buffer: new Uint8Array(size),
        filled: 0,
        padding,
      };
      if (size === 0) {
        this.#assembler.addMeta(header.typeflag, this.#state.buffer);
        this.#state = { kind: 'header' };
      }
      return;
    }
    const entry = this.#assembler.finish(header, headerOffset);
    await this.#handlers.onEntry(entry);
    if (entry.size === 0) {
      await this.#handlers.onEntryEnd(entry);
      this.#state = { kind: 'header' };
    } else {
      this.#state = { kind: 'data', entry, remaining: entry.size, padding };
    }
  }
}

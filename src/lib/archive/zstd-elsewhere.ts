import { appendAll } from '../append-all.ts';
import { errorMessage } from '../error-message.ts';
import { BlobSource, sequentialStream } from './byte-source.ts';
import { zstdBorrowedChunks } from './zstd.ts';

/**
 * zstd decoding on another thread, for the page's compressed open: one thread reads the File
 * and decodes while the analyser's thread parses the tar and writes the pages to storage.
 *
 * Why: on one thread the page's `.tar.zst` open was the decoder plus the writes plus the reads,
 * one after the other (measured on a 1 GiB realistic archive: 2.1 s decoding, 0.6–0.9 s of
 * OPFS writes, 0.3 s waiting for input). With the decoder on its own thread they overlap.
 *
 * The decoded bytes travel in a small pool of buffers that go back and forth by transfer (no
 * copy in postMessage, no fresh buffer per slice: fresh buffers cost 1.5–2.8 s per GiB in
 * page faults, measured). The decoder copies each slice out of its heap into a free buffer and
 * waits when none is free, so at most `buffers` slices are ever in flight: memory stays
 * bounded whatever the input.
 *
 * The messages, over a Worker or a MessagePort (the tests use Node's MessageChannel):
 *   client → decoder: start {blob, buffers}, give {buffer}, stop
 *   decoder → client: chunk {buffer, length, bytesIn}, end {bytesIn}, error {message, bytesIn}
 */

export interface PortLike {
  postMessage(message: unknown, transfer: Transferable[]): void;
  /** 'error': a Worker whose script failed to load or threw (a MessagePort never sends it). */
  addEventListener(type: 'message' | 'error', listener: (event: Event) => void): void;
  removeEventListener(type: 'message' | 'error', listener: (event: Event) => void): void;
}

/**
 * The decoder's thread could not run (its script failed to load, say): nothing was decoded,
 * so the caller decodes on its own thread instead (see `openCompressedTar`).
 */
export class DecoderUnavailableError extends Error {}

/** A decoder elsewhere for one blob; `onBytes` gets the input bytes it has taken so far. */
export type ZstdElsewhere = (
  blob: Blob,
  onBytes: (bytesIn: number) => void,
) => AsyncGenerator<Uint8Array, void, undefined>;

type ToDecoder =
  | { type: 'start'; blob: Blob; buffers: ArrayBuffer[] }
  | { type: 'give'; buffer: ArrayBuffer }
  | { type: 'stop' };

type FromDecoder =
  | { type: 'chunk'; buffer: ArrayBuffer; length: number; bytesIn: number }
  | { type: 'end'; bytesIn: number }
  | { type: 'error'; message: string; bytesIn: number };

/** Slices of 4 MiB (the decoder's own output size) in four buffers: 16 MiB in flight at most. */
const SLICE_BYTES = 4 * 1024 * 1024;
const POOL_BUFFERS = 4;

/**
 * The decoder's side: answers one `start` on `port` by decoding the blob into the buffers it
 * was given, until the end, an error or a `stop`. Resolves when it is done.
 */
export function serveZstdDecoding(port: PortLike): Promise<void> {
  return new Promise<void>((resolve) => {
    const free: ArrayBuffer[] = [];
    let waiting: (() => void) | undefined;
    let stopped = false;
    let started = false;
    const wake = () => {
      const w = waiting;
      waiting = undefined;
      w?.();
    };
    const post = (message: FromDecoder, transfer: Transferable[] = []) =>
      port.postMessage(message, transfer);

    const onMessage = (event: Event) => {
      const message = (event as MessageEvent).data as ToDecoder;
      if (message.type === 'give') free.push(message.buffer);
      else if (message.type === 'stop') stopped = true;
      else if (message.type === 'start' && !started) {
        started = true;
        appendAll(free, message.buffers);
        void run(message.blob);
      }
      wake();
    };

    /** The next free buffer, waiting for the client to give one back; undefined once stopped. */
    const takeFree = async (): Promise<ArrayBuffer | undefined> => {
      while (!stopped && free.length === 0) await new Promise<void>((r) => (waiting = r));
      return stopped ? undefined : free.pop();
    };

    const run = async (blob: Blob) => {
      let bytesIn = 0;
      // The File through its own stream (byte-source.ts), counted for the progress bar and
      // the ratio check; stopping returns the decoder, which cancels the read.
      const chunks = zstdBorrowedChunks(
        sequentialStream(new BlobSource(blob), { onBytes: (n) => (bytesIn = n) }),
      );
      try {
        for await (const view of chunks) {
          for (let offset = 0; offset < view.length;) {
            // The view is the decoder's heap: copied out before the next slice overwrites it.
            const buffer = await takeFree();
            if (!buffer) return;
            const length = Math.min(buffer.byteLength, view.length - offset);
            new Uint8Array(buffer, 0, length).set(view.subarray(offset, offset + length));
            post({ type: 'chunk', buffer, length, bytesIn }, [buffer]);
            offset += length;
          }
          if (stopped) return;
        }
        post({ type: 'end', bytesIn });
      } catch (e) {
        if (!stopped) post({ type: 'error', message: errorMessage(e), bytesIn });
      } finally {
        await chunks.return(undefined).catch(() => undefined);
        port.removeEventListener('message', onMessage);
        resolve();
      }
    };

    port.addEventListener('message', onMessage);
  });
}

/**
 * The client's side: the decoded stream as chunks borrowed like `zstdBorrowedChunks`' (each
 * valid until the next is asked for; its buffer then goes back to the decoder). zstd's errors
 * arrive as errors with zstd's message, after the output that preceded them. Stopping early
 * (`return()`) tells the decoder to stop; `close` then ends the decoder's thread.
 */
export async function* zstdChunksElsewhere(
  blob: Blob,
  port: PortLike,
  { onBytes, close }: { onBytes?: (bytesIn: number) => void; close?: () => void } = {},
): AsyncGenerator<Uint8Array, void, undefined> {
  const inbox: (FromDecoder | { type: 'failed'; message: string })[] = [];
  let arrived: (() => void) | undefined;
  const deliver = (message: (typeof inbox)[number]) => {
    inbox.push(message);
    const a = arrived;
    arrived = undefined;
    a?.();
  };
  const onMessage = (event: Event) => deliver((event as MessageEvent).data as FromDecoder);
  const onError = (event: Event) => {
    event.preventDefault();
    const why = (event as ErrorEvent).message || 'its script did not run';
    deliver({ type: 'failed', message: why });
  };
  port.addEventListener('message', onMessage);
  port.addEventListener('error', onError);
  const buffers = Array.from({ length: POOL_BUFFERS }, () => new ArrayBuffer(SLICE_BYTES));
  port.postMessage({ type: 'start', blob, buffers } satisfies ToDecoder, buffers);
  let held: ArrayBuffer | undefined;
  let ended = false;
  let received = false;
  try {
    for (;;) {
      if (held) {
        port.postMessage({ type: 'give', buffer: held } satisfies ToDecoder, [held]);
        held = undefined;
      }
      while (inbox.length === 0) await new Promise<void>((r) => (arrived = r));
      const message = inbox.shift()!;
      if (message.type === 'failed') {
        const why = `the zstd decoder's thread failed: ${message.message}`;
        throw received ? new Error(why) : new DecoderUnavailableError(why);
      }
      received = true;
      onBytes?.(message.bytesIn);
      if (message.type === 'end') {
        ended = true;
        return;
      }
      if (message.type === 'error') {
        ended = true;
        throw new Error(message.message);
      }
      held = message.buffer;
      yield new Uint8Array(held, 0, message.length);
    }
  } finally {
    if (!ended) port.postMessage({ type: 'stop' } satisfies ToDecoder, []);
    port.removeEventListener('message', onMessage);
    port.removeEventListener('error', onError);
    close?.();
  }
}

/**
 * `primary`'s chunks; if it fails with `DecoderUnavailableError` before its first chunk, the
 * fallback's instead (the same stream decoded here). Any other failure is the stream's.
 */
export async function* withFallback(
  primary: AsyncGenerator<Uint8Array, void, undefined>,
  fallback: () => AsyncGenerator<Uint8Array, void, undefined>,
): AsyncGenerator<Uint8Array, void, undefined> {
  let yielded = false;
  try {
    for await (const chunk of primary) {
      yielded = true;
      yield chunk;
    }
    return;
  } catch (e) {
    if (yielded || !(e instanceof DecoderUnavailableError)) throw e;
  }
  yield* fallback();
}

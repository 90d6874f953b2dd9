import crypto from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MemorySource, sequentialStream } from '../../../src/lib/archive/byte-source.ts';
import { decompress } from '../../../src/lib/archive/decompress.ts';
import { openArchive } from '../../../src/lib/archive/open-archive.ts';
import type { Archive } from '../../../src/lib/archive/index.ts';
import {
  DecoderUnavailableError,
  serveZstdDecoding,
  zstdChunksElsewhere,
  type PortLike,
  type ZstdElsewhere,
} from '../../../src/lib/archive/zstd-elsewhere.ts';
import { fixturePath } from './helpers.ts';

/**
 * The decoder's thread and the analyser's talk over a MessageChannel here (Node's, which
 * transfers ArrayBuffers and clones Blobs like a Worker does); the page's e2e tests run it in
 * a real nested worker.
 */
function channel(): { client: PortLike; served: Promise<void>; inFlight: () => number } {
  const { port1, port2 } = new MessageChannel();
  let outstanding = 0;
  let most = 0;
  // Count chunks sent and not yet given back, as the decoder sees them.
  const decoderSide: PortLike = {
    postMessage(message, transfer) {
      if ((message as { type: string }).type === 'chunk') most = Math.max(most, ++outstanding);
      port2.postMessage(message, transfer);
    },
    addEventListener: (type, listener) => port2.addEventListener(type, listener),
    removeEventListener: (type, listener) => port2.removeEventListener(type, listener),
  };
  port2.addEventListener('message', (e) => {
    if ((e.data as { type: string }).type === 'give') outstanding--;
  });
  port1.start();
  port2.start();
  // The ports stay open: closing them as the decoder ends could drop its last message.
  const served = serveZstdDecoding(decoderSide);
  return { client: port1 as unknown as PortLike, served, inFlight: () => most };
}

const sha256 = (b: Uint8Array) => crypto.createHash('sha256').update(b).digest('hex');

async function decodeHere(bytes: Uint8Array): Promise<{ out: Uint8Array; error: string }> {
  const parts: Uint8Array[] = [];
  try {
    const reader = decompress(
      'zstd',
      sequentialStream(new MemorySource(bytes), { blockSize: 1 << 20 }),
    ).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
    }
  } catch (e) {
    return { out: Buffer.concat(parts), error: String(e) };
  }
  return { out: Buffer.concat(parts), error: '' };
}

async function decodeElsewhere(
  bytes: Uint8Array<ArrayBuffer>,
): Promise<{ out: Uint8Array; error: unknown; bytesIn: number; inFlight: number }> {
  const { client, served, inFlight } = channel();
  const parts: Uint8Array[] = [];
  let bytesIn = 0;
  let error: unknown;
  try {
    for await (const chunk of zstdChunksElsewhere(new Blob([bytes]), client, {
      onBytes: (n) => (bytesIn = n),
    }))
      parts.push(chunk.slice());
  } catch (e) {
    error = e;
  }
  await served;
  return { out: Buffer.concat(parts), error, bytesIn, inFlight: inFlight() };
}

/** Everything an open found, in a form two opens can be compared by. */
async function digestOf(archive: Archive) {
  const members = [];
  for (const m of archive.members) {
    const data = m.available ? sha256(await archive.read(m.path)) : null;
    members.push({ path: m.path, size: m.size, truncated: m.truncated ?? false, data });
  }
  return { members, problems: archive.problems.map((p) => `${p.code}: ${p.message}`) };
}

describe('zstd decoded on another thread', () => {
  it('gives the same bytes as decoding here, with the input counted to its end', async () => {
    const input = fs.readFileSync(fixturePath('memhog-256m.tar.zst'));
    const here = await decodeHere(input);
    const there = await decodeElsewhere(input);
    expect(there.error).toBeUndefined();
    expect(sha256(there.out)).toBe(sha256(here.out));
    expect(there.bytesIn).toBe(input.length);
    // Bounded memory: never more than the pool's four buffers out at once.
    expect(there.inFlight).toBeLessThanOrEqual(4);
  });

  it("ends with zstd's reason after the same output on damaged data", async () => {
    const damaged = Buffer.from(fs.readFileSync(fixturePath('memhog-256m.tar.zst')));
    const at = Math.floor(damaged.length / 2);
    for (let i = at; i < at + 64; i++) damaged[i] ^= 0x5a;
    const here = await decodeHere(damaged);
    const there = await decodeElsewhere(damaged);
    expect(here.error).toMatch(/corrupt zstd data/);
    expect(String(there.error)).toMatch(/corrupt zstd data/);
    expect(there.out.length).toBe(here.out.length);
    expect(sha256(there.out)).toBe(sha256(here.out));
  });

  it('says the stream is incomplete when the input stops inside a frame', async () => {
    const input = fs.readFileSync(fixturePath('kitchen.tar.zst'));
    const there = await decodeElsewhere(input.subarray(0, 30_000));
    expect(String(there.error)).toMatch(/incomplete zstd stream/);
    expect(there.out.length).toBeGreaterThan(0);
  });

  it('stops the decoder when the reader stops early', async () => {
    const { client, served } = channel();
    const input = fs.readFileSync(fixturePath('memhog-256m.tar.zst'));
    let chunks = 0;
    for await (const _ of zstdChunksElsewhere(new Blob([input]), client)) {
      if (++chunks === 2) break;
    }
    // The decoder's side ends (the test would time out otherwise).
    await served;
    expect(chunks).toBe(2);
  });

  it('opens an archive to the same members, bytes and problems as decoding here', async () => {
    for (const name of ['kitchen.tar.zst', 'shell.tar.zst']) {
      const input = fs.readFileSync(fixturePath(name));
      const elsewhere: ZstdElsewhere = (blob, onBytes) =>
        zstdChunksElsewhere(blob, channel().client, { onBytes });
      const here = await openArchive(new Blob([input]), { skipHash: true, name });
      const there = await openArchive(new Blob([input]), {
        skipHash: true,
        name,
        zstdElsewhere: elsewhere,
      });
      expect(await digestOf(there)).toEqual(await digestOf(here));
    }
  });

  it("decodes here when the decoder's thread cannot start, and only then", async () => {
    const input = fs.readFileSync(fixturePath('kitchen.tar.zst'));
    let started = 0;
    const broken: ZstdElsewhere = (blob, onBytes) => {
      started++;
      // A Worker whose script did not load: its port sends 'error' and nothing else.
      const target = new EventTarget();
      const port: PortLike = {
        postMessage: () => queueMicrotask(() => target.dispatchEvent(new Event('error'))),
        addEventListener: (type, listener) => target.addEventListener(type, listener),
        removeEventListener: (type, listener) => target.removeEventListener(type, listener),
      };
      return zstdChunksElsewhere(blob, port, { onBytes });
    };
    const here = await openArchive(new Blob([input]), { skipHash: true });
    const fallback = await openArchive(new Blob([input]), {
      skipHash: true,
      zstdElsewhere: broken,
    });
    expect(started).toBe(1);
    expect(await digestOf(fallback)).toEqual(await digestOf(here));
    // A pass that hashes reads the input on its own thread: the decoder stays here.
    await openArchive(new Blob([input]), { zstdElsewhere: broken });
    expect(started).toBe(1);
  });

  it('reports a thread that fails after output as a failure of the stream, not a fallback', async () => {
    const input = fs.readFileSync(fixturePath('memhog-256m.tar.zst'));
    const { client, served } = channel();
    let chunks = 0;
    let error: unknown;
    const events = client as unknown as MessagePort;
    try {
      for await (const _ of zstdChunksElsewhere(new Blob([input]), client)) {
        if (++chunks === 2) events.dispatchEvent(new Event('error'));
      }
    } catch (e) {
      error = e;
    }
    await served;
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(DecoderUnavailableError);
    expect(String(error)).toMatch(/decoder's thread failed/);
  });
});

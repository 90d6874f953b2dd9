/**
 * `memoryCore` through `createAnalyserApi()`, called as the page calls it (minus Comlink), on
 * the kitchen fixture: the streamed ELF core must be the very file `memdump --core` writes
 * (built here with the same library calls as src/cli/commands/memdump.ts, not by spawning).
 * Facts: workloads/kitchen-sink.c fills pid 1's heap with `HEAP-CANARY-0123456789abcdef`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPath } from '../../../src/cli/open-path.ts';
import { decodeImage } from '../../../src/lib/criu/decode-image.ts';
import { encodeImage } from '../../../src/lib/criu/encode-image.ts';
import type { Entry } from '../../../src/lib/criu/types.ts';
import { openArchiveMemory } from '../../../src/lib/memory/archive-memory.ts';
import { buildElfCore } from '../../../src/lib/memory/elf-core.ts';
import type { Archive } from '../../../src/lib/archive/types.ts';
import { createAnalyserApi, type AnalyserApi } from '../../../workers/api.ts';
import { pullStream } from '../../../workers/memory-api.ts';
import { findMember, replaceMember } from '../../hostile/tar-edit.ts';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');
const KITCHEN = path.join(FIXTURES, 'kitchen.tar.zst');
const CANARY = Buffer.from('HEAP-CANARY-0123456789abcdef', 'latin1');

async function opened(file: File): Promise<AnalyserApi> {
  const api = createAnalyserApi();
  expect((await api.open(file)).status).toBe('opened');
  return api;
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function contains(haystack: Uint8Array, needle: Buffer): boolean {
  return Buffer.from(haystack.buffer, haystack.byteOffset, haystack.byteLength).includes(needle);
}

/** What `memdump --core` writes for `pid`: the same open, memory and builder calls. */
async function cliCore(pid: number): Promise<Uint8Array> {
  const archive: Archive = await openPath(KITCHEN);
  try {
    const containers = await openArchiveMemory(archive);
    const index = containers.findIndex((c) => c.mem.process(pid));
    const layout = archive.layout.containers.filter((c) => c.checkpointDir !== undefined)[index];
    const core = await buildElfCore(containers[index]!.mem, layout!.images, pid);
    const parts: Uint8Array[] = [];
    for await (const chunk of core.chunks()) parts.push(chunk);
    return new Uint8Array(Buffer.concat(parts));
  } finally {
    await archive.dispose();
  }
}

describe('memoryCore on kitchen.tar.zst', () => {
  let api: AnalyserApi;
  beforeAll(async () => {
    api = await opened(new File([readFileSync(KITCHEN)], 'kitchen.tar.zst'));
  }, 60_000);

  it('streams pid 1 as an x86_64 ELF core, the same file memdump --core writes', async () => {
    const core = await api.memoryCore(0, 1);
    expect(core.name).toBe('core.1');
    expect(core.problems).toEqual([]);
    const bytes = await readAll(core.stream);
    const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect([...bytes.subarray(0, 4)]).toEqual([0x7f, 0x45, 0x4c, 0x46]);
    expect(bytes[4]).toBe(2); // ELFCLASS64
    expect(bytes[5]).toBe(1); // little-endian
    expect(v.getUint16(16, true)).toBe(4); // ET_CORE
    expect(v.getUint16(18, true)).toBe(62); // EM_X86_64
    expect(bytes.length).toBe(core.size);
    expect(contains(bytes, CANARY)).toBe(true);

    const cli = await cliCore(1);
    const cliView = new DataView(cli.buffer, cli.byteOffset, cli.byteLength);
    expect(core.size).toBe(cli.length);
    // Same program headers (one PT_NOTE, then one PT_LOAD per dumped stretch)…
    expect(v.getUint16(56, true)).toBe(cliView.getUint16(56, true));
    expect(v.getUint16(56, true)).toBeGreaterThan(5);
    // …and, since both come from one builder over one archive, the same bytes.
    expect(Buffer.compare(Buffer.from(bytes), Buffer.from(cli))).toBe(0);
  }, 60_000);

  it('stops reading when the page cancels the stream', async () => {
    const core = await api.memoryCore(0, 1);
    const reader = core.stream.getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    // The first chunk is the headers and notes, far less than the file.
    expect(first.value!.length).toBeLessThan(core.size);
    await reader.cancel();
    expect(await reader.read()).toEqual({ done: true, value: undefined });
  }, 60_000);

  it('rejects a pid without memory images with a message naming it', async () => {
    await expect(api.memoryCore(0, 4242)).rejects.toThrow(/pid 4242 has no memory images/);
    await expect(api.memoryCore(7, 1)).rejects.toThrow(/container 7 has no memory images/);
  });
});

describe('memoryCore on a checkpoint of another architecture', () => {
  let api: AnalyserApi;
  beforeAll(async () => {
    // kitchen with core-1.img claiming ppc64 (CRIU's core_entry.march PPC64 = 4), and
    // core-7.img (a thread of pid 6) without its registers.
    const editCore = (tar: Uint8Array, name: RegExp, change: (core: Entry) => void) => {
      const member = findMember(tar, name);
      const image = decodeImage(tar.subarray(member.dataOffset, member.dataOffset + member.size));
      change(image.entries[0]!);
      return replaceMember(tar, member, encodeImage(image));
    };
    let tar: Uint8Array = new Uint8Array(
      gunzipSync(readFileSync(path.join(FIXTURES, 'kitchen.tar.gz'))),
    );
    tar = editCore(tar, /checkpoint\/core-1\.img$/, (core) => (core.mtype = 4));
    tar = editCore(tar, /checkpoint\/core-7\.img$/, (core) => delete core.thread_info);
    api = await opened(new File([Buffer.from(tar)], 'kitchen-edited.tar'));
  }, 60_000);

  it('rejects with the reason instead of writing a file', async () => {
    await expect(api.memoryCore(0, 1)).rejects.toThrow(/x86_64/);
  });

  it('writes the other processes, with a thread that lost its registers as a problem', async () => {
    const core = await api.memoryCore(0, 6);
    expect(core.problems).toEqual([
      expect.objectContaining({ severity: 'warning', message: 'core-7.img has no registers' }),
    ]);
    const bytes = await readAll(core.stream);
    expect(bytes.length).toBe(core.size);
    expect(new DataView(bytes.buffer).getUint16(18, true)).toBe(62);
  });
});

describe('pullStream', () => {
  it('ends the generator (its finally runs) when the stream is cancelled', async () => {
    let pulled = 0;
    let finished = false;
    let cancelled = false;
    async function* numbers() {
      try {
        for (;;) {
          pulled++;
          yield new Uint8Array([pulled]);
        }
      } finally {
        finished = true;
      }
    }
    const reader = pullStream(
      numbers(),
      (b) => b,
      () => true,
      () => (cancelled = true),
    ).getReader();
    expect((await reader.read()).value).toEqual(new Uint8Array([1]));
    await reader.cancel();
    expect(finished).toBe(true);
    expect(cancelled).toBe(true);
    // The stream asks for at most one chunk ahead of its reader.
    expect(pulled).toBeLessThanOrEqual(2);
  });

  it('errors instead of reading once its archive is gone', async () => {
    async function* one() {
      yield new Uint8Array([1]);
    }
    const chunks = one();
    const stream = pullStream(
      chunks,
      (b) => b,
      () => false,
    );
    await expect(readAll(stream)).rejects.toThrow(/closed/);
    expect(await chunks.next()).toEqual({ done: true, value: undefined });
  });
});

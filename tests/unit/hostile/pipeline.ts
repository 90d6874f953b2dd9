/**
 * The whole pipeline over one input, as the worker runs it: open (with the hash), summarise,
 * decode every image of every container, build the model, open memory, read and search it.
 * Returns what came out; throws only if a layer let an exception escape (the bug under test).
 */
import { MemorySource } from '../../../src/lib/archive/byte-source.ts';
import { openArchive } from '../../../src/lib/archive/open-archive.ts';
import type { Archive, OpenLimits } from '../../../src/lib/archive/types.ts';
import { decodeImage } from '../../../src/lib/criu/decode-image.ts';
import type { DecodedImage } from '../../../src/lib/criu/types.ts';
import { openArchiveMemory } from '../../../src/lib/memory/archive-memory.ts';
import { extractStrings } from '../../../src/lib/memory/strings.ts';
import { searchMemory } from '../../../src/lib/memory/search.ts';
import { buildArchiveModels, type ContainerModel } from '../../../src/lib/model/from-archive.ts';
import type { Problem, ProblemCode } from '../../../src/lib/problems.ts';
import { summarize } from '../../../src/lib/summary/summarize.ts';
import type { CheckpointSummary } from '../../../src/lib/summary/types.ts';

export interface PipelineResult {
  archive: Archive;
  summary: CheckpointSummary;
  /** Decoded images by `<container root><image name>`. */
  images: Map<string, DecodedImage>;
  models: ContainerModel[];
  /** Every problem of every layer. */
  problems: Problem[];
  /** Bytes read from memory plus matches found (a sign the memory layer did work). */
  memoryBytesRead: number;
}

/** Small limits so a bomb stops quickly in tests; the fixtures unpack to far less. */
export const TEST_LIMITS: OpenLimits = {
  maxOutputBytes: 256 * 1024 ** 2,
  ratioCheckAfter: 32 * 1024 ** 2,
  maxRatio: 2_000,
};

/** Images bigger than this are not decoded whole here (raw pages are read by the memory layer). */
const DECODE_MAX = 64 * 1024 ** 2;

export async function runPipeline(
  bytes: Uint8Array,
  name: string,
  { limits = TEST_LIMITS, memory = true }: { limits?: OpenLimits; memory?: boolean } = {},
): Promise<PipelineResult> {
  const archive = await openArchive(new MemorySource(bytes), { name, sha256: true, limits });
  try {
    const summary = await summarize(archive);
    const problems: Problem[] = [...summary.problems];
    const images = new Map<string, DecodedImage>();
    for (const c of archive.layout.containers) {
      for (const m of c.images.list()) {
        if (m.size > DECODE_MAX || !m.name.endsWith('.img')) continue;
        const decoded = decodeImage(await c.images.read(m.name), m.name);
        images.set(c.root + m.name, decoded);
        problems.push(...decoded.problems);
      }
    }
    const models = await buildArchiveModels(archive);
    for (const m of models) problems.push(...m.model.problems);
    let memoryBytesRead = 0;
    if (memory) {
      for (const { mem } of await openArchiveMemory(archive)) {
        problems.push(...mem.problems);
        for (const pid of mem.pids()) {
          const vmas = mem.vmas(pid);
          for (const v of [vmas[0], vmas[vmas.length - 1]]) {
            if (!v) continue;
            const read = await mem.read(pid, v.start, 64 * 1024);
            memoryBytesRead += read.bytes.length;
            problems.push(...read.problems);
          }
        }
        for await (const batch of searchMemory(
          mem,
          { kind: 'text', text: 'HOME=' },
          {
            maxMatches: 50,
          },
        )) {
          memoryBytesRead += batch.matches.length;
          problems.push(...batch.problems);
        }
        const first = mem.pids()[0];
        if (first !== undefined)
          for await (const batch of extractStrings(mem, { pids: [first], batchSize: 500 })) {
            memoryBytesRead += batch.strings.length;
            if (memoryBytesRead > 1e6) break;
          }
      }
    }
    return { archive, summary, images, models, problems, memoryBytesRead };
  } finally {
    await archive.dispose();
  }
}

const CODES: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  'not-an-archive',
  'no-criu-images',
  'truncated-archive',
  'bad-tar-checksum',
  'decompression-error',
  'size-limit',
  'unknown-magic',
  'truncated-entry',
  'oversized-entry',
  'malformed-protobuf',
  'missing-image',
  'missing-file',
  'pages-missing',
  'pages-short',
  'parent-missing',
  'bad-json',
  'unsupported',
]);

/**
 * Problems that are well-formed: a known code and severity, a one-line message, and no sign
 * that an allocation or a recursion blew up inside a layer and was caught as a "problem".
 */
export function badProblems(problems: readonly Problem[]): string[] {
  const bad: string[] = [];
  for (const p of problems) {
    const why = !CODES.has(p.code)
      ? 'unknown code'
      : !['error', 'warning', 'info'].includes(p.severity)
        ? 'unknown severity'
        : typeof p.message !== 'string' || p.message.length === 0
          ? 'empty message'
          : /\n/.test(p.message)
            ? 'multi-line message'
            : /allocation failed|invalid (typed )?array length|out of memory|call stack|is not a function|cannot read propert|undefined/i.test(
                  p.message,
                )
              ? 'an internal error leaked as a problem'
              : p.offset !== undefined && !(Number.isSafeInteger(p.offset) && p.offset >= 0)
                ? 'bad offset'
                : undefined;
    if (why) bad.push(`${why}: ${JSON.stringify(p)}`);
  }
  return bad;
}

/** Rejects when `work` takes longer than `ms`: a hang detector, not a timing assertion. */
export async function watchdog<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what}: still running after ${ms} ms (a hang?)`)),
      ms,
    );
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

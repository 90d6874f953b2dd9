/**
 * Comparing the open checkpoint (A) with a second one (B) that the page gives: B is opened
 * beside A (never replacing it), the structural diff is computed from both models, and the
 * page contents are compared on request, with progress and cancel. B belongs to the A it was
 * opened against: once another input is opened (or it is closed), B is dropped.
 */
import {
  archiveSide,
  diffCheckpoints,
  diffMemory,
  pairContainers,
  type ContainerPairing,
  type MemoryDiffProgress,
} from '../src/lib/analyses/diff/index.ts';
import type { Archive } from '../src/lib/archive/index.ts';
import { openArchiveMemory, type ContainerMemory } from '../src/lib/memory/archive-memory.ts';
import type { CheckpointMemory } from '../src/lib/memory/checkpoint-memory.ts';
import { buildArchiveModels, type ContainerModel } from '../src/lib/model/from-archive.ts';
import type {
  ComparedContainer,
  CompareOutcome,
  Comparison,
  MemoryDiff,
} from './compare-protocol.ts';
import { openInput } from './open-input.ts';
import type { ProgressCallback } from './protocol.ts';
import { throttle } from './throttle.ts';

interface Other {
  /** The A this B was opened against. */
  against: Archive;
  archive: Archive;
  pairing: Promise<{ a: ContainerModel[]; b: ContainerModel[]; pairing: ContainerPairing }>;
  /** B's memory, opened on the first page comparison (A's is the memory API's). */
  memory?: Promise<ContainerMemory[]>;
}

/** A's models and memory, shared with the model and memory APIs (built once per archive). */
export interface SideACaches {
  models: () => Promise<ContainerModel[]>;
  memory: () => Promise<{ containers: { root: string; mem: CheckpointMemory }[] }>;
}

const brief = (archive: Archive, c: ContainerModel): ComparedContainer => ({
  index: archive.layout.containers.findIndex((l) => l.root === c.root),
  root: c.root,
  ...(c.model.container.name !== undefined ? { name: c.model.container.name } : {}),
  ...(c.model.container.id !== undefined ? { id: c.model.container.id } : {}),
});

export function createCompareApi(currentArchive: () => Archive | undefined, a: SideACaches) {
  let other: Other | undefined;
  let opening: AbortController | undefined;
  let memoryRun: AbortController | undefined;

  async function drop(): Promise<void> {
    memoryRun?.abort();
    const o = other;
    other = undefined;
    await o?.archive.dispose().catch(() => undefined);
  }

  /** B, if it still belongs to the open A; a stale B is freed. */
  async function current(): Promise<Other> {
    if (other && other.against !== currentArchive()) await drop();
    if (!other) throw new Error('no second checkpoint is open to compare with');
    return other;
  }

  return {
    /** Opens B (any input the analyser opens, except a folder) to compare A with. */
    async compareOpen(file: File | Blob, onProgress?: ProgressCallback): Promise<CompareOutcome> {
      const against = currentArchive();
      if (!against) return { status: 'failed', message: 'open a checkpoint first' };
      opening?.abort();
      const controller = new AbortController();
      opening = controller;
      await drop();
      try {
        const result = await openInput(file, {
          name: file instanceof File ? file.name : 'second input',
          signal: controller.signal,
          report: throttle(onProgress),
          // The page hashes B in its own worker (as it does A), so opening B is not held up by
          // an extra read of a large uncompressed archive; see compareRecordSha256.
          skipHash: true,
          stillWanted: () => currentArchive() === against,
        });
        if (result.status !== 'opened') return result;
        const archive = result.archive;
        if (archive.layout.containers.length === 0) {
          // The archive layer's problem names the input and says what it is instead.
          const message =
            archive.problems[0]?.message ?? `${archive.name} holds no container checkpoint`;
          await archive.dispose();
          return { status: 'failed', message };
        }
        const pairing = (async () => {
          const [modelsA, modelsB] = await Promise.all([a.models(), buildArchiveModels(archive)]);
          return { a: modelsA, b: modelsB, pairing: pairContainers(modelsA, modelsB) };
        })();
        other = { against, archive, pairing };
        return { status: 'opened', name: archive.name, size: archive.inputSize };
      } finally {
        if (opening === controller) opening = undefined;
      }
    },

    /** Records B's SHA-256 computed by the page's hash worker; later comparisons carry it. */
    async compareRecordSha256(digest: string): Promise<void> {
      if (other && /^[0-9a-f]{64}$/.test(digest)) other.archive.sha256 = digest;
    },

    /** The structural comparison of every container pair (synchronous once models exist). */
    async comparison(): Promise<Comparison> {
      const o = await current();
      const { pairing } = await o.pairing;
      return {
        a: o.against.name,
        b: o.archive.name,
        pairs: pairing.pairs.map((p) => ({
          a: brief(o.against, p.a),
          b: brief(o.archive, p.b),
          matchedBy: p.matchedBy,
          diff: diffCheckpoints(archiveSide(o.against, p.a), archiveSide(o.archive, p.b)),
        })),
        onlyInA: pairing.onlyInA.map((c) => brief(o.against, c)),
        onlyInB: pairing.onlyInB.map((c) => brief(o.archive, c)),
      };
    },

    /**
     * Compares the dumped pages of one container pair (by index in `comparison().pairs`).
     * A new run cancels the previous one; a cancelled run resolves with what it compared.
     */
    async compareMemory(
      pair: number,
      onProgress?: (p: MemoryDiffProgress) => void,
      maxBytes?: number,
    ): Promise<MemoryDiff> {
      const o = await current();
      const { pairing } = await o.pairing;
      const p = pairing.pairs[pair];
      if (!p) throw new Error(`no container pair ${pair}`);
      memoryRun?.abort();
      const controller = new AbortController();
      memoryRun = controller;
      o.memory ??= openArchiveMemory(o.archive);
      const [memA, memB] = await Promise.all([a.memory(), o.memory]);
      const sideA = memA.containers.find((m) => m.root === p.a.root)?.mem;
      const sideB = memB.find((m) => m.root === p.b.root)?.mem;
      if (!sideA || !sideB) throw new Error('a side of this pair has no CRIU images to compare');
      try {
        return await diffMemory(sideA, sideB, {
          signal: controller.signal,
          ...(maxBytes !== undefined ? { maxBytes } : {}),
          onProgress: throttle(onProgress),
        });
      } finally {
        if (memoryRun === controller) memoryRun = undefined;
      }
    },

    /** Stops what runs: the opening of B, or the page comparison (it keeps what it compared). */
    async compareCancel(): Promise<void> {
      opening?.abort();
      memoryRun?.abort();
    },

    /** Frees B. */
    async compareClose(): Promise<void> {
      opening?.abort();
      await drop();
    },
  };
}

export type CompareApi = ReturnType<typeof createCompareApi>;

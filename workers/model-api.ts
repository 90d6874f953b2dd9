/**
 * The forensic model's worker API: the model of every container is built lazily on the first
 * call after an open and kept here; the page receives windows of flat rows and fetches each
 * byte payload (ghost file, memfd, socket queue, rootfs-diff file) on demand as transferred
 * bytes. `createAnalyserApi()` composes this in; tests call it directly in Node.
 */
import type { Problem } from '../src/lib/problems.ts';
import * as Comlink from 'comlink';
import type { Archive } from '../src/lib/archive/index.ts';
import { inspectJson } from '../src/lib/model/export.ts';
import { buildArchiveModels, type ContainerModel } from '../src/lib/model/from-archive.ts';
import { readFsChangeFile } from '../src/lib/model/fs-changes.ts';
import { toJson } from '../src/lib/model/json.ts';
import type { CheckpointModel, TarListing } from '../src/lib/model/types.ts';
import type { TableScope } from '../src/lib/table/column.ts';
import { MODEL_TABLES, type TableKind, type TableRows } from '../src/lib/table/tables/index.ts';
import type {
  ContainerDetails,
  ContentRef,
  FsChangesView,
  IpcView,
  ModelContainer,
  ProcessDetails,
  SocketQueue,
  SystemView,
} from './model-protocol.ts';
import { socketQueues } from '../src/lib/table/model-rows.ts';
import { printableText } from '../src/lib/model/bytes.ts';

const MESSAGE_PREVIEW = 64;

function transfer(bytes: Uint8Array): Uint8Array {
  // A copy of exactly the bytes, so the transfer does not detach the model's own buffer.
  const copy = bytes.slice();
  return Comlink.transfer(copy, [copy.buffer]);
}

function listingView(l: TarListing | undefined) {
  return l && { member: l.member, entries: l.entries.map((e) => ({ ...e, member: l.member })) };
}

export interface ModelCache {
  /** The models of the open archive, built once per archive (a new open rebuilds). */
  all(): Promise<ContainerModel[]>;
  /** The models if they were already built for the open archive, without building them. */
  built(): Promise<ContainerModel[]> | undefined;
}

/** One per worker: the model API and the comparison share it, so A is modelled once. */
export function modelCache(currentArchive: () => Archive | undefined): ModelCache {
  let builtFor: Archive | undefined;
  let models: Promise<ContainerModel[]> | undefined;
  return {
    async all() {
      const archive = currentArchive();
      if (!archive) {
        // Let a closed archive's model be collected.
        builtFor = undefined;
        models = undefined;
        throw new Error('no checkpoint is open');
      }
      if (builtFor !== archive || !models) {
        builtFor = archive;
        models = buildArchiveModels(archive);
      }
      return models;
    },
    built: () => (models && builtFor === currentArchive() ? models : undefined),
  };
}

export function createModelApi(
  currentArchive: () => Archive | undefined,
  cache: ModelCache = modelCache(currentArchive),
) {
  const all = () => cache.all();

  /** Problems of the models built so far (none before a view asked for the model). */
  async function builtProblems(): Promise<Problem[]> {
    const models = cache.built();
    return models ? (await models).flatMap((m) => m.model.problems) : [];
  }

  async function model(container = 0): Promise<CheckpointModel> {
    const m = (await all())[container];
    if (!m) throw new Error(`no container ${container}`);
    return m.model;
  }

  async function processOf(pid: number, container = 0) {
    const p = (await model(container)).processes.find((x) => x.pid === pid);
    if (!p) throw new Error(`no process ${pid}`);
    return p;
  }

  async function contentBytes(ref: ContentRef): Promise<Uint8Array | undefined> {
    const m = await model(ref.container);
    switch (ref.kind) {
      case 'ghost':
        return m.ghostFiles.find((g) => g.ghostId === ref.id)?.content;
      case 'memfd':
        return m.memfds.find((x) => x.inodeId === ref.id)?.content;
      case 'pipe':
        return m.pipes.find((p) => p.pipeId === ref.id)?.buffered;
      case 'tty': {
        const f = m.files.find((x) => x.id === ref.id);
        return f?.kind === 'tty' ? f.buffered : undefined;
      }
      case 'socket': {
        const s = m.sockets.find((x) => x.id === ref.id);
        if (!s) return undefined;
        if (ref.queue === 'in') return s.tcp?.inQueue ?? s.queued[0];
        if (ref.queue === 'out') return s.tcp?.outQueue;
        return s.queued[ref.queue];
      }
      case 'shm':
        return m.ipc
          .find((n) => n.namespaceId === ref.namespace)
          ?.sharedMemory.find((x) => x.id === ref.id)?.content;
      case 'msg':
        return m.ipc
          .find((n) => n.namespaceId === ref.namespace)
          ?.messageQueues.find((x) => x.id === ref.id)?.messages[ref.index]?.data;
      case 'fs': {
        const archive = currentArchive();
        const layout = archive?.layout.containers[ref.container ?? 0];
        if (!archive || !layout) return undefined;
        return readFsChangeFile(archive.store(layout.root), ref.member, ref.path);
      }
    }
  }

  /** What of a payload the checkpoint does not hold (SysV shm and memfd pages never dumped). */
  async function contentNotDumped(ref: ContentRef): Promise<{ offset: number; length: number }[]> {
    const m = await model(ref.container);
    if (ref.kind === 'memfd') return m.memfds.find((x) => x.inodeId === ref.id)?.notDumped ?? [];
    if (ref.kind === 'shm')
      return (
        m.ipc
          .find((n) => n.namespaceId === ref.namespace)
          ?.sharedMemory.find((x) => x.id === ref.id)?.notDumped ?? []
      );
    return [];
  }

  return {
    /** What building the model found (missing images, unreadable pages…), once built. */
    modelProblems: builtProblems,
    /** The containers of the open archive (one, or one per pod member). */
    async modelContainers(): Promise<ModelContainer[]> {
      return (await all()).map((c, index) => ({
        index,
        root: c.root,
        name: c.model.container.name ?? (c.root || 'CRIU images'),
        processCount: c.model.processes.length,
      }));
    },

    /** Container, CRIU inventory and dump statistics, and how many of each object there are. */
    async containerDetails(container = 0): Promise<ContainerDetails> {
      const m = await model(container);
      const { images: _images, ...criu } = m.criu;
      return {
        container: m.container,
        criu,
        counts: {
          processes: m.processes.length,
          threads: m.processes.reduce((n, p) => n + p.threads.length, 0),
          files: m.files.length,
          sockets: m.sockets.length,
          pipes: m.pipes.length,
          ghostFiles: m.ghostFiles.length,
          memfds: m.memfds.length,
          mounts: m.mounts.length,
        },
      };
    },

    /**
     * Every row of one of the model's tables (`MODEL_TABLES`: processes, fds, sockets…),
     * typed by its kind; `scope.pid` keeps one process's rows. The page filters and sorts.
     */
    async rows<K extends TableKind>(kind: K, scope: TableScope = {}): Promise<TableRows[K][]> {
      const table = MODEL_TABLES[kind];
      if (!table) throw new Error(`no table ${String(kind)}`);
      return table.rows(await model(scope.container), scope);
    },

    /** One process without its fds and maps (see `rows('fds', {pid})`, `rows('vmas', …)`). */
    async process(pid: number, container = 0): Promise<ProcessDetails> {
      const m = await model(container);
      const { fds, maps, ...rest } = await processOf(pid, container);
      const socketIds = new Set(
        m.sockets.filter((s) => s.holders.some((h) => h.pid === pid)).map((s) => s.id),
      );
      return { ...rest, fdCount: fds.length, vmaCount: maps.length, socketIds: [...socketIds] };
    },

    /** The queues of one socket with their sizes; bytes through `content(queue.ref)`. */
    async socketQueues(id: number, container = 0): Promise<SocketQueue[]> {
      const s = (await model(container)).sockets.find((x) => x.id === id);
      return s
        ? socketQueues(s).map((x) => ({ ...x, ref: { ...x.ref, container } as ContentRef }))
        : [];
    },

    async fsChanges(container = 0): Promise<FsChangesView> {
      const fs = (await model(container)).fsChanges;
      const view: FsChangesView = { deletedFiles: fs.deletedFiles };
      const diff = listingView(fs.rootfsDiff);
      const shm = listingView(fs.devShm);
      if (diff) view.rootfsDiff = diff;
      if (shm) view.devShm = shm;
      return view;
    },

    async ipc(container = 0): Promise<IpcView[]> {
      return (await model(container)).ipc.map((n) => ({
        namespaceId: n.namespaceId,
        ...(n.limits
          ? {
              limits: Object.fromEntries(
                Object.entries(n.limits).map(([k, v]) => [k, toJson(v, 0)]),
              ),
            }
          : {}),
        sharedMemory: n.sharedMemory.map(({ content, size, ...s }) => ({
          ...s,
          size: Number(size ?? content?.length ?? 0),
          ...(content
            ? { ref: { kind: 'shm', namespace: n.namespaceId, id: s.id, container } as const }
            : {}),
        })),
        messageQueues: n.messageQueues.map((q) => ({
          ...q,
          messages: q.messages.map((msg, index) => ({
            type: msg.type.toString(),
            length: msg.data.length,
            preview: printableText(msg.data.subarray(0, MESSAGE_PREVIEW)),
            ref: { kind: 'msg', namespace: n.namespaceId, id: q.id, index, container } as const,
          })),
        })),
        semaphores: n.semaphores,
      }));
    },

    /** Namespaces (UTS hostname, time offsets, membership), cgroups and file locks. */
    async system(container = 0): Promise<SystemView> {
      const m = await model(container);
      return {
        namespaces: m.namespaces,
        cgroups: m.cgroups,
        fileLocks: m.fileLocks,
        ...(m.container.hostname ? { hostname: m.container.hostname } : {}),
      };
    },

    /**
     * A window of a payload (the first bytes for a viewer, all of it for a download), with its
     * full length; `undefined` bytes when the checkpoint does not hold it. Transferred.
     */
    async content(
      ref: ContentRef,
      offset = 0,
      limit = Infinity,
    ): Promise<
      | { total: number; bytes: Uint8Array; notDumped?: { offset: number; length: number }[] }
      | undefined
    > {
      const b = await contentBytes(ref);
      if (!b) return undefined;
      const end = limit === Infinity ? b.length : Math.min(b.length, offset + limit);
      // Ranges of the window the checkpoint does not hold (shared memory pages never dumped).
      const notDumped = (await contentNotDumped(ref))
        .map((r) => ({
          offset: Math.max(r.offset, offset) - offset,
          length: Math.min(r.offset + r.length, end) - Math.max(r.offset, offset),
        }))
        .filter((r) => r.length > 0);
      return {
        total: b.length,
        bytes: transfer(b.subarray(offset, end)),
        ...(notDumped.length ? { notDumped } : {}),
      };
    },

    /** The whole model as the `inspect --json` document, transferred. */
    async exportModelJson(): Promise<Uint8Array> {
      const archive = currentArchive();
      const text = inspectJson(archive?.name ?? 'checkpoint', await all(), 2, archive?.sha256);
      return transfer(new TextEncoder().encode(text));
    },
  };
}

export type ModelApi = ReturnType<typeof createModelApi>;

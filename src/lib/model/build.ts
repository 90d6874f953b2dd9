/**
 * buildModel: the whole checkpoint as one plain object (see types.ts). It reads images
 * through the shared image cache of the store, never throws on bad input, and records what it
 * could not read in `problems`. Memory (command lines, environments, memfd and SysV shm
 * contents, how much of each VMA was dumped) is read through the memory layer
 * (`CheckpointMemory`): the one given (opened with the archive's parent link), else one opened
 * over the same images.
 */
import type { MemberStore } from '../archive/member-store.ts';
import type { Engine } from '../archive/types.ts';
import type { DecodedImage } from '../criu/types.ts';
import type { Problem } from '../problems.ts';
import { appendAll } from '../append-all.ts';
import { buildContainer } from './container.ts';
import { buildCriuInfo } from './criu-info.ts';
import { linkHolders } from './fds.ts';
import { buildFileTable } from './files.ts';
import { buildFsChanges } from './fs-changes.ts';
import { ImageSet, imageCacheOf, type DecodeImage } from '../criu/image-cache.ts';
import type { CheckpointMemory } from '../memory/checkpoint-memory.ts';
import { openMemory } from '../memory/open-memory.ts';
import { buildProcesses } from './processes.ts';
import { buildIpc } from './ipc.ts';
import { buildFileLocks, lockSummary } from './locks.ts';
import { buildMounts } from './mounts.ts';
import { buildCgroups, buildNamespaces } from './namespaces.ts';
import type { CheckpointModel, FdInfo } from './types.ts';

export interface ModelInput {
  /** The CRIU images directory (a container's `checkpoint/`). */
  images: MemberStore;
  /** The container's root files (config.dump, spec.dump, rootfs-diff.tar…); absent for bare images. */
  root?: MemberStore;
  /** CRIU image decoder; defaults to src/lib/criu's decodeImage (tests may wrap it). */
  decode?: DecodeImage;
  /** The container's memory (`openContainerMemory`); default: `openMemory` over `images`. */
  memory?: CheckpointMemory;
  /** The engine the archive layout detected (`containerEngine`); found from `root` when absent. */
  engine?: Engine;
  /** 4096 on x86_64; other architectures may differ and the images do not record it. */
  pageSize?: number;
}

export async function buildModel(input: ModelInput): Promise<CheckpointModel> {
  const problems: Problem[] = [];
  const images = new ImageSet(imageCacheOf(input.images, input.decode), problems);
  const pageSize = input.pageSize ?? 4096;
  const memory = input.memory ?? (await openMemory(input.images, { decode: input.decode }));

  const container = await buildContainer(input.root, input.images, problems, input.engine);
  const table = await buildFileTable(images, memory);
  const processes = await buildProcesses({ images, table, memory, pageSize });

  const fdsByPid = new Map<number, FdInfo[]>(processes.map((p) => [p.pid, p.fds]));
  linkHolders(table, fdsByPid);
  // Descriptions may have gained pipe ends and epoll targets: refresh the per-process copies.
  for (const p of processes)
    for (const fd of p.fds)
      fd.description = table.byId.get(fd.fileId)?.description ?? fd.description;

  let rootStats: DecodedImage | undefined;
  if (input.root?.has('stats-dump')) {
    const rootImages = new ImageSet(imageCacheOf(input.root, input.decode), problems);
    const entries = await rootImages.load('stats-dump');
    rootStats = entries && { magic: 'STATS', entries, problems: [] };
  }
  const firstCore = processes[0] && (await images.first(`core-${processes[0].pid}.img`));
  const pathOfFd = (pid: number, fd: number): string | undefined => {
    const info = fdsByPid.get(pid)?.find((x) => x.fd === fd);
    return info && table.byId.get(info.fileId)?.description;
  };

  const fileLocks = await buildFileLocks(images, pathOfFd);
  for (const lock of fileLocks) {
    const p = processes.find((x) => x.pid === lock.pid);
    if (!p) continue;
    (p.fileLocks ??= []).push(lock);
    const fd = p.fds.find((x) => x.fd === lock.fd);
    if (fd) (fd.locks ??= []).push(lockSummary(lock));
  }

  // What the memory layer could not read (bad pagemaps, missing pages files), copied: its
  // list is shared with the other views. Missing images the model reports on its own.
  appendAll(
    problems,
    memory.problems.filter((p) => p.code !== 'missing-image').map((p) => ({ ...p })),
  );

  return {
    container,
    criu: await buildCriuInfo(images, rootStats, firstCore),
    processes,
    files: table.files,
    sockets: table.sockets,
    pipes: table.pipes,
    ghostFiles: table.ghostFiles,
    memfds: table.memfds,
    ipc: await buildIpc(images, memory),
    fileLocks,
    mounts: await buildMounts(images),
    namespaces: await buildNamespaces(images, processes),
    cgroups: await buildCgroups(images),
    fsChanges: await buildFsChanges(input.root, problems),
    problems,
  };
}

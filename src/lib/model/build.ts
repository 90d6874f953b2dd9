/**
 * buildModel: the whole checkpoint as one plain object (see types.ts). It reads images
 * through a MemberStore, never throws on bad input, and records what it could not read in
 * `problems`. Memory (command lines, environments) is read through an injected reader when
 * one is given (the memory layer), otherwise through this module's own pagemap reader.
 */
import type { MemberStore } from '../archive/member-store.ts';
import { decodeImage } from '../criu/decode-image.ts';
import type { DecodedImage } from '../criu/types.ts';
import type { Problem } from '../problems.ts';
import { buildContainer } from './container.ts';
import { buildCriuInfo } from './criu-info.ts';
import { linkHolders } from './fds.ts';
import { buildFileTable } from './files.ts';
import { buildFsChanges } from './fs-changes.ts';
import { ImageSet, type ImageDecoder } from './images.ts';
import { PagemapMemory, type MemoryReader } from './pages.ts';
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
  decode?: ImageDecoder;
  /** Process memory through the pagemap; defaults to a reader over the same images. */
  memory?: MemoryReader;
  /** 4096 on x86_64; other architectures may differ and the images do not record it. */
  pageSize?: number;
}

export async function buildModel(input: ModelInput): Promise<CheckpointModel> {
  const problems: Problem[] = [];
  const decode = input.decode ?? decodeImage;
  const images = new ImageSet(input.images, decode, problems);
  const pageSize = input.pageSize ?? 4096;
  const pagemaps = new PagemapMemory(images, pageSize);
  const memory: MemoryReader = input.memory ?? {
    read: (pid, addr, len) => pagemaps.readProcess(pid, addr, len),
  };

  const container = await buildContainer(input.root, input.images, problems);
  const table = await buildFileTable(images, pagemaps);
  const processes = await buildProcesses({ images, table, memory, pagemaps, pageSize });

  const fdsByPid = new Map<number, FdInfo[]>(processes.map((p) => [p.pid, p.fds]));
  linkHolders(table, fdsByPid);
  // Descriptions may have gained pipe ends and epoll targets: refresh the per-process copies.
  for (const p of processes)
    for (const fd of p.fds)
      fd.description = table.byId.get(fd.fileId)?.description ?? fd.description;

  let rootStats: DecodedImage | undefined;
  if (input.root?.has('stats-dump')) {
    const rootImages = new ImageSet(input.root, decode, problems);
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

  return {
    container,
    criu: await buildCriuInfo(images, rootStats, firstCore),
    processes,
    files: table.files,
    sockets: table.sockets,
    pipes: table.pipes,
    ghostFiles: table.ghostFiles,
    memfds: table.memfds,
    ipc: await buildIpc(images, pagemaps),
    fileLocks,
    mounts: await buildMounts(images),
    namespaces: await buildNamespaces(images, processes),
    cgroups: await buildCgroups(images),
    fsChanges: await buildFsChanges(input.root, problems),
    problems,
  };
}

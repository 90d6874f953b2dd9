import type { Compression, Engine, ArchiveLayout } from '../archive/types.ts';
import type { InputKind } from '../archive/sniff.ts';
import type { TarEntryType } from '../archive/tar-header.ts';
import type { Problem } from '../problems.ts';
import type { NetworkInterfaceSummary } from './network.ts';
import type { StatsEntry } from './stats-dump.ts';

/** One container of a checkpoint: at least what `checkpointctl show` / `inspect` print. */
export interface ContainerSummary {
  /** The container's folder in the archive (`` for a single-container export). */
  root: string;
  engine: Engine;
  name?: string;
  image?: string;
  /** Full container ID (`show` prints its first 12 characters). */
  id?: string;
  runtime?: string;
  /** RFC 3339 as the engine wrote it. */
  created?: string;
  checkpointed?: string;
  pod?: string;
  namespace?: string;
  /** CRI-O's pod IP annotation. */
  ip?: string;
  /** Podman's network.status interfaces. */
  network: NetworkInterfaceSummary[];
  /** The command line (config.dump `command` or spec.dump `process.args`). */
  command?: string[];
  /** CRIU images directory inside the archive. */
  imagesDir?: string;
  imageCount: number;
  /** Bytes of all regular files in the images directory. */
  checkpointSize: number;
  /** Bytes of `pages-*.img`. */
  memoryPagesSize: number;
  /** Bytes of `amdgpu-pages-*.img`. */
  amdgpuPagesSize: number;
  /** Size of `rootfs-diff.tar` when present. */
  rootFsDiffSize?: number;
  /** Paths listed in `deleted.files`. */
  deletedFiles?: string[];
  /** From dump.log (`Version: 4.2`), when the archive has one. */
  criuVersion?: string;
  stats?: StatsEntry;
  /** Root files found (name → archive path). */
  files: Record<string, string>;
}

export interface MemberSummary {
  path: string;
  type: TarEntryType;
  size: number;
  mode: number;
  mtime: number;
  linkTarget?: string;
  truncated?: boolean;
}

export interface CheckpointSummary {
  name: string;
  inputKind: InputKind | 'folder';
  inputDescription: string;
  compression: Compression;
  inputSize: number;
  /** SHA-256 of the input as given (hex), for the chain of custody; absent for a folder. */
  sha256?: string;
  /** Sum of member sizes (the unpacked size). */
  unpackedSize: number;
  engine: Engine;
  layoutKind: ArchiveLayout['kind'];
  /** Pod name and namespace from pod.options (pod checkpoints). */
  pod?: { name?: string; namespace?: string };
  containers: ContainerSummary[];
  members: MemberSummary[];
  problems: Problem[];
}

import type { ArchiveLayout, ArchiveMember, Compression, Engine } from '../archive/types.ts';
import type { ContainerIdentity } from './identity.ts';
import type { InputKind } from '../archive/sniff.ts';
import type { Problem } from '../problems.ts';
import type { NetworkInterfaceSummary } from './network.ts';
import type { StatsEntry } from './stats-dump.ts';

/**
 * One container of a checkpoint: at least what `checkpointctl show` / `inspect` print. Its
 * identity fields (name, image, id, runtime, times, pod, namespace, CRI-O's pod IP, command)
 * are `containerIdentity`'s, the same the model copies.
 */
export interface ContainerSummary extends ContainerIdentity {
  /** The container's folder in the archive (`` for a single-container export). */
  root: string;
  engine: Engine;
  /** Podman's network.status interfaces. */
  network: NetworkInterfaceSummary[];
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

/** A member as `show --json` lists it: the archive's own fields, nothing derived. */
export type MemberSummary = Pick<
  ArchiveMember,
  'path' | 'type' | 'size' | 'mode' | 'mtime' | 'linkTarget' | 'truncated'
>;

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

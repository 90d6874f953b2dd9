import type { StreamingHash } from '../hash/sha256.ts';
import type { Problem } from '../problems.ts';
import type { ByteSource } from './byte-source.ts';
import type { LargeMemberSink } from './large-member-sink.ts';
import type { MemberStore } from './member-store.ts';
import type { InputKind } from './sniff.ts';
import type { TarEntryType } from './tar-header.ts';
import type { ZstdElsewhere } from './zstd-elsewhere.ts';

export type Compression = 'none' | 'gzip' | 'zstd';

export type Engine = 'podman' | 'cri-o' | 'containerd' | 'bare-criu' | 'unknown';

/** One entry of the input: a tar member, or a file of a dropped folder. */
export interface ArchiveMember {
  /** Path inside the archive, without a leading `./` or a trailing `/`. Never a file system path. */
  path: string;
  type: TarEntryType;
  size: number;
  /** Permission bits and file type bits as stored (tar mode field). */
  mode: number;
  /** Seconds since the epoch. */
  mtime: number;
  linkTarget?: string;
  /** The archive ended before all of this member's data. */
  truncated?: boolean;
  /**
   * The member's data was passed over on purpose: the caller said it would not read it
   * (`OpenOptions.keepMember`), so a compressed pass neither kept nor stored it.
   */
  skipped?: true;
  /**
   * Whether the member's own data can be read: false for directories, links and devices
   * (a hard link's data is read through `Archive.source`, which follows it), and for data
   * not kept because of the size limits of a compressed archive.
   */
  available: boolean;
}

export type OpenStage = 'reading' | 'decompressing' | 'indexing' | 'hashing' | 'decoding';

export interface OpenProgress {
  stage: OpenStage;
  /** Bytes of the input read so far. */
  bytesRead: number;
  /** Input size in bytes. */
  totalBytes: number;
  /** Decompressed bytes produced so far (compressed inputs). */
  bytesOut?: number;
  /**
   * The member being decompressed. Podman writes pages-*.img before pstree.img, so a big
   * compressed checkpoint spends most of its time here before the process tree is readable.
   */
  member?: string;
}

export interface OpenLimits {
  /** Stop decompressing after this many output bytes. Default 64 GiB. */
  maxOutputBytes?: number;
  /** Stop when output/input exceeds this ratio, once past `ratioCheckAfter`. Default 10000. */
  maxRatio?: number;
  /** Output size after which the ratio is checked. Default 256 MiB. */
  ratioCheckAfter?: number;
  /** Members larger than this go to the large-member sink. Default 8 MiB. */
  smallMemberMax?: number;
  /** Total bytes of small members kept in memory. Default 1 GiB. */
  maxSmallBytes?: number;
}

export interface OpenOptions {
  onProgress?: (progress: OpenProgress) => void;
  signal?: AbortSignal;
  /** Where large members of a compressed archive go; default chunked memory (4 GiB cap). */
  largeMemberSink?: LargeMemberSink;
  /** Display name of the input when it is not a File (problems and summaries use it). */
  name?: string;
  limits?: OpenLimits;
  /** Skip checkpoint layout detection (a nested tar is just files): layout kind `none`, no problem. */
  skipLayout?: boolean;
  /**
   * Also hash an input that is not compressed (an extra read of the whole file, stage
   * `hashing`). A compressed input is always hashed in its one decompression pass.
   */
  sha256?: boolean;
  /**
   * The SHA-256 implementation to use (default: the pure-TS `Sha256`, which runs anywhere).
   * The CLI passes Node's native one: on compressed inputs hashing is otherwise the largest
   * cost of the pass (measured: ~100 MB/s in JS against ~400 MB/s native).
   */
  createHash?: () => StreamingHash;
  /**
   * The caller hashes the input itself, so the pass does not: the page hashes in a second
   * worker, in parallel with decompression (hashing was about half the CPU of a zstd pass).
   * Wins over `sha256`.
   */
  skipHash?: boolean;
  /**
   * A gzip decompressor to use instead of the platform's `DecompressionStream('gzip')`. The
   * CLI passes node:zlib with 1 MiB output chunks: Node's DecompressionStream hands out 16 KiB
   * chunks through its thread pool (measured 6.4 s of CPU per GiB against 1.4 s).
   */
  gunzip?: (input: ReadableStream<Uint8Array>) => ReadableStream<Uint8Array>;
  /**
   * A zstd decompressor to use instead of the embedded WebAssembly one. The CLI passes a
   * native one when the platform has it (src/cli/native-zstd.ts).
   */
  unzstd?: (input: ReadableStream<Uint8Array>) => ReadableStream<Uint8Array>;
  /**
   * Which members of a compressed archive to keep. A member this returns false for is listed
   * (name, size, time) but its data is neither kept in memory nor written to the large-member
   * sink: `show` and `x ps` never read the memory pages, so a 4 GiB `pages-*.img` costs them
   * no temporary file. Uncompressed inputs are read in place and ignore it. Default: keep all.
   */
  keepMember?: (path: string) => boolean;
  /**
   * Decode a zstd File on another thread while this one parses the tar and stores the pages
   * (the page's analyser worker passes a decoder worker; see zstd-elsewhere.ts). Used only when
   * the pass hashes nothing (`skipHash`); if that thread cannot start, the pass decodes here.
   */
  zstdElsewhere?: ZstdElsewhere;
}

/**
 * A file of a dropped folder: its path relative to the dropped folder's parent, and its data
 * (a File from the page, or any ByteSource, e.g. a file on disk in the CLI).
 */
export interface FolderFile {
  path: string;
  blob: Blob | ByteSource;
}

export type ArchiveInput = Blob | ByteSource | FolderFile[];

/** Files a container's folder can hold next to its `checkpoint/` directory. */
export const CONTAINER_ROOT_FILES = [
  'config.dump',
  'spec.dump',
  'network.status',
  'stats-dump',
  'rootfs-diff.tar',
  'deleted.files',
  'devshm-checkpoint.tar',
  'bind.mounts',
  'dump.log',
  'ctr.log',
  'container.log',
  'io.kubernetes.cri-o.LogPath',
  'status',
  'status.dump',
  'cri-container-config.json',
  'pod.options',
  'pod.dump',
] as const;

export type ContainerRootFile = (typeof CONTAINER_ROOT_FILES)[number];

export interface ContainerLayout {
  /** The container's folder inside the archive: `` at the root, `<id>-<name>/` in a pod. */
  root: string;
  /** The CRIU images directory (`checkpoint/`, `img/`, …) with a trailing `/`; undefined when missing. */
  checkpointDir: string | undefined;
  engine: Engine;
  /** The images of `checkpointDir` (empty when it is missing). */
  images: MemberStore;
  /** Root files present, by name, as archive paths. */
  files: Partial<Record<ContainerRootFile, string>>;
  /** Other members under `root` that are not in `checkpointDir` (volumes, artifacts…). */
  otherFiles: string[];
}

export interface ArchiveLayout {
  /** The engine of all containers, `unknown` when they disagree or none is known. */
  engine: Engine;
  /** `pod`: a pod checkpoint (`pod.options`); `bare`: only CRIU images; `none`: nothing found. */
  kind: 'container' | 'pod' | 'bare' | 'none';
  containers: ContainerLayout[];
  /** Archive path of `pod.options` for a pod checkpoint. */
  podOptions?: string;
}

export interface Archive {
  /** The input's name (File name, or OpenOptions.name). */
  readonly name: string;
  /** What the input is by its bytes (for a folder: `folder`). */
  readonly inputKind: InputKind | 'folder';
  /** A phrase describing the input ("zstd-compressed data", …). */
  readonly inputDescription: string;
  readonly compression: Compression;
  /** Size of the input as given (compressed size for a compressed archive). */
  readonly inputSize: number;
  /** Where large members went: 'memory', 'opfs', 'temp file' (CLI), or 'input' when read in place. */
  readonly largeMemberStorage: string;
  /**
   * SHA-256 of the input's bytes as given (the compressed file for a compressed archive), as
   * 64 hex digits, for the chain of custody; undefined for a folder or when not asked for.
   * Writable: a caller that hashes the input later (the worker, off the open path) records it.
   */
  sha256?: string;
  readonly members: readonly ArchiveMember[];
  readonly problems: Problem[];
  readonly layout: ArchiveLayout;
  member(path: string): ArchiveMember | undefined;
  /** The member's data as a random-access source (hard links followed); undefined without data. */
  source(path: string): ByteSource | undefined;
  /** The whole member; use for small members only. */
  read(path: string): Promise<Uint8Array>;
  /** The member as UTF-8 text, or undefined when absent. */
  readText(path: string): Promise<string | undefined>;
  /** The regular files directly inside `dir` (a path ending with `/`, or `` for the top). */
  store(dir: string): MemberStore;
  /** Free large-member storage (OPFS files). */
  dispose(): Promise<void>;
}

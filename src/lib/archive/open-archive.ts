import { hashSource } from '../hash/hash-source.ts';
import { Sha256 } from '../hash/sha256.ts';
import { problem, type Problem } from '../problems.ts';
import { BlobSource, MemorySource, readExact, type ByteSource } from './byte-source.ts';
import { ArchiveContents } from './contents.ts';
import { ChunkedMemorySink, type LargeMemberSink } from './large-member-sink.ts';
import { detectLayout } from './layout.ts';
import type { MemberStore } from './member-store.ts';
import { openCompressedTar } from './open-compressed.ts';
import { openFolder } from './open-folder.ts';
import { openUncompressedTar } from './open-tar.ts';
import { SNIFF_BYTES, sniff, type InputKind } from './sniff.ts';
import type {
  Archive,
  ArchiveInput,
  ArchiveLayout,
  ArchiveMember,
  Compression,
  FolderFile,
  OpenOptions,
  OpenStage,
} from './types.ts';

function isFolder(input: ArchiveInput): input is FolderFile[] {
  return Array.isArray(input);
}

function isBlob(input: ArchiveInput): input is Blob {
  return typeof Blob !== 'undefined' && input instanceof Blob;
}

class OpenedArchive implements Archive {
  readonly members: readonly ArchiveMember[];
  sha256?: string;
  constructor(
    readonly name: string,
    readonly inputKind: InputKind | 'folder',
    readonly inputDescription: string,
    readonly compression: Compression,
    readonly inputSize: number,
    readonly largeMemberStorage: string,
    readonly problems: Problem[],
    readonly layout: ArchiveLayout,
    private readonly contents: ArchiveContents,
    private readonly sink: LargeMemberSink | undefined,
  ) {
    this.members = contents.members;
  }
  member(path: string) {
    return this.contents.member(path);
  }
  source(path: string) {
    return this.contents.source(path);
  }
  read(path: string) {
    return this.contents.read(path);
  }
  readText(path: string) {
    return this.contents.readText(path);
  }
  store(dir: string): MemberStore {
    return this.contents.store(dir);
  }
  async dispose() {
    await this.sink?.dispose();
  }
}

/**
 * Open a checkpoint: a File/Blob (tar, gzip or zstd tar, or one bare CRIU image), any
 * ByteSource, or a dropped folder. Never throws on bad input: what could not be read becomes
 * `problems`. Rejects only when `signal` aborts.
 */
export async function openArchive(
  input: ArchiveInput,
  options: OpenOptions = {},
): Promise<Archive> {
  const { onProgress, signal } = options;
  const name = options.name ?? (isBlob(input) && 'name' in input ? String(input.name) : 'input');
  signal?.throwIfAborted();

  if (isFolder(input)) {
    const contents = openFolder(input);
    const total = input.reduce((n, f) => n + f.blob.size, 0);
    onProgress?.({ stage: 'indexing', bytesRead: total, totalBytes: total });
    return finish(
      name,
      'folder',
      'a folder of files',
      'none',
      total,
      'input',
      [],
      contents,
      undefined,
    );
  }

  const source: ByteSource = isBlob(input) ? new BlobSource(input) : input;
  const total = source.size;
  const progress = (stage: OpenStage, bytesRead: number, bytesOut?: number, member?: string) =>
    onProgress?.({
      stage,
      bytesRead,
      totalBytes: total,
      ...(bytesOut !== undefined ? { bytesOut } : {}),
      ...(member !== undefined ? { member } : {}),
    });

  progress('reading', 0);
  const head = await readExact(source, 0, SNIFF_BYTES);
  const kind = sniff(head);

  if (kind.kind === 'tar') {
    const { contents, problems } = await openUncompressedTar(source, {
      signal,
      label: name,
      onOffset: (offset) => progress('indexing', offset),
    });
    return finish(
      name,
      'tar',
      kind.description,
      'none',
      total,
      'input',
      problems,
      contents,
      undefined,
    );
  }

  if (kind.kind === 'gzip' || kind.kind === 'zstd') {
    const sink = options.largeMemberSink ?? new ChunkedMemorySink();
    const opened = await openCompressedTar(source, {
      compression: kind.kind,
      sink,
      signal,
      label: name,
      ...(options.skipHash ? {} : { hash: options.createHash?.() ?? new Sha256() }),
      ...(options.gunzip ? { gunzip: options.gunzip } : {}),
      ...(options.unzstd ? { unzstd: options.unzstd } : {}),
      ...(options.keepMember ? { keepMember: options.keepMember } : {}),
      ...(options.zstdElsewhere ? { zstdElsewhere: options.zstdElsewhere } : {}),
      ...(options.limits ? { limits: options.limits } : {}),
      onProgress: (bytesIn, bytesOut, member) =>
        progress('decompressing', bytesIn, bytesOut, member),
    });
    const description = opened.innerDescription
      ? `${kind.description} holding ${opened.innerDescription}`
      : `${kind.description} holding a tar archive`;
    return finish(
      name,
      kind.kind,
      description,
      kind.kind,
      total,
      sink.kind,
      opened.problems,
      opened.contents,
      sink,
      opened.sha256,
    );
  }

  if (kind.kind === 'criu-image') {
    // One bare image: an images "directory" holding just this file.
    const contents = new ArchiveContents();
    const member = name.replace(/^.*[\\/]/, '') || 'image.img';
    contents.add(
      { path: member, type: 'file', size: total, mode: 0o644, mtime: 0, available: true },
      source,
    );
    return finish(
      name,
      'criu-image',
      kind.description,
      'none',
      total,
      'input',
      [],
      contents,
      undefined,
    );
  }

  const problems = [
    problem('not-an-archive', `${name} is ${kind.description}, not a checkpoint archive`, {
      file: name,
    }),
  ];
  return finish(
    name,
    kind.kind,
    kind.description,
    'none',
    total,
    'input',
    problems,
    new ArchiveContents(),
    undefined,
  );

  async function finish(
    archiveName: string,
    inputKind: InputKind | 'folder',
    description: string,
    compression: Compression,
    size: number,
    storage: string,
    problems: Problem[],
    contents: ArchiveContents,
    sink: LargeMemberSink | undefined,
    sha256?: string,
  ): Promise<Archive> {
    signal?.throwIfAborted();
    if (sha256 === undefined && options.sha256 && !options.skipHash && inputKind !== 'folder')
      sha256 = await hashSource(source, {
        ...(options.createHash ? { hash: options.createHash() } : {}),
        signal,
        onBytes: (n) => onProgress?.({ stage: 'hashing', bytesRead: n, totalBytes: size }),
      });
    onProgress?.({ stage: 'indexing', bytesRead: size, totalBytes: size });
    const notArchive = problems.some((p) => p.code === 'not-an-archive');
    const detected = options.skipLayout
      ? {
          layout: { engine: 'unknown', kind: 'none', containers: [] } satisfies ArchiveLayout,
          problems: [],
        }
      : await detectLayout({
          members: contents.members,
          readText: (p) => contents.readText(p),
          store: (d) => contents.store(d),
        });
    const all = notArchive ? problems : [...problems, ...detected.problems];
    const opened = new OpenedArchive(
      archiveName,
      inputKind,
      description,
      compression,
      size,
      storage,
      all,
      detected.layout,
      contents,
      sink,
    );
    if (sha256 !== undefined) opened.sha256 = sha256;
    return opened;
  }
}

/** Open an in-memory buffer (tests, the CLI on small inputs). */
export function openBytes(bytes: Uint8Array, options: OpenOptions = {}): Promise<Archive> {
  return openArchive(new MemorySource(bytes), options);
}

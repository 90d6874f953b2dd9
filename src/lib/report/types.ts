/**
 * What a report is made from: plain data, assembled by the CLI (findings and timeline) or by
 * the page (plus the case's bookmarks and artefacts), rendered by `renderReport`. Strings that
 * came from the checkpoint are hostile; the renderer escapes every one of them.
 */
import type { Finding } from '../analyses/findings/types.ts';
import type { TimelineEvent } from '../analyses/timeline/types.ts';
import type { ArtefactRecord, Bookmark } from '../case/types.ts';
import type { ContainerInfo } from '../model/types.ts';

/** The first items of a list and how long the whole list is ("N more" in the report). */
export interface Brief<T> {
  total: number;
  shown: T[];
}

/** The container's identity fields the report prints (non-empty ones only). */
export const REPORT_IDENTITY_FIELDS = [
  'name',
  'id',
  'image',
  'imageId',
  'runtime',
  'createdTime',
  'checkpointedTime',
  'podName',
  'podNamespace',
  'hostname',
  'criuVersion',
] as const satisfies readonly (keyof ContainerInfo)[];

export type ReportIdentity = Pick<ContainerInfo, 'engine'> &
  Partial<Pick<ContainerInfo, (typeof REPORT_IDENTITY_FIELDS)[number]>>;

export interface ReportProcess {
  pid: number;
  ppid: number;
  /** Depth in the process tree (0: a root), for indentation. */
  depth: number;
  comm: string;
  state: string;
  exe?: string;
  cmdline?: string;
}

export interface ReportSocket {
  pid?: number;
  fd?: number;
  protocol: string;
  state: string;
  local: string;
  remote?: string;
}

export interface ReportFileChange {
  path: string;
  type: string;
  size: number;
  mtime?: string;
}

export interface ReportContainer {
  index: number;
  /** The container's folder inside the archive (`` for a single container). */
  folder: string;
  identity: ReportIdentity;
  processes: Brief<ReportProcess>;
  /** Sockets in LISTEN state (TCP) or bound and unconnected (UDP, UNIX listeners). */
  listening: Brief<ReportSocket>;
  /** Connected TCP sockets (ESTABLISHED and the other states of a live connection). */
  established: Brief<ReportSocket>;
  /** Files the container wrote (rootfs-diff.tar). */
  changedFiles: Brief<ReportFileChange>;
  /** Files the container deleted (deleted.files). */
  deletedFiles: Brief<string>;
}

export interface ReportInput {
  /** The analysed file: name, size and SHA-256 (absent for a dropped folder). */
  input: { name: string; bytes: number; sha256?: string };
  /** cc-analyser's version (package.json). */
  version: string;
  /** When the analysis was made, ISO 8601 UTC. */
  analysedAt: string;
  /** Who made the report: the page or the CLI (which has no notes). */
  producer: 'page' | 'cli';
  containers: ReportContainer[];
  findings: Finding[];
  /** What the findings leave out, said above them (e.g. the secrets scan was not run). */
  findingsNotes?: string[];
  bookmarks: Bookmark[];
  timeline: TimelineEvent[];
  artefacts: ArtefactRecord[];
  /** Problems met while reading (damage, missing images): one line each. */
  problems: string[];
}

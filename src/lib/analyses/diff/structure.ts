/**
 * diffCheckpoints: the structural comparison of two checkpoints — everything the models
 * hold, no page contents (that is diffMemory, a separate and slower step), so a view can
 * show this at once.
 */
import { diffContainer, identityWarnings, type DiffSide } from './container.ts';
import { diffFiles } from './files.ts';
import { countStatuses } from './keyed.ts';
import { diffMaps, sizeDelta } from './maps.ts';
import { diffMounts } from './mounts.ts';
import { diffOther } from './other.ts';
import { diffProcesses } from './processes.ts';
import { diffRootFs } from './rootfs.ts';
import { diffSockets } from './sockets.ts';
import type { CheckpointDiff } from './types.ts';

export interface StructuralDiffOptions {
  /** Bytes per page for the dumped-bytes figures (the model counts pages); default 4096. */
  pageSize?: number;
}

function problemWarnings(name: string, side: DiffSide): string[] {
  const errors = side.model.problems.filter((p) => p.severity === 'error');
  if (errors.length === 0) return [];
  const first = errors[0]!;
  return [
    `${name} (${side.label}) could not be read completely: ${first.message}` +
      (errors.length > 1 ? ` (and ${errors.length - 1} more problems)` : '') +
      '; what is missing there shows as removed/added',
  ];
}

export function diffCheckpoints(
  a: DiffSide,
  b: DiffSide,
  options: StructuralDiffOptions = {},
): CheckpointDiff {
  const pageSize = options.pageSize ?? 4096;
  const container = diffContainer(a, b);
  const processes = diffProcesses(a.model.processes, b.model.processes);
  const files = diffFiles(a.model, b.model);
  const sockets = diffSockets(a.model.sockets, b.model.sockets);
  const mounts = diffMounts(a.model.mounts, b.model.mounts);
  const rootFs = diffRootFs(a.model.fsChanges, b.model.fsChanges);
  const memoryMaps = diffMaps(a.model.processes, b.model.processes, pageSize);
  const memoryPages = sizeDelta(container.a.memoryPagesSize, container.b.memoryPagesSize);
  const fsCounts = countStatuses([...rootFs.entries, ...rootFs.devShm]);
  fsCounts.added += rootFs.deleted.added.length;
  fsCounts.removed += rootFs.deleted.removed.length;
  fsCounts.unchanged += rootFs.deleted.unchanged.length;
  return {
    container,
    warnings: [
      ...identityWarnings(container),
      ...(!container.sameId && (a.model.memfds.length || b.model.memfds.length)
        ? [
            'memfds are paired by name, not by inode: inode numbers of different containers do not identify the same memfd',
          ]
        : []),
      ...problemWarnings('A', a),
      ...problemWarnings('B', b),
    ],
    memoryPages,
    checkpointSize: sizeDelta(container.a.checkpointSize, container.b.checkpointSize),
    processes,
    files,
    sockets,
    mounts,
    rootFs,
    memoryMaps,
    other: diffOther(a.model, b.model, container.sameId),
    summary: {
      processes: countStatuses(processes),
      files: countStatuses(files),
      sockets: countStatuses(sockets),
      mounts: countStatuses(mounts),
      rootFs: fsCounts,
      vmas: countStatuses(memoryMaps.flatMap((p) => p.vmas)),
      memoryPagesDelta: memoryPages.delta,
    },
  };
}

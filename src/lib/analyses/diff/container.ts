/** Container identity and dump-level facts of both sides. */
import type { CheckpointModel, DumpStats } from '../../model/types.ts';
import { compareFacts, valueText, type Facts } from './keyed.ts';
import type { CheckpointSideInfo, ContainerDiff } from './types.ts';

/** One side of a comparison: the model and what the caller knows around it. */
export interface DiffSide {
  /** How the report names this side: the archive name (and the container folder in a pod). */
  label: string;
  model: CheckpointModel;
  /** When the checkpoint was taken, if the caller knows (see `checkpointTakenAt`). */
  takenAt?: string;
  sha256?: string;
}

export function sideInfo(side: DiffSide): CheckpointSideInfo {
  const c = side.model.container;
  const info: CheckpointSideInfo = {
    label: side.label,
    engine: c.engine,
    checkpointSize: c.sizes.checkpoint,
    memoryPagesSize: c.sizes.memoryPages,
  };
  if (c.id !== undefined) info.containerId = c.id;
  if (c.name !== undefined) info.containerName = c.name;
  if (c.image !== undefined) info.image = c.image;
  if (c.createdTime !== undefined) info.createdTime = c.createdTime;
  if (c.checkpointedTime !== undefined) {
    info.checkpointTime = c.checkpointedTime;
    info.checkpointTimeSource = 'config.dump';
  } else if (side.takenAt !== undefined) {
    info.checkpointTime = side.takenAt;
    info.checkpointTimeSource = 'archive member time';
  }
  if (side.sha256 !== undefined) info.sha256 = side.sha256;
  if (c.criuVersion !== undefined) info.criuVersion = c.criuVersion;
  if (side.model.criu.dumpRunId !== undefined) info.dumpRunId = side.model.criu.dumpRunId;
  if (c.sizes.rootFsDiff !== undefined) info.rootFsDiffSize = c.sizes.rootFsDiff;
  return info;
}

const STAT_NAMES: [keyof DumpStats, string][] = [
  ['freezingTimeUs', 'freezing time (µs)'],
  ['frozenTimeUs', 'frozen time (µs)'],
  ['memdumpTimeUs', 'memdump time (µs)'],
  ['memwriteTimeUs', 'memwrite time (µs)'],
  ['pagesScanned', 'pages scanned'],
  ['pagesWritten', 'pages written'],
  ['pagesSkippedParent', 'pages skipped (in parent)'],
];

function dumpFacts(m: CheckpointModel): Facts {
  const c = m.container;
  const facts: Facts = {
    engine: c.engine,
    name: c.name,
    id: c.id,
    image: c.image,
    'image id': c.imageId,
    runtime: c.runtime,
    created: c.createdTime,
    pod: c.podName,
    namespace: c.podNamespace,
    hostname: c.hostname,
    'CRIU version': c.criuVersion,
    'CRIU image version': valueText(m.criu.imageVersion),
    'dump run id': m.criu.dumpRunId,
    architecture: m.criu.architecture,
  };
  for (const [key, label] of STAT_NAMES)
    facts[`dump stats: ${label}`] = valueText(m.criu.stats?.[key]);
  return facts;
}

export function diffContainer(a: DiffSide, b: DiffSide): ContainerDiff {
  const ca = a.model.container;
  const cb = b.model.container;
  const out: ContainerDiff = {
    sameId: ca.id === cb.id,
    a: sideInfo(a),
    b: sideInfo(b),
    changes: compareFacts(dumpFacts(a.model), dumpFacts(b.model)),
  };
  const id = cb.id ?? ca.id;
  const name = cb.name ?? ca.name;
  const image = cb.image ?? ca.image;
  if (id !== undefined) out.id = id;
  if (name !== undefined) out.name = name;
  if (image !== undefined) out.image = image;
  return out;
}

/** What the analyst must read first: comparing two different containers is allowed, not silent. */
export function identityWarnings(d: ContainerDiff): string[] {
  const out: string[] = [];
  const ida = d.a.containerId;
  const idb = d.b.containerId;
  if (!d.sameId) {
    out.push(
      ida !== undefined && idb !== undefined
        ? `different container ids: A is ${ida}, B is ${idb} (a restored copy gets a new id; otherwise these are different containers)`
        : `container id known on ${ida !== undefined ? 'A' : 'B'} only: cannot tell whether this is the same container`,
    );
  }
  if (d.a.image !== undefined && d.b.image !== undefined && d.a.image !== d.b.image)
    out.push(`different images: A runs ${d.a.image}, B runs ${d.b.image}`);
  const ta = d.a.checkpointTime;
  const tb = d.b.checkpointTime;
  if (ta !== undefined && tb !== undefined && Date.parse(tb) < Date.parse(ta))
    out.push(`B (${tb}) was taken before A (${ta}): "added" means "present in B only"`);
  return out;
}

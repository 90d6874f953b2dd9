/**
 * The timeline of an opened archive: every dated event its containers hold, in UTC, with its
 * source, sorted by time. One module per source; this file runs them per container and sorts.
 *
 * Left out on purpose (nothing honest to put on a wall clock):
 * - process start times: CRIU's task core (`tc`, schema of CRIU 4.2) records none, and the
 *   kernel's start time is in clock ticks since boot, whose wall-clock time the checkpoint
 *   does not hold (timens offsets are relative clocks, not a boot date);
 * - TCP timestamps (tcp-stream `timestamp`): the peer-visible TCP timestamp clock, with a
 *   per-connection random offset, not convertible to wall-clock time;
 * - dump.log (`(00.081219)` counts from the start of the dump) and stats-dump (durations);
 * - memfds: memfd_inode_entry holds no time.
 */
import type { Archive, ContainerLayout } from '../../archive/types.ts';
import { openContainerMemory } from '../../memory/archive-memory.ts';
import type { CheckpointMemory } from '../../memory/checkpoint-memory.ts';
import type { ContainerModel } from '../../model/from-archive.ts';
import { readFsChangeFile } from '../../model/fs-changes.ts';
import type { CheckpointModel } from '../../model/types.ts';
import { problem, type Problem } from '../../problems.ts';
import { analyseHistory } from '../history/index.ts';
import type { HistoryResult } from '../history/types.ts';
import { archiveMemberEvents } from './archive-members.ts';
import { checkpointEvents } from './checkpoint.ts';
import { containerLogEvents } from './container-log.ts';
import { deletedEvents } from './deleted.ts';
import { engineEvents } from './engine.ts';
import { readEngineFiles, type EngineFiles } from './engine-files.ts';
import { ghostEvents } from './ghosts.ts';
import { historyEvents } from './history.ts';
import { devShmEvents, rootfsEvents } from './rootfs.ts';
import { TimelineSink } from './sink.ts';
import { TIMELINE_SOURCES, type TimelineEvent } from './types.ts';

export type { TimelineEvent, TimelineSource } from './types.ts';
export { TIMELINE_SOURCES } from './types.ts';

export interface TimelineResult {
  /** Sorted by time (then source, then message): stable for equal times. */
  events: TimelineEvent[];
  problems: Problem[];
}

export interface TimelineOptions {
  /**
   * Shell history already analysed, per container in the models' order (the page has it):
   * not analysed again. Absent entries are analysed here (a read of the shells' memory).
   */
  history?: readonly (HistoryResult | undefined)[];
  signal?: AbortSignal;
}

export async function buildTimeline(
  archive: Archive,
  models: readonly ContainerModel[],
  options: TimelineOptions = {},
): Promise<TimelineResult> {
  const events: TimelineEvent[] = [];
  const problems: Problem[] = [];
  const archiveSink = new TimelineSink();
  archiveMemberEvents(archiveSink, archive);
  collect(archiveSink, events, problems);

  const pod = models.length > 1;
  for (const [i, m] of models.entries()) {
    if (options.signal?.aborted) break;
    const layout = archive.layout.containers.find((l) => l.root === m.root);
    if (!layout) continue;
    const memory = await openContainerMemory(archive, layout);
    const sink = await containerTimeline({
      archive,
      layout,
      model: m.model,
      memory,
      ...(pod ? { container: i } : {}),
      ...(options.history?.[i] ? { history: options.history[i] } : {}),
    });
    collect(sink, events, problems);
  }

  if (models.some((m) => m.model.processes.length > 0))
    problems.push(
      problem(
        'unsupported',
        'Process start times are not on the timeline: the task cores hold none (CRIU 4.2 has no start-time field in it), and the boot time a kernel start time would count from is not in the checkpoint',
        { severity: 'info' },
      ),
    );
  return { events: sortEvents(events), problems };
}

export interface ContainerTimelineInput {
  archive: Archive;
  layout: ContainerLayout;
  model: CheckpointModel;
  memory: CheckpointMemory | undefined;
  /** Index of the container in a pod (absent for a single container). */
  container?: number;
  history?: HistoryResult;
}

/** One container's events (engine, checkpoint, files, history, log), unsorted. */
export async function containerTimeline(input: ContainerTimelineInput): Promise<TimelineSink> {
  const { archive, layout, model } = input;
  const sink = new TimelineSink(input.container);
  const root = archive.store(layout.root);
  let files: EngineFiles = {};
  await sink.guard('The engine files', async () => {
    files = await readEngineFiles(root);
  });
  engineEvents(sink, files);
  const checkpoint = checkpointEvents(sink, archive, layout, files);
  rootfsEvents(sink, model.fsChanges.rootfsDiff);
  devShmEvents(sink, model.fsChanges.devShm);
  ghostEvents(sink, model.ghostFiles);
  deletedEvents(sink, model.fsChanges.deletedFiles, checkpoint);
  await sink.guard('Shell history', async () => {
    const history =
      input.history ??
      (await analyseHistory(model, input.memory, {
        readRootfsFile: (path) => readFsChangeFile(root, 'rootfs-diff.tar', path),
      }));
    historyEvents(sink, history);
  });
  await sink.guard('The container log', () => containerLogEvents(sink, root));
  return sink;
}

function collect(sink: TimelineSink, events: TimelineEvent[], problems: Problem[]): void {
  for (const e of sink.events) events.push(e);
  for (const p of sink.problems) problems.push(p);
}

const SOURCE_ORDER = new Map(TIMELINE_SOURCES.map((s, i) => [s, i]));

/** By time, then by source (engine before checkpoint…), then by message: a stable order. */
export function sortEvents(events: TimelineEvent[]): TimelineEvent[] {
  return events.sort(
    (a, b) =>
      (a.timestampUs < b.timestampUs ? -1 : a.timestampUs > b.timestampUs ? 1 : 0) ||
      SOURCE_ORDER.get(a.source)! - SOURCE_ORDER.get(b.source)! ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

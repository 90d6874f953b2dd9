/**
 * When the checkpoint was taken: the engine's `checkpointedTime` (CRI-O and checkpointctl's
 * config.dump) and the tar header time of the CRIU inventory, which CRIU writes at the end of
 * the dump (Podman leaves `checkpointedTime` unset, so this is its only record; seconds).
 * dump.log and stats-dump hold no wall-clock time: dump.log's `(00.081219)` stamps count from
 * the start of the dump and stats-dump holds durations, so neither gives an event.
 */
import type { Archive, ContainerLayout } from '../../archive/types.ts';
import { engineTime } from './engine.ts';
import type { EngineFiles } from './engine-files.ts';
import type { TimelineSink } from './sink.ts';
import { fromEpochSeconds, type WallTime } from './time.ts';

export interface CheckpointTime {
  time: WallTime;
  /** Where it was read, for the note of events derived from it. */
  from: string;
}

/** Adds the checkpoint events; returns the best checkpoint time (engine's, else the tar's). */
export function checkpointEvents(
  sink: TimelineSink,
  archive: Archive,
  layout: ContainerLayout,
  files: EngineFiles,
): CheckpointTime | undefined {
  let best: CheckpointTime | undefined;
  const engine = engineTime(
    sink,
    files.config?.checkpointedTime,
    'config.dump',
    'checkpointedTime',
  );
  if (engine) {
    sink.add(engine, {
      timestampDesc: 'Checkpoint taken',
      message: 'Checkpoint taken (config.dump checkpointedTime)',
      source: 'checkpoint',
      precision: 'recorded',
      evidence: {
        label: 'config.dump checkpointedTime',
        target: { to: 'image', name: 'config.dump' },
      },
    });
    best = { time: engine, from: 'config.dump checkpointedTime' };
  }

  if (layout.checkpointDir === undefined) return best;
  const path = `${layout.checkpointDir}inventory.img`;
  const member = archive.member(path);
  // A dropped folder's files may carry no time (0): nothing to say then.
  if (!member || !Number.isFinite(member.mtime) || member.mtime <= 0) return best;
  const written = fromEpochSeconds(BigInt(Math.floor(member.mtime)));
  if (!written) {
    sink.badTime(`${path} has an impossible member time (${member.mtime})`, path);
    return best;
  }
  sink.add(written, {
    timestampDesc: 'Checkpoint images written',
    message: 'Checkpoint images written (tar time of inventory.img, which CRIU writes last)',
    source: 'checkpoint',
    precision: 'recorded',
    note: 'archive member time, to the second',
    path,
    evidence: { label: `archive member ${path}`, target: { to: 'image', name: 'inventory.img' } },
  });
  return best ?? { time: written, from: `the archive member time of ${path}` };
}

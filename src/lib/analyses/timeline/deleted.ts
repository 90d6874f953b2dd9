/**
 * Files the container deleted (deleted.files). The list holds paths only, no time: all that
 * can honestly be said is "deleted at the latest when the checkpoint was taken", so each gets
 * the checkpoint's time, marked derived. Without a checkpoint time they get no event.
 */
import { rootfsEvidence } from '../findings/evidence.ts';
import type { CheckpointTime } from './checkpoint.ts';
import type { TimelineSink } from './sink.ts';

export function deletedEvents(
  sink: TimelineSink,
  deleted: readonly string[],
  checkpoint: CheckpointTime | undefined,
): void {
  if (deleted.length === 0) return;
  if (!checkpoint) {
    sink.badTime(
      `deleted.files names ${deleted.length} deleted file(s) but records no time, and the checkpoint's time is unknown: no events`,
      'deleted.files',
      'info',
    );
    return;
  }
  for (const path of deleted)
    sink.add(checkpoint.time, {
      timestampDesc: 'File deleted (at the latest)',
      message: `${path} deleted before the checkpoint`,
      source: 'deleted',
      precision: 'derived',
      note: `deleted.files records no time; this is the checkpoint's (${checkpoint.from}): the deletion happened at or before it`,
      path,
      evidence: rootfsEvidence(path, `deleted.files: ${path}`),
    });
}

/**
 * Deleted-but-open files: CRIU keeps a ghost file's access and modification times (a timeval,
 * to the microsecond) in ghost-file-<id>.img. memfds have no times: memfd_inode_entry records
 * none, so they give no event.
 */
import type { GhostFile } from '../../model/types.ts';
import type { TimelineSink } from './sink.ts';
import { fromEpochMicros } from './time.ts';

export function ghostEvents(sink: TimelineSink, ghosts: readonly GhostFile[]): void {
  for (const g of ghosts) {
    const image = `ghost-file-${g.ghostId.toString(16)}.img`;
    const what = `deleted-but-open file ${g.path ?? '(no path)'} (ghost file ${g.ghostId})`;
    const fileId = g.fileIds[0];
    const evidence = {
      label: `${image}: ${g.path ?? ''}`,
      ...(fileId !== undefined ? { target: { to: 'file' as const, fileId } } : {}),
    };
    for (const [us, desc, verb] of [
      [g.mtimeUs, 'File modified', 'modified'],
      [g.atimeUs, 'File accessed', 'accessed'],
    ] as const) {
      if (us === undefined) continue;
      const time = fromEpochMicros(us);
      if (!time) {
        sink.badTime(`${image}: ${verb} time out of range (${us} µs)`, image);
        continue;
      }
      sink.add(time, {
        timestampDesc: desc,
        message: `${what} ${verb}`,
        source: 'ghost',
        precision: 'recorded',
        ...(g.path !== undefined ? { path: g.path } : {}),
        evidence,
      });
    }
  }
}

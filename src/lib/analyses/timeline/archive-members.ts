/**
 * The archive's own member times (its tar headers): when the engine wrote each file into the
 * checkpoint archive. One event per distinct time, naming the members written then: a
 * checkpoint has hundreds of members and nearly all share one or two seconds.
 */
import type { Archive } from '../../archive/types.ts';
import type { TimelineSink } from './sink.ts';
import { fromEpochSeconds } from './time.ts';

/** Members named in one event's message; the rest are counted. */
const NAMED = 6;

export function archiveMemberEvents(sink: TimelineSink, archive: Archive): void {
  const bySecond = new Map<number, string[]>();
  for (const m of archive.members) {
    // A dropped folder's files may carry no time (0): nothing to say then.
    if (!Number.isFinite(m.mtime) || m.mtime <= 0) continue;
    const sec = Math.floor(m.mtime);
    let paths = bySecond.get(sec);
    if (!paths) bySecond.set(sec, (paths = []));
    paths.push(m.path);
  }
  for (const [sec, paths] of bySecond) {
    const time = fromEpochSeconds(BigInt(sec));
    if (!time) {
      sink.badTime(
        `${paths.length} archive members have an impossible time (${sec}), e.g. ${paths[0]}`,
        paths[0],
      );
      continue;
    }
    const named = paths.slice(0, NAMED).join(', ');
    const more = paths.length > NAMED ? ` and ${paths.length - NAMED} more` : '';
    sink.add(time, {
      timestampDesc: 'Archive member written',
      message: `${paths.length} archive member${paths.length === 1 ? '' : 's'} dated: ${named}${more}`,
      source: 'archive',
      precision: 'recorded',
      note: 'tar header time, to the second',
      path: paths[0]!,
      evidence: { label: `archive members: ${named}${more}` },
    });
  }
}

/**
 * Dates that are absent, impossible or not dates at all, in an archive built here from the
 * kitchen images and hand-written engine files: each is a `bad-time` problem naming its file,
 * never an event with a made-up time, never an exception; the good dates around them stay.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../../../src/lib/archive/index.ts';
import type { Archive } from '../../../../src/lib/archive/types.ts';
import { decodeImage } from '../../../../src/lib/criu/decode-image.ts';
import { encodeImage } from '../../../../src/lib/criu/encode-image.ts';
import { buildTimeline, type TimelineResult } from '../../../../src/lib/analyses/timeline/index.ts';
import { buildArchiveModels } from '../../../../src/lib/model/from-archive.ts';
import { tar, type TarSpec } from '../../archive/tar-builder.ts';
import { fixtureArchive } from '../../model/fixtures.ts';

const CHECKPOINT_SECONDS = 1796529288; // 2026-12-06T03:54:48Z

const ctrLog = [
  '2026-12-06T03:54:30.123456789+00:00 stdout F good line',
  '2026-02-30T00:00:00Z stdout F the 30th of February',
  'no time at all',
  '2026-12-06T03:54:31.5+01:00 stderr P first part, ',
  '2026-12-06T03:54:31.6+01:00 stderr F second part',
  '{"log":"json line\\n","stream":"stdout","time":"2026-12-06T03:54:32.000001Z"}',
  '{"log":"json bad","stream":"stdout","time":"soon"}',
].join('\n');

let archive: Archive;
let result: TimelineResult;

beforeAll(async () => {
  const kitchen = (await fixtureArchive('kitchen.tar.zst')).layout.containers[0]!;
  const specs: TarSpec[] = [];
  for (const m of kitchen.images.list()) {
    let data = await kitchen.images.read(m.name);
    if (m.name === 'ghost-file-1.img') {
      // A modification time in the year 31 million: no wall clock reads that.
      const d = decodeImage(data, m.name);
      (d.entries[0] as Record<string, unknown>).mtim = { tv_sec: 10n ** 15n, tv_usec: 0 };
      data = encodeImage(d);
    }
    specs.push({ name: `checkpoint/${m.name}`, data, mtime: CHECKPOINT_SECONDS });
  }
  specs.push(
    {
      name: 'config.dump',
      data: JSON.stringify({
        id: 'c0ffee',
        createdTime: '2026-13-45T99:00:00Z',
        checkpointedTime: 12345,
        restoredTime: '0001-01-01T00:00:00Z',
      }),
      mtime: CHECKPOINT_SECONDS,
    },
    {
      name: 'spec.dump',
      data: JSON.stringify({ annotations: { 'io.kubernetes.cri-o.Created': 'yesterday' } }),
      mtime: CHECKPOINT_SECONDS,
    },
    { name: 'ctr.log', data: ctrLog, mtime: CHECKPOINT_SECONDS },
    { name: 'deleted.files', data: '["/etc/gone"]', mtime: CHECKPOINT_SECONDS },
  );
  archive = await openArchive(new Blob([tar(specs).slice()]), { name: 'bad-dates.tar' });
  result = await buildTimeline(archive, await buildArchiveModels(archive));
});

const problemFor = (needle: string) =>
  result.problems.filter((p) => p.code === 'bad-time' && p.message.includes(needle));

describe('bad dates', () => {
  it('reports each unreadable engine time and makes no event of it', () => {
    expect(problemFor('config.dump createdTime is not an RFC 3339 time')).toHaveLength(1);
    expect(problemFor('config.dump checkpointedTime is not a time string')).toHaveLength(1);
    expect(problemFor('io.kubernetes.cri-o.Created is not an RFC 3339 time')).toHaveLength(1);
    expect(problemFor('config.dump createdTime')[0]!.file).toBe('config.dump');
    expect(result.events.filter((e) => e.source === 'engine')).toEqual([]);
    // Go's zero time is the engine's "never", not a bad date.
    expect(problemFor('restoredTime')).toEqual([]);
  });

  it('keeps the good log lines, joins split ones, counts the bad ones', () => {
    const log = result.events.filter((e) => e.source === 'log');
    expect(log.map((e) => [e.datetime, e.message])).toEqual([
      ['2026-12-06T02:54:31.5Z', 'stderr: first part, second part'],
      ['2026-12-06T03:54:30.123456789Z', 'stdout: good line'],
      ['2026-12-06T03:54:32.000001Z', 'stdout: json line'],
    ]);
    expect(log[1]!.timestampUs).toBe(1796529270123456n);
    const bad = problemFor('ctr.log: 2 log line(s) have an unreadable time');
    expect(bad).toHaveLength(1);
    expect(bad[0]!.message).toContain('line 2');
  });

  it("reports the ghost file's impossible time and keeps its good one", () => {
    expect(problemFor('ghost-file-1.img: modified time out of range')).toHaveLength(1);
    const ghost = result.events.filter((e) => e.source === 'ghost');
    expect(ghost.map((e) => e.timestampDesc)).toEqual(['File accessed']);
  });

  it('dates deleted files by the tar time of the images when the engine time is bad', () => {
    const deleted = result.events.filter((e) => e.source === 'deleted');
    expect(deleted.map((e) => [e.path, e.datetime, e.precision])).toEqual([
      ['/etc/gone', '2026-12-06T03:54:48Z', 'derived'],
    ]);
    expect(deleted[0]!.note).toContain('archive member time of checkpoint/inventory.img');
  });
});

/** Wall-clock parsing: exact microseconds, the source's precision kept, impossible dates refused. */
import { describe, expect, it } from 'vitest';
import { engineEvents } from '../../../../src/lib/analyses/timeline/engine.ts';
import { historyEvents } from '../../../../src/lib/analyses/timeline/history.ts';
import { TimelineSink } from '../../../../src/lib/analyses/timeline/sink.ts';
import {
  fromEpochMicros,
  fromEpochNanos,
  fromEpochSeconds,
  parseRfc3339,
} from '../../../../src/lib/analyses/timeline/time.ts';

describe('parseRfc3339', () => {
  it('keeps the digits the source wrote and cuts (never rounds) below the microsecond', () => {
    expect(parseRfc3339('2026-12-06T03:54:22.309632999Z')).toEqual({
      us: 1796529262309632n,
      datetime: '2026-12-06T03:54:22.309632999Z',
    });
    expect(parseRfc3339('2026-12-06T03:54:22Z')!.datetime).toBe('2026-12-06T03:54:22Z');
    expect(parseRfc3339('2026-12-06T03:54:22.5Z')!.us).toBe(1796529262500000n);
  });

  it('converts offsets to UTC', () => {
    expect(parseRfc3339('2026-12-06T05:54:22.1+02:00')!.datetime).toBe('2026-12-06T03:54:22.1Z');
    expect(parseRfc3339('2026-12-05T23:24:22-04:30')!.datetime).toBe('2026-12-06T03:54:22Z');
    expect(parseRfc3339('2027-01-01T00:30:00+01:00')!.datetime).toBe('2026-12-31T23:30:00Z');
  });

  it('refuses what is not a date', () => {
    for (const bad of [
      '',
      'yesterday',
      '2026-02-29T00:00:00Z', // 2026 is not a leap year
      '2026-13-01T00:00:00Z',
      '2026-12-06T24:00:00Z',
      '2026-12-06T03:54:60Z',
      '2026-12-06T03:54:22', // no zone: local to whom?
      '2026-12-06T03:54:22.1234567890Z',
      '2026-12-06T03:54:22+25:00',
      '0001-01-01T00:00:00Z',
    ])
      expect(parseRfc3339(bad), bad).toBeUndefined();
    expect(parseRfc3339('2024-02-29T00:00:00Z')).toBeDefined();
  });
});

describe('epoch counts', () => {
  it('are exact and keep their precision', () => {
    expect(fromEpochSeconds(1796529288n)!.datetime).toBe('2026-12-06T03:54:48Z');
    expect(fromEpochMicros(1796529288000001n)!.datetime).toBe('2026-12-06T03:54:48.000001Z');
    expect(fromEpochNanos(1795867970500000001n)).toEqual({
      us: 1795867970500000n,
      datetime: '2026-11-28T12:12:50.500000001Z',
    });
  });

  it('refuse years no wall clock reads', () => {
    expect(fromEpochSeconds(10n ** 15n)).toBeUndefined();
    expect(fromEpochSeconds(-(10n ** 12n))).toBeUndefined();
  });
});

describe('sources given bad values', () => {
  it("containerd's status: a non-integer or an absurd count is a problem, 0 is not-yet", () => {
    const sink = new TimelineSink();
    engineEvents(sink, {
      statusText: '{"CreatedAt": 1.5e18, "StartedAt": 99999999999999999999999, "FinishedAt": 0}',
    });
    expect(sink.events).toEqual([]);
    expect(sink.problems.map((p) => [p.code, p.file, p.message.split(':')[0]])).toEqual([
      ['bad-time', 'status', 'status CreatedAt is not a nanosecond count'],
      ['bad-time', 'status', 'status StartedAt is out of range'],
    ]);
  });

  it('a history timestamp that is no epoch time is a problem, not an event', () => {
    const sink = new TimelineSink(1);
    historyEvents(sink, {
      processes: [
        {
          pid: 7,
          comm: 'bash',
          kind: 'readline',
          notes: [],
          entries: [
            {
              pid: 7,
              index: 1,
              command: 'id',
              timestamp: 1e20,
              entryAddress: 0x1000n,
              foundBy: 'timestamp',
              inList: false,
            },
            {
              pid: 7,
              index: 2,
              command: 'w',
              timestamp: 1796529266,
              entryAddress: 0x2000n,
              foundBy: 'timestamp',
              inList: false,
            },
          ],
        },
      ],
      files: [],
      antiForensics: [],
      problems: [],
    });
    expect(sink.events.map((e) => [e.datetime, e.message, e.container])).toEqual([
      ['2026-12-06T03:54:26Z', 'pid 7 bash: w', 1],
    ]);
    expect(sink.events[0]!.note).toContain('not in the history list');
    expect(sink.problems.map((p) => p.message)).toEqual([
      'pid 7 history entry 1: timestamp #100000000000000000000 is not a plausible epoch time',
    ]);
  });
});

describe('a source that fails', () => {
  it('becomes a problem naming it; the events already found stay', async () => {
    const sink = new TimelineSink();
    engineEvents(sink, { config: { createdTime: '2026-12-06T03:54:22Z' } });
    await sink.guard('The container log', () => {
      throw new Error('member ctr.log is not available');
    });
    expect(sink.events.map((e) => e.timestampDesc)).toEqual(['Container created']);
    expect(sink.problems.map((p) => p.message)).toEqual([
      'The container log could not be read for the timeline: member ctr.log is not available',
    ]);
  });
});

/** The timeline chart's maths: lanes in source order, a domain for one instant, brushed ranges. */
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/lib/analyses/timeline/types.ts';
import { domainOf, inRange, lanesOf, rangeOfMs } from '../../../src/views/timeline/lanes.ts';

const event = (us: bigint, source: TimelineEvent['source']): TimelineEvent => ({
  datetime: '',
  timestampUs: us,
  timestampDesc: 'x',
  message: 'x',
  source,
  precision: 'recorded',
  evidence: { label: 'x' },
});

describe('timeline lanes', () => {
  it('draws the sources that have events, in the fixed order', () => {
    expect(lanesOf([event(3n, 'log'), event(1n, 'engine'), event(2n, 'log')])).toEqual([
      'engine',
      'log',
    ]);
  });

  it('gives a single instant a width of two seconds', () => {
    expect(domainOf([event(5_000_000n, 'engine')])).toEqual([4000, 6000]);
  });

  it('brushed milliseconds become whole microseconds that include both ends', () => {
    const r = rangeOfMs(1000.0004, 2000.0006);
    expect(r).toEqual({ from: 1000000n, to: 2000001n });
    const events = [event(999_999n, 'log'), event(1_000_000n, 'log'), event(2_000_001n, 'log')];
    expect(inRange(events, r).map((e) => e.timestampUs)).toEqual([1_000_000n, 2_000_001n]);
  });
});

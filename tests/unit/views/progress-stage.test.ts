import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../src/components/format.ts';
import { inputAllRead, progressStage } from '../../../src/components/progress-stage.ts';

describe('open progress stage line', () => {
  it('names the member being written while the input is still being read', () => {
    const line = progressStage({
      stage: 'decompressing',
      bytes: 10,
      total: 100,
      out: 400,
      member: 'checkpoint/pages-1.img',
    });
    expect(line).toBe('decompressing checkpoint/pages-1.img…');
  });

  it('says the decoder is still writing once the input is all read (not a finished 100 %)', () => {
    const report = {
      stage: 'decompressing',
      bytes: 100,
      total: 100,
      out: 3 * 1024 * 1024 * 1024,
      member: 'checkpoint/pages-2.img',
    };
    expect(inputAllRead(report)).toBe(true);
    const line = progressStage(report);
    expect(line).toContain('checkpoint/pages-2.img');
    expect(line).toContain('the decoder is still writing');
    expect(line).toContain(`${formatBytes(report.out)} unpacked so far`);
  });

  it('keeps other stages as they are', () => {
    expect(progressStage({ stage: 'indexing tar', bytes: 5, total: 10 })).toBe('indexing tar…');
    expect(inputAllRead({ bytes: 5, total: 0 })).toBe(false);
  });
});

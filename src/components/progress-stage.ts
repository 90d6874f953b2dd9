import type { ProgressReport } from '../../workers/protocol.ts';
import { formatBytes } from './format.ts';

/**
 * The stage line of the open progress. A compressed input is read ahead of the decoder, so
 * a long zstd stream reaches "100 %" of its input while the decoder is still writing members
 * (Podman's pages-*.img come first): then the line names what is really going on — the member
 * being written and the bytes unpacked — instead of a finished-looking read.
 */
export function progressStage(
  report: Pick<ProgressReport, 'stage' | 'bytes' | 'total' | 'out' | 'member'>,
): string {
  const writing = report.member ? ` ${report.member}` : '';
  if (report.stage !== 'decompressing') return `${report.stage}${writing}…`;
  if (inputAllRead(report)) {
    const out = report.out ? `, ${formatBytes(report.out)} unpacked so far` : '';
    return `decompressing${writing} (input read; the decoder is still writing${out})…`;
  }
  return `decompressing${writing}…`;
}

/** The whole input has been read while the stage still works on it. */
export function inputAllRead(report: Pick<ProgressReport, 'bytes' | 'total'>): boolean {
  return report.total > 0 && report.bytes >= report.total;
}

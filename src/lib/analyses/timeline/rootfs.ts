/**
 * Files the container wrote: the modification times in rootfs-diff.tar's headers (and in
 * devshm-checkpoint.tar's, the container's /dev/shm). Tar keeps whole seconds (a pax mtime's
 * fraction is cut by the tar reader), so these events are to the second, as `tar tvf` shows.
 */
import type { TarListing } from '../../model/types.ts';
import { rootfsEvidence } from '../findings/evidence.ts';
import type { TimelineSink } from './sink.ts';
import { fromEpochSeconds, parseRfc3339 } from './time.ts';

export function rootfsEvents(sink: TimelineSink, listing: TarListing | undefined): void {
  if (listing) listingEvents(sink, listing, '');
}

export function devShmEvents(sink: TimelineSink, listing: TarListing | undefined): void {
  if (listing) listingEvents(sink, listing, '/dev/shm/');
}

function listingEvents(sink: TimelineSink, listing: TarListing, prefix: string): void {
  for (const e of listing.entries) {
    const parsed = e.mtime !== undefined ? parseRfc3339(e.mtime) : undefined;
    // The model writes whole tar seconds as an ISO string with milliseconds: back to seconds.
    const time = parsed && fromEpochSeconds(parsed.us / 1_000_000n);
    if (!time) {
      sink.badTime(
        `${listing.member}: ${e.path} has no readable modification time (${e.mtime ?? 'none'})`,
        listing.member,
      );
      continue;
    }
    const path = prefix ? prefix + e.path.replace(/^\.(\/|$)/, '') : e.path;
    const size = e.type === 'file' ? ` (${e.size} bytes)` : '';
    sink.add(time, {
      timestampDesc: 'File modified',
      message: `${e.type} ${path}${size} modified${e.linkTarget ? ` → ${e.linkTarget}` : ''}`,
      source: 'rootfs',
      precision: 'recorded',
      note: `${listing.member} header time, to the second`,
      path,
      evidence: prefix
        ? { label: `${listing.member}: ${e.path}` }
        : rootfsEvidence(e.path, `${listing.member}: ${e.path}`),
    });
  }
}

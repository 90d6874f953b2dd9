import type { EvidenceTarget } from '../../lib/analyses/findings/types.ts';
import { href } from '../../state/route.svelte.ts';
import { memoryHref } from '../memory/memory-route.ts';

/** The view a piece of evidence links to, where the page has one. */
export function evidenceHref(t: EvidenceTarget | undefined, container = 0): string | undefined {
  switch (t?.to) {
    case 'address':
      return memoryHref({ pid: t.pid, container, address: t.address });
    case 'process':
      return href('process', String(t.pid));
    case 'fd':
      return href('process', String(t.pid), 'files');
    case 'socket':
      return href('sockets');
    case 'rootfs':
      return href('fs');
    case 'file':
      return href('files');
    case 'vma':
      return memoryHref({ pid: t.pid, container, address: t.start });
    default:
      return undefined;
  }
}

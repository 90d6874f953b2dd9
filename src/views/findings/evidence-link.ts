/**
 * Where a piece of evidence opens in the page: the process page and its tabs, the sockets
 * and files views, the hex view at an address, the FS diff, the images browser.
 */
import type { EvidenceTarget } from '../../lib/analyses/findings/types.ts';
import { href } from '../../state/route.svelte.ts';
import { memoryHref } from '../memory/memory-route.ts';

export function evidenceHref(t: EvidenceTarget | undefined, container = 0): string | undefined {
  if (!t) return undefined;
  switch (t.to) {
    case 'process':
      return href('process', String(t.pid));
    case 'fd':
      return href('process', String(t.pid), 'files');
    case 'socket':
      return href('sockets');
    case 'vma':
      return memoryHref({ pid: t.pid, container, address: t.start });
    case 'address':
      return memoryHref({ pid: t.pid, container, address: t.address });
    case 'rootfs':
      return href('fs', t.path);
    case 'file':
      return href('files');
    case 'image':
      return href('images', String(container), t.name);
  }
}

import { describe, expect, it } from 'vitest';
import { openBytes } from '../../../src/lib/archive/open-archive.ts';
import { openArchiveMemory } from '../../../src/lib/memory/archive-memory.ts';
import { PE_PARENT, PE_PRESENT } from '../../../src/lib/memory/pagemap-index.ts';
import { tar, type TarSpec } from '../archive/tar-builder.ts';
import { FakeCheckpoint, PAGE, decodeFake, pagesData, pe, vma } from './fake-checkpoint.ts';

/** An incremental dump in `checkpoint/` whose parent link points at `pre-checkpoint/`. */
function archive(link: 'symlink' | 'directory' | 'absolute' | 'none'): Uint8Array {
  const child = new FakeCheckpoint([
    {
      pid: 1,
      vmas: [vma(0x10000n, 0x12000n)],
      pagemap: [pe(0x10000n, 1, PE_PRESENT), pe(0x11000n, 1, PE_PARENT)],
    },
  ]).raw('pages-1.img', pagesData(1, 1));
  const parent = new FakeCheckpoint([
    { pid: 1, vmas: [vma(0x10000n, 0x12000n)], pagemap: [pe(0x10000n, 2, PE_PRESENT)] },
  ]).raw('pages-1.img', pagesData(2, 2));
  const specs: TarSpec[] = [...child.files].map(([n, data]) => ({ name: `checkpoint/${n}`, data }));
  const parentDir = link === 'directory' ? 'checkpoint/parent' : 'pre-checkpoint';
  if (link !== 'none') {
    specs.push(...[...parent.files].map(([n, data]) => ({ name: `${parentDir}/${n}`, data })));
  }
  if (link === 'symlink')
    specs.push({ name: 'checkpoint/parent', type: '2', linkname: '../pre-checkpoint' });
  if (link === 'absolute')
    specs.push({ name: 'checkpoint/parent', type: '2', linkname: '/var/lib/x/pre-checkpoint' });
  return tar(specs);
}

describe('PE_PARENT through a parent link in an archive', () => {
  it.each(['symlink', 'directory'] as const)('reads parent pages via a %s', async (link) => {
    const [c] = await openArchiveMemory(await openBytes(archive(link)), { decode: decodeFake });
    const r = await c.mem.read(1, 0x10000n, 2 * PAGE);
    expect(r.segments.map((s) => s.kind)).toEqual(['dumped', 'parent']);
    expect(r.bytes.subarray(PAGE)).toEqual(pagesData(2, 2).subarray(PAGE));
    expect(c.mem.problems.map((p) => p.code)).not.toContain('parent-missing');
  });

  it.each(['absolute', 'none'] as const)('reports parent-missing with %s link', async (link) => {
    const [c] = await openArchiveMemory(await openBytes(archive(link)), { decode: decodeFake });
    const r = await c.mem.read(1, 0x10000n, 2 * PAGE);
    expect(r.segments.map((s) => s.kind)).toEqual(['dumped', 'parent-missing']);
    expect(c.mem.problems.map((p) => p.code)).toContain('parent-missing');
  });
});

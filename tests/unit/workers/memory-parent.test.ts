/**
 * The page reads a pre-dump's pages the way the CLI does: Podman links an incremental
 * checkpoint to its parent with `checkpoint/parent -> ../pre-checkpoint`, and PE_PARENT pages
 * must come from there in the worker too (they read as parent-missing before, in the page
 * only). The checkpoint is built in code with real images.
 */
import { describe, expect, test } from 'vitest';
import { encodeImage } from '../../../src/lib/criu/encode-image.ts';
import type { Entry } from '../../../src/lib/criu/types.ts';
import { PE_PARENT, PE_PRESENT } from '../../../src/lib/memory/pagemap-index.ts';
import { createAnalyserApi } from '../../../workers/api.ts';
import { tar, type TarSpec } from '../archive/tar-builder.ts';

const PAGE = 4096;
const BASE = 0x10000n;
const image = (magic: string, entries: Entry[]) => encodeImage({ magic, entries, problems: [] });

/** One process with a two-page anonymous VMA; `pagemap` says where each page is. */
function imagesDir(dir: string, pagemap: Entry[], pages: Uint8Array): TarSpec[] {
  const files: [string, Uint8Array][] = [
    ['pstree.img', image('PSTREE', [{ pid: 1, ppid: 0, pgid: 1, sid: 1, threads: [1] }])],
    [
      'mm-1.img',
      image('MM', [
        {
          mm_start_code: BASE,
          mm_end_code: BASE,
          mm_start_data: BASE,
          mm_end_data: BASE,
          mm_start_stack: BASE,
          mm_start_brk: BASE,
          mm_brk: BASE,
          mm_arg_start: BASE,
          mm_arg_end: BASE,
          mm_env_start: BASE,
          mm_env_end: BASE,
          exe_file_id: 0,
          vmas: [
            {
              start: BASE,
              end: BASE + 2n * BigInt(PAGE),
              pgoff: 0n,
              shmid: 0n,
              prot: 3,
              flags: 0x22, // MAP_PRIVATE | MAP_ANONYMOUS
              status: 0x201, // VMA_AREA_REGULAR | VMA_ANON_PRIVATE
              fd: -1n,
            },
          ],
        },
      ]),
    ],
    ['pagemap-1.img', image('PAGEMAP', [{ pages_id: 1 }, ...pagemap])],
    ['pages-1.img', pages],
  ];
  return files.map(([name, data]) => ({ name: `${dir}/${name}`, data }));
}

const filled = (pages: number, byte: number) => new Uint8Array(pages * PAGE).fill(byte);

describe('PE_PARENT pages in the page (worker)', () => {
  test('are read from the pre-dump that checkpoint/parent links to', async () => {
    const archive = tar([
      ...imagesDir(
        'checkpoint',
        [
          { vaddr: BASE, compat_nr_pages: 0, nr_pages: 1n, flags: PE_PRESENT },
          { vaddr: BASE + BigInt(PAGE), compat_nr_pages: 0, nr_pages: 1n, flags: PE_PARENT },
        ],
        filled(1, 0xaa),
      ),
      ...imagesDir(
        'pre-checkpoint',
        [{ vaddr: BASE, compat_nr_pages: 0, nr_pages: 2n, flags: PE_PRESENT }],
        filled(2, 0xbb),
      ),
      { name: 'checkpoint/parent', type: '2', linkname: '../pre-checkpoint' },
    ]);
    const api = createAnalyserApi();
    expect((await api.open(new File([new Uint8Array(archive)], 'incremental.tar'))).status).toBe(
      'opened',
    );
    const { processes } = await api.memoryProcesses();
    const proc = processes.find((p) => p.root === '' || p.root.startsWith('checkpoint'));
    expect(proc).toBeDefined();
    const window = await api.memoryRead(proc!.container, 1, BASE, 2 * PAGE);
    expect(window.segments.map((s) => s.kind)).toEqual(['dumped', 'parent']);
    expect(window.bytes[0]).toBe(0xaa);
    expect(window.bytes[PAGE]).toBe(0xbb);
  });
});

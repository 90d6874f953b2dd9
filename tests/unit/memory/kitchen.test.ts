import { beforeAll, describe, expect, it } from 'vitest';
import type { MemberStore } from '../../../src/lib/archive/member-store.ts';
import { toBigInt } from '../../../src/lib/memory/addr.ts';
import type { CheckpointMemory } from '../../../src/lib/memory/checkpoint-memory.ts';
import { allMatches, ascii, decoded, fixtureMemory, text } from './fixture-memory.ts';

/**
 * workloads/kitchen-sink.c: pid 1 fills its heap, maps 64 KiB of MAP_SHARED|MAP_ANONYMOUS
 * memory, then forks 6 (ks-worker, which forks 11 ks-grandchild) and 10 (exec'd sleep).
 * Forked children keep copies of the parent's memory; the exec'd sleep does not.
 */
describe('kitchen: canaries in the right processes', () => {
  let mem: CheckpointMemory;
  let store: MemberStore;
  /** Processes holding `s` at least once (one search per process, stopping at the first hit). */
  const pidsWith = async (s: string) => {
    const out: number[] = [];
    for (const pid of mem.pids()) {
      if ((await allMatches(mem, text(s), { pids: [pid], maxMatches: 1 })).length) out.push(pid);
    }
    return out.sort((a, b) => a - b);
  };

  beforeAll(async () => {
    ({ mem, store } = await fixtureMemory('kitchen.tar.zst'));
  }, 60_000);

  it('lists the processes with their page size and no problems', () => {
    expect(mem.pids()).toEqual([1, 6, 11, 10]);
    expect(mem.processes().map((p) => p.comm)).toEqual([
      'kitchen-sink',
      'ks-worker',
      'ks-grandchild',
      'sleep',
    ]);
    expect(mem.process(1)).toMatchObject({ pageSize: 4096, pageSizeSource: 'auxv AT_PAGESZ' });
    expect(mem.problems).toEqual([]);
  });

  it('finds the heap canaries in pid 1 and its forked children, not in the exec-ed sleep', async () => {
    expect(await pidsWith('HEAP-CANARY-0123456789abcdef')).toEqual([1, 6, 11]);
    const key = await allMatches(mem, text('{"api_key":"sk-test-51f0c0ffee"}'));
    expect(key.map((m) => m.pid).sort()).toEqual([1, 11, 6]);
    // The key is at heap + 4096*3 + 100. The main loop flips heap[0] ('H' ^ 1), so the first
    // whole pattern copy starts one 29-byte pattern later, at heap + 29.
    const [first] = await allMatches(mem, text('HEAP-CANARY-'), { pids: [1], maxMatches: 1 });
    const m1 = key.find((m) => m.pid === 1)!;
    expect(m1.address - (first.address - 29n)).toBe(4096n * 3n + 100n);
    expect(ascii((await mem.read(1, first.address - 29n, 12)).bytes)).toMatch(/^[HI]EAP-CANARY-$/);
    expect(m1.vma).toBe(first.vma);
    const r = await mem.read(1, m1.address, 32);
    expect(ascii(r.bytes)).toBe('{"api_key":"sk-test-51f0c0ffee"}');
  });

  it('finds the grandchild canary only in pid 11', async () => {
    expect(await pidsWith('GRANDCHILD-CANARY-5d1e')).toEqual([11]);
  });

  it('finds argv and env canaries inside mm arg/env ranges', async () => {
    const mm = await decoded(store, 'mm-1.img');
    const [argv] = await allMatches(mem, text('--token=argv-canary-19c2'), { pids: [1] });
    expect(argv.address).toBeGreaterThanOrEqual(toBigInt(mm.mm_arg_start)!);
    expect(argv.address).toBeLessThan(toBigInt(mm.mm_arg_end)!);
    const [env] = await allMatches(mem, text('FORENSIC_MARKER=env-canary-7f3a'), { pids: [1] });
    expect(env.address).toBeGreaterThanOrEqual(toBigInt(mm.mm_env_start)!);
    expect(env.address).toBeLessThan(toBigInt(mm.mm_env_end)!);
    expect(await pidsWith('--token=argv-canary-19c2')).toEqual([1, 6, 11]);
    // exec keeps the environment: sleep has the env canary but not the argv one.
    expect(await pidsWith('FORENSIC_MARKER=env-canary-7f3a')).toEqual([1, 6, 10, 11]);
  });

  it('finds the MAP_SHARED anonymous canary through pagemap-shmem, at the VMA start, in 1, 6 and 11', async () => {
    const hits = await allMatches(mem, text('SHARED-ANON-CANARY '), { maxMatches: 100_000 });
    expect([...new Set(hits.map((m) => m.pid))].sort()).toEqual([1, 11, 6]);
    for (const pid of [1, 6, 11]) {
      const mine = hits.filter((m) => m.pid === pid);
      const vma = mine[0].vma!;
      // The kernel shows a shared anonymous mapping as a /dev/zero shmem file; CRIU dumps it
      // as a memfd whose contents are in pagemap-shmem-<id>, mapped at pgoff 0.
      expect(vma).toMatchObject({
        kind: 'memfd',
        perms: 'rw-s',
        sharedObject: 'pagemap-shmem-21.img',
      });
      expect(mine[0].address).toBe(vma.start);
      // 64 KiB of a 19-byte pattern: floor(65536 / 19) whole copies.
      expect(mine).toHaveLength(Math.floor(65536 / 19));
      const r = await mem.read(pid, vma.start, 19);
      expect(r.segments[0]).toMatchObject({
        kind: 'dumped',
        source: { image: 'pages-1.img', offset: 0 },
      });
    }
  });

  it('says what the rest of an address space is', async () => {
    const vmas = mem.vmas(10);
    const stack = vmas.find((v) => v.kind === 'stack')!;
    const segs = mem.describe(10, stack.start, stack.end - stack.start);
    expect(segs.some((s) => s.kind === 'not-dumped')).toBe(true);
    expect(segs.some((s) => s.kind === 'dumped')).toBe(true);
    const text = vmas.find((v) => v.kind === 'file-private' && v.perms === 'r-xp')!;
    expect(text.backing).toBe('/bin/busybox');
    // Clean file pages are not in the images: a read says so instead of showing zeros as data.
    const clean = mem
      .describe(10, text.start, text.end - text.start)
      .find((s) => s.kind === 'not-dumped')!;
    const r = await mem.read(10, clean.address, 4096);
    expect(r.segments.map((s) => [s.kind, s.vma])).toEqual([['not-dumped', text.index]]);
    expect(r.bytes.every((b) => b === 0)).toBe(true);
    const below = await mem.read(10, 0n, 16);
    expect(below.segments.map((s) => s.kind)).toEqual(['unmapped']);
  });
});

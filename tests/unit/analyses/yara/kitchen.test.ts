import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { yaraFindings } from '../../../../src/lib/analyses/yara/findings.ts';
import { loadYaraEngine } from '../../../../src/lib/analyses/yara/engine.ts';
import { scanYara, type YaraBatch, type YaraHit } from '../../../../src/lib/analyses/yara/scan.ts';
import { searchMemory } from '../../../../src/lib/memory/search.ts';
import {
  compiled,
  filesOf,
  latin1,
  openFixture,
  pidsOf,
  rulesFile,
  scanAll,
  type OpenedFixture,
  type ScanResult,
} from './fixture-scan.ts';

/**
 * tests/fixtures/kitchen.tar.zst scanned with rules/kitchen.yar (one rule per YARA feature).
 * Expected pids and addresses come from workloads/kitchen-sink.c and from the memory
 * search, an independent matcher over the same dumped bytes.
 */
describe('YARA over kitchen.tar.zst', () => {
  let opened: OpenedFixture;
  let all: ScanResult;
  beforeAll(async () => {
    opened = await openFixture('kitchen.tar.zst');
    const rules = await compiled(fs.readFileSync(rulesFile('kitchen.yar')));
    all = await scanAll(opened, rules);
  }, 600_000);

  const memHits = (rule: string) =>
    all.hits.filter((h) => h.rule === rule && h.target.kind === 'memory');

  it('finds the heap canary in pids 1, 6 and 11, at the addresses the memory search finds', async () => {
    expect(pidsOf(all.hits, 'heap_canary')).toEqual([1, 6, 11]);
    const mem = opened.memories[0].mem;
    for (const pid of [1, 6, 11]) {
      const search: bigint[] = [];
      for await (const b of searchMemory(
        mem,
        { kind: 'text', text: 'HEAP-CANARY-0123456789abcdef' },
        { pids: [pid], maxMatches: 10_000_000 },
      ))
        for (const m of b.matches) search.push(m.address);
      const hits = memHits('heap_canary').filter(
        (h) => h.target.kind === 'memory' && h.target.pid === pid,
      );
      const count = hits.reduce((n, h) => n + h.stringCount, 0);
      expect(count).toBe(search.length);
      const kept = hits.flatMap((h) => h.strings.map((s) => s.address!));
      const found = new Set(search);
      for (const a of kept) expect(found.has(a)).toBe(true);
      for (const h of hits) {
        expect(h.target.kind === 'memory' && h.target.address).toBe(h.strings[0].address);
        for (const s of h.strings) {
          expect(latin1(s.bytes)).toBe('HEAP-CANARY-0123456789abcdef');
          // Offsets are VMA-relative, as in vmayarascan.
          if (h.target.kind === 'memory')
            expect(BigInt(s.offset)).toBe(s.address! - h.target.vmaStart);
        }
      }
    }
    const h = memHits('heap_canary')[0];
    expect(h.tags).toEqual(['canary', 'heap']);
    expect(h.meta).toContainEqual({ key: 'severity', value: 'high' });
  });

  it('matches hex with a wildcard and a jump, regex, nocase and ascii-wide at the right pids', () => {
    expect(pidsOf(all.hits, 'api_key_hex')).toEqual([1, 6, 11]);
    for (const h of memHits('api_key_hex'))
      for (const s of h.strings) expect(latin1(s.bytes)).toBe('{"api_key":"sk-test-51f0c0ffee');
    expect(pidsOf(all.hits, 'argv_token_regex')).toEqual([1, 6, 11]);
    expect(memHits('argv_token_regex')[0].strings[0].length).toBe(
      '--token=argv-canary-19c2'.length,
    );
    // exec keeps the environment: sleep (10) has the env canary, as the search finds.
    expect(pidsOf(all.hits, 'env_marker_nocase')).toEqual([1, 6, 10, 11]);
    expect(latin1(memHits('env_marker_nocase')[0].strings[0].bytes)).toBe(
      'FORENSIC_MARKER=env-canary-7f3a',
    );
    expect(pidsOf(all.hits, 'grandchild_ascii_wide')).toEqual([11]);
  });

  it('evaluates `at 0` against the VMA start: the MAP_SHARED canary in 1, 6 and 11 and the memfd', () => {
    const hits = memHits('shared_anon_at_start');
    expect(pidsOf(all.hits, 'shared_anon_at_start')).toEqual([1, 6, 11]);
    for (const h of hits) {
      if (h.target.kind !== 'memory') continue;
      expect(h.target.address).toBe(h.target.vmaStart);
      expect(h.strings[0].offset).toBe(0);
    }
    expect(filesOf(all.hits, 'shared_anon_at_start')).toEqual([
      'shared anonymous memory (memfd 1)',
    ]);
  });

  it('finds the ghost file (count, offset, filesize), the rootfs-diff files and every buffer', () => {
    expect(filesOf(all.hits, 'ghost_file_once')).toEqual(['ghost file /tmp/deleted.txt (deleted)']);
    expect(pidsOf(all.hits, 'ghost_file_once')).toEqual([]);
    expect(filesOf(all.hits, 'rootfs_motd')).toEqual(['rootfs-diff.tar: etc/motd']);
    const motd = all.hits.find((h) => h.rule === 'rootfs_motd')!;
    expect(motd.target).toMatchObject({
      kind: 'file',
      offset: 0,
      ref: { kind: 'fs', member: 'rootfs-diff.tar', path: 'etc/motd' },
    });
    expect(filesOf(all.hits, 'rootfs_newfile_md5')).toEqual(['rootfs-diff.tar: srv/newfile.txt']);
    const buffers = all.hits.filter((h) => h.rule === 'buffers');
    expect(buffers.every((h) => h.target.kind === 'file')).toBe(true);
    const byString = Object.fromEntries(
      buffers.map((h) => [h.strings[0].identifier, h.target.kind === 'file' ? h.target.label : '']),
    );
    expect(byString.$pipe).toMatch(/^pipe pipe:\[\d+\] buffer$/);
    expect(byString.$fifo).toBe('fifo /tmp/ff buffer');
    expect(byString.$memfd).toBe('memfd:ks-memfd');
    expect(byString.$tcp).toMatch(/^socket TCP 127\.0\.0\.1:8080 .* receive queue$/);
    expect(byString.$dgram).toMatch(/^socket UNIX DGRAM .* queued packet 1$/);
  });

  it('says how much of each VMA was scanned: only dumped bytes, all of them', () => {
    const mem = opened.memories[0].mem;
    const vmaCount = mem.pids().reduce((n, pid) => n + mem.vmas(pid).length, 0);
    expect(all.coverage).toHaveLength(vmaCount);
    for (const c of all.coverage) {
      const dumped = mem
        .describe(c.pid, c.start, c.end - c.start)
        .filter((s) => s.kind === 'dumped' || s.kind === 'parent')
        .reduce((n, s) => n + s.length, 0);
      expect(c.dumped).toBe(dumped);
      expect(c.scanned).toBe(dumped);
    }
    expect(all.coverage.some((c) => c.dumped < Number(c.end - c.start))).toBe(true);
    const files = opened.files.reduce((n, f) => n + f.size, 0);
    expect(all.last!.scannedBytes).toBe(all.coverage.reduce((n, c) => n + c.scanned, 0) + files);
    expect(all.last!.scannedBytes).toBe(all.last!.totalBytes);
    expect(all.last!.done).toBe(true);
  });

  it('maps hits to findings with the rule severity and links to addresses and files', () => {
    const findings = yaraFindings(all);
    expect(findings).toHaveLength(all.hits.length);
    const heap = findings.find((f) => f.rule.id === 'yara.heap_canary' && f.pid === 1)!;
    expect(heap.severity).toBe('high');
    expect(heap.rule.why).toBe("The kitchen sink's heap canary");
    expect(heap.evidence[0].target).toMatchObject({ to: 'vma', pid: 1 });
    expect(heap.evidence[1].target).toMatchObject({ to: 'address', pid: 1, length: 28 });
    expect(findings.find((f) => f.rule.id === 'yara.env_marker_nocase')!.severity).toBe('low');
    expect(findings.find((f) => f.rule.id === 'yara.argv_token_regex')!.severity).toBe('medium');
    const ghost = findings.find((f) => f.rule.id === 'yara.ghost_file_once')!;
    expect(ghost.severity).toBe('info');
    expect(ghost.evidence[0].target).toMatchObject({ to: 'file', offset: 0 });
    const motd = findings.find((f) => f.rule.id === 'yara.rootfs_motd')!;
    expect(motd.evidence[0].target).toEqual({ to: 'rootfs', path: 'etc/motd', offset: 0 });
  });

  it('scopes a scan to one process and to one VMA', async () => {
    const rules = await compiled(
      'rule c { strings: $e = "FORENSIC_MARKER=env-canary-7f3a" condition: $e }',
    );
    const one = await scanAll(opened, rules, { pid: 6 });
    expect(one.hits.map((h) => h.target.kind === 'memory' && h.target.pid)).toEqual([6]);
    expect(new Set(one.coverage.map((c) => c.pid))).toEqual(new Set([6]));
    const target = one.hits[0].target as Extract<YaraHit['target'], { kind: 'memory' }>;
    const vma = await scanAll(opened, rules, { pid: 6, vma: target.vma });
    expect(vma.coverage.map((c) => c.vma)).toEqual([target.vma]);
    expect(vma.hits.map((h) => h.strings[0].address)).toEqual([one.hits[0].strings[0].address]);
    expect(vma.last!.totalBytes).toBe(vma.coverage[0].dumped);
  }, 300_000);

  it('stops when cancelled: nothing after the abort, and no final batch', async () => {
    const rules = await compiled('rule c { strings: $t = "HEAP-CANARY" condition: $t }');
    const engine = await loadYaraEngine();
    const stop = new AbortController();
    const batches: YaraBatch[] = [];
    for await (const b of scanYara(engine, rules, opened.memories, opened.files, {
      signal: stop.signal,
    })) {
      batches.push(b);
      stop.abort();
    }
    expect(batches).toHaveLength(1);
    expect(batches[0].done).toBe(false);
    const before = await scanAll(opened, rules, { signal: stop.signal });
    expect(before.hits).toEqual([]);
    expect(before.last).toBeUndefined();
  });
});

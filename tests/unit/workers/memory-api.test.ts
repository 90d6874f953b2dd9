/**
 * The memory API through `createAnalyserApi()`, called as the page calls it (minus Comlink),
 * on real fixtures. Facts: workloads/kitchen-sink.c (heap canary in pid 1 and its forked
 * children, a 64 KiB shared anonymous mapping) and workloads/memhog.c (16 needles, 16 MiB
 * apart, in one 256 MiB buffer).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyserApi, type AnalyserApi } from '../../../workers/api.ts';
import type {
  SearchHit,
  SearchProgress,
  StringsPage,
  SearchRequest,
} from '../../../workers/memory-protocol.ts';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');
const latin1 = (b: Uint8Array) => new TextDecoder('latin1').decode(b);
const MiB = 1n << 20n;

async function opened(name: string): Promise<AnalyserApi> {
  const api = createAnalyserApi();
  const file = new File([readFileSync(path.join(FIXTURES, name))], name);
  expect((await api.open(file)).status).toBe('opened');
  return api;
}

async function searchAll(api: AnalyserApi, request: SearchRequest) {
  const reports: SearchProgress[] = [];
  const outcome = await api.runJob('search', request, (p) => reports.push(p));
  return { outcome, reports, hits: reports.flatMap((r) => r.hits) };
}

describe('memory API on kitchen.tar.zst', () => {
  let api: AnalyserApi;
  beforeAll(async () => {
    api = await opened('kitchen.tar.zst');
  }, 60_000);

  it('lists processes with VMAs, kinds and dumped bytes', async () => {
    const { processes, problems } = await api.memoryProcesses();
    expect(problems).toEqual([]);
    expect(processes.map((p) => [p.container, p.pid, p.comm])).toEqual([
      [0, 1, 'kitchen-sink'],
      [0, 6, 'ks-worker'],
      [0, 11, 'ks-grandchild'],
      [0, 10, 'sleep'],
    ]);
    const p1 = processes[0]!;
    const kinds = new Set(p1.vmas.map((v) => v.kind));
    for (const k of ['heap', 'stack', 'memfd', 'anon-private', 'file-private', 'vdso'] as const) {
      expect(kinds).toContain(k);
    }
    for (const v of p1.vmas) {
      expect(v.start).toBeLessThan(v.end);
      expect(v.dumpedBytes).toBeLessThanOrEqual(Number(v.end - v.start));
      expect(v.dumpedBins.length).toBeGreaterThan(0);
      expect(v.dumpedBins.length).toBeLessThanOrEqual(128);
      // The bins account for exactly the dumped bytes.
      const size = Number(v.end - v.start);
      const fromBins = v.dumpedBins.reduce((n, f) => n + (f * size) / v.dumpedBins.length, 0);
      expect(Math.round(fromBins)).toBe(v.dumpedBytes);
    }
    expect(p1.dumpedBytes).toBe(p1.vmas.reduce((n, v) => n + v.dumpedBytes, 0));
    const heap = p1.vmas.find((v) => v.kind === 'heap')!;
    expect(heap.dumpedBytes).toBeGreaterThan(0);
  });

  it('finds the heap canary in pid 1 and its forked children, streamed with progress', async () => {
    const { outcome, reports, hits } = await searchAll(api, {
      query: { kind: 'text', text: 'HEAP-CANARY-0123456789abcdef' },
      pid: 6,
      maxMatches: 1_000_000,
      maxPerProcess: 1_000_000,
    });
    expect(outcome).toEqual({ id: expect.any(Number), completed: true });
    const last = reports.at(-1)!;
    expect(last).toMatchObject({ done: true, truncated: false });
    expect(last.scannedBytes).toBe(last.totalBytes);
    expect(last.totalBytes).toBeGreaterThan(8 << 20);
    for (let i = 1; i < reports.length; i++) {
      expect(reports[i]!.scannedBytes).toBeGreaterThanOrEqual(reports[i - 1]!.scannedBytes);
    }
    expect(new Set(reports.map((r) => r.id))).toEqual(new Set([outcome.id]));
    // The workload fills 8 MiB with the 29-byte pattern (its first byte is later flipped).
    expect(hits.length).toBeGreaterThan(280_000 / 2);
    const h = hits[0]!;
    expect(h).toMatchObject({ container: 0, pid: 6, vmaLabel: 'anon-private' });
    expect(latin1(h.bytes)).toBe('HEAP-CANARY-0123456789abcdef');
    expect(h.before.length).toBe(32);
    expect(h.after.length).toBe(32);
    // Across all processes, capped per process: every holder shows up, the exec-ed sleep not.
    const all = await searchAll(api, {
      query: { kind: 'text', text: 'HEAP-CANARY-0123456789abcdef' },
      maxPerProcess: 100,
    });
    const perPid = new Map<number, number>();
    for (const x of all.hits) perPid.set(x.pid, (perPid.get(x.pid) ?? 0) + 1);
    expect([...perPid]).toEqual([
      [1, 100],
      [6, 100],
      [11, 100],
    ]);
    expect(all.reports.at(-1)).toMatchObject({ done: true, truncated: true });
    const capped = await searchAll(api, {
      query: { kind: 'text', text: 'HEAP-CANARY-' },
      maxMatches: 500,
    });
    expect(capped.hits).toHaveLength(500);
    expect(capped.reports.at(-1)).toMatchObject({ done: true, truncated: true });
  });

  it('reads a window at a hit: the canary bytes, every byte described', async () => {
    const { hits } = await searchAll(api, {
      query: { kind: 'text', text: 'HEAP-CANARY-0123456789abcdef' },
      pid: 1,
      maxMatches: 1,
    });
    const hit = hits[0]!;
    const w = await api.memoryRead(0, 1, hit.address, 65536);
    expect(w.address).toBe(hit.address);
    expect(w.bytes.length).toBe(65536);
    expect(latin1(w.bytes.subarray(0, 28))).toBe('HEAP-CANARY-0123456789abcdef');
    expect(w.segments.reduce((n, s) => n + s.length, 0)).toBe(65536);
    expect(w.segments[0]).toMatchObject({ offset: 0, kind: 'dumped' });
  });

  it('says which bytes are not in the checkpoint instead of showing zeros', async () => {
    const { processes } = await api.memoryProcesses();
    const p1 = processes.find((p) => p.pid === 1)!;
    // A file mapping's clean pages are not dumped.
    const partly = p1.vmas.find((v) => v.dumpedBytes < Number(v.end - v.start))!;
    const w = await api.memoryRead(0, 1, partly.start, Number(partly.end - partly.start));
    expect(w.segments.some((s) => s.kind === 'not-dumped')).toBe(true);
    // Before the first VMA nothing is mapped.
    const low = await api.memoryRead(0, 1, 0n, 4096);
    expect(low.segments).toEqual([{ offset: 0, length: 4096, kind: 'unmapped' }]);
  });

  it('searches one VMA only: the shared mapping (a memfd of /dev/zero), with hex and UTF-16 queries', async () => {
    const { processes } = await api.memoryProcesses();
    const shared = processes[0]!.vmas.find((v) => v.kind === 'memfd')!;
    const scope = { container: 0, pid: 1, vma: shared.index };
    const text = await searchAll(api, {
      ...scope,
      query: { kind: 'text', text: 'shared-anon-canary', ignoreCase: true },
    });
    expect(text.hits.length).toBeGreaterThan(0);
    for (const h of text.hits) {
      expect(h.vma).toBe(shared.index);
      expect(h.address).toBeGreaterThanOrEqual(shared.start);
      expect(h.address).toBeLessThan(shared.end);
    }
    expect(text.reports.at(-1)!.totalBytes).toBeLessThanOrEqual(Number(shared.end - shared.start));
    const hexQuery = [...'SHARED-ANON']
      .map((c, i) => (i === 3 ? '??' : c.charCodeAt(0).toString(16)))
      .join(' ');
    const hex = await searchAll(api, { ...scope, query: { kind: 'hex', hex: hexQuery } });
    expect(hex.hits.map((h) => h.address)).toEqual(text.hits.map((h) => h.address));
    const wide = await searchAll(api, {
      ...scope,
      query: { kind: 'text', text: 'SHARED-ANON-CANARY', utf16: true },
    });
    // The workload writes ASCII only.
    expect(wide.hits).toEqual([]);
    expect(wide.outcome.completed).toBe(true);
  });

  it('reports an unusable query as an error, not as zero hits', async () => {
    const bad = await searchAll(api, { query: { kind: 'regex', source: '(' } });
    expect(bad.outcome.completed).toBe(false);
    expect(bad.outcome.error).toMatch(/regular expression/);
    const hex = await searchAll(api, { query: { kind: 'hex', hex: 'zz' } });
    expect(hex.outcome.error).toBeTruthy();
  });

  it('streams strings of one process in pages', async () => {
    const pages: StringsPage[] = [];
    const outcome = await api.runJob('strings', { container: 0, pid: 11, minLength: 8 }, (p) =>
      pages.push(p),
    );
    expect(outcome).toMatchObject({ completed: true });
    expect(pages.at(-1)!.done).toBe(true);
    const rows = pages.flatMap((p) => p.rows);
    expect(rows.some((r) => r.text.includes('GRANDCHILD-CANARY-5d1e'))).toBe(true);
    // Each row carries its own address: the hex view can open at it.
    const canary = rows.find((r) => r.text.startsWith('GRANDCHILD-CANARY-5d1e'))!;
    const w = await api.memoryRead(0, 11, canary.address, 22);
    expect(latin1(w.bytes)).toBe('GRANDCHILD-CANARY-5d1e');
  });

  it('caps strings and says so', async () => {
    const pages: StringsPage[] = [];
    const outcome = await api.runJob('strings', { container: 0, pid: 1, maxStrings: 10 }, (p) =>
      pages.push(p),
    );
    expect(outcome.completed).toBe(true);
    expect(pages.flatMap((p) => p.rows)).toHaveLength(10);
    expect(pages.at(-1)).toMatchObject({ done: true, truncated: true });
  });

  it('exports a VMA as a stream: its exact bytes, zeros only where not dumped', async () => {
    const { processes } = await api.memoryProcesses();
    // The canary buffer: 8 MiB of anonymous memory (too big for brk, so not [heap]).
    const heap = processes[0]!.vmas.find(
      (v) => v.kind === 'anon-private' && v.end - v.start > 8n * MiB,
    )!;
    const result = await api.memoryExport(0, 1, heap.start, heap.end);
    expect(result.length).toBe(Number(heap.end - heap.start));
    expect(result.dumpedBytes).toBe(heap.dumpedBytes);
    expect(result.name).toBe(`pid-1-${heap.start.toString(16)}-${heap.end.toString(16)}.bin`);
    const bytes = new Uint8Array(await new Response(result.stream).arrayBuffer());
    expect(bytes.length).toBe(result.length);
    const direct = await api.memoryRead(0, 1, heap.start, 65536);
    expect(bytes.subarray(0, 65536)).toEqual(direct.bytes);
    expect(latin1(bytes)).toContain('HEAP-CANARY-0123456789abcdef');
  });

  it('refuses reads of a container without memory and empty exports', async () => {
    await expect(api.memoryRead(5, 1, 0n, 16)).rejects.toThrow(/container 5/);
    await expect(api.memoryExport(0, 1, 10n, 10n)).rejects.toThrow(/empty/);
  });
});

describe('memory API on memhog-256m.tar.zst', () => {
  let api: AnalyserApi;
  beforeAll(async () => {
    api = await opened('memhog-256m.tar.zst');
  }, 120_000);

  it('finds every MEMHOG-NEEDLE once, 16 MiB apart in the buffer', async () => {
    const { hits, reports } = await searchAll(api, {
      query: { kind: 'regex', source: 'MEMHOG-NEEDLE-\\d+' },
    });
    const last = reports.at(-1)!;
    expect(last.totalBytes).toBeGreaterThan(256 * 2 ** 20);
    expect(last.scannedBytes).toBe(last.totalBytes);
    const inBuffer = hits.filter((h) => h.vmaLabel !== '[stack]');
    const n = (h: SearchHit) => Number(latin1(h.bytes).slice('MEMHOG-NEEDLE-'.length));
    expect(inBuffer.map(n)).toEqual([...Array(16).keys()]);
    const base = inBuffer[0]!.address;
    inBuffer.forEach((h, i) => expect(h.address).toBe(base + BigInt(i) * 16n * MiB));
  }, 60_000);

  it('lets a new search supersede the running one, and cancel stop it', async () => {
    const first: SearchProgress[] = [];
    let started!: () => void;
    const running = new Promise<void>((r) => (started = r));
    const a = api.runJob(
      'search',
      { query: { kind: 'text', text: 'no-such-thing-anywhere' } },
      (p) => {
        first.push(p);
        started();
      },
    );
    // Wait for the first report (the first window scanned), then supersede.
    await running;
    const b = await searchAll(api, { query: { kind: 'text', text: 'MEMHOG-NEEDLE-3' } });
    const outA = await a;
    expect(outA.completed).toBe(false);
    expect(first.some((p) => p.done)).toBe(false);
    expect(b.outcome.completed).toBe(true);
    expect(b.outcome.id).toBeGreaterThan(outA.id);
    expect(b.hits.length).toBeGreaterThan(0);

    const seen: SearchProgress[] = [];
    const c = api.runJob('search', { query: { kind: 'text', text: 'nothing-here' } }, (p) => {
      seen.push(p);
      void api.cancelJob('search');
    });
    expect(await c).toMatchObject({ completed: false });
    expect(seen.some((p) => p.done)).toBe(false);
  }, 60_000);

  it('drops memory state when another archive is opened', async () => {
    const other = await opened('memhog-256m.tar.zst');
    const before = (await other.memoryProcesses()).processes.length;
    expect(
      (await other.open(new File([readFileSync(path.join(FIXTURES, 'kitchen.tar.zst'))], 'k')))
        .status,
    ).toBe('opened');
    const after = await other.memoryProcesses();
    expect(before).toBe(1);
    expect(after.processes.map((p) => p.comm)).toContain('kitchen-sink');
  }, 120_000);
});

describe('memory API on a pod checkpoint (pod-kitchen-web.tar.zst)', () => {
  it('names each process by container and pid, and searches both containers', async () => {
    const api = await opened('pod-kitchen-web.tar.zst');
    const { processes } = await api.memoryProcesses();
    const containers = [...new Set(processes.map((p) => p.container))];
    expect(containers).toEqual([0, 1]);
    expect(processes.filter((p) => p.container === 0).map((p) => p.comm)).toContain('kitchen-sink');
    const { hits, outcome } = await searchAll(api, {
      query: { kind: 'text', text: 'HEAP-CANARY-0123456789abcdef' },
      maxPerProcess: 1,
    });
    expect(outcome.completed).toBe(true);
    expect(hits.map((h) => [h.container, h.pid])).toEqual([
      [0, 1],
      [0, 6],
      [0, 11],
    ]);
    // pid 1 exists in both containers: reads go to the container asked for.
    const kitchen = await api.memoryRead(0, 1, hits[0]!.address, 28);
    expect(latin1(kitchen.bytes)).toBe('HEAP-CANARY-0123456789abcdef');
    const other = await api.memoryRead(1, 1, hits[0]!.address, 28);
    expect(latin1(other.bytes)).not.toBe('HEAP-CANARY-0123456789abcdef');
  }, 120_000);
});

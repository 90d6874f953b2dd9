/**
 * The model API through `createAnalyserApi()`, as the page uses it, on real fixtures. The
 * facts come from tests/fixtures/README.md and workloads/kitchen-sink.c.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyserApi, type AnalyserApi } from '../../../workers/api.ts';
import type { ColumnDef } from '../../../src/lib/table/column.ts';
import { toCsv, toJsonRows } from '../../../src/lib/table/csv.ts';
import { MODEL_TABLES, type TableKind } from '../../../src/lib/table/tables/index.ts';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');
const text = (b: Uint8Array) => new TextDecoder().decode(b);

async function opened(name: string): Promise<AnalyserApi> {
  const api = createAnalyserApi();
  const file = new File([readFileSync(path.join(FIXTURES, name))], name);
  const outcome = await api.open(file);
  expect(outcome.status).toBe('opened');
  return api;
}

describe('model API on kitchen.tar.zst', () => {
  let api: AnalyserApi;
  beforeAll(async () => {
    api = await opened('kitchen.tar.zst');
  });

  it('lists the process tree with names, states and thread counts', async () => {
    const rows = await api.rows('processes');
    expect(rows).toHaveLength(4);
    const byPid = new Map(rows.map((r) => [r.pid, r]));
    expect(byPid.get(1)).toMatchObject({ comm: 'kitchen-sink', ppid: 0, state: 'alive' });
    expect(byPid.get(6)).toMatchObject({ comm: 'ks-worker', ppid: 1, threads: 4 });
    expect(byPid.get(11)).toMatchObject({ comm: 'ks-grandchild', ppid: 6 });
    expect(byPid.get(10)).toMatchObject({ comm: 'sleep', ppid: 1 });
    expect(byPid.get(1)!.children.sort()).toEqual([10, 6]);
  });

  it('renders every table through its one column definition (page export and CLI)', async () => {
    for (const kind of Object.keys(MODEL_TABLES) as TableKind[]) {
      const rows = (await api.rows(kind)) as never[];
      const columns = MODEL_TABLES[kind].columns as readonly ColumnDef<never>[];
      const csv = toCsv(rows, columns).split('\r\n');
      expect(csv[0], kind).toBe(columns.map((c) => c.key).join(','));
      expect(csv.length, kind).toBe(rows.length + 2);
      expect(JSON.parse(toJsonRows(rows, columns)), kind).toHaveLength(rows.length);
    }
  });

  it('gives a process with argv, environment, threads and credentials', async () => {
    const p = await api.process(6);
    expect(p.cmdline).toContain('--token=argv-canary-19c2');
    expect(p.environ).toContain('FORENSIC_MARKER=env-canary-7f3a');
    expect(p.threads.map((t) => t.comm)).toHaveLength(4);
    expect(p.creds?.capEffective.length).toBeGreaterThan(0);
    expect(p.fdCount).toBeGreaterThan(0);
    expect(p.vmaCount).toBeGreaterThan(0);
    expect(p).not.toHaveProperty('maps');
    await expect(api.process(4242)).rejects.toThrow(/no process/);
  });

  it('lists the fds of every process and of one, with ghost and memfd content refs', async () => {
    const all = await api.rows('fds');
    const one = await api.rows('fds', { pid: 11 });
    expect(one.every((r) => r.pid === 11)).toBe(true);
    expect(all.length).toBeGreaterThan(one.length);
    const ghost = one.find((r) => r.deleted);
    expect(ghost?.content?.kind).toBe('ghost');
    const got = await api.content(ghost!.content!);
    expect(text(got!.bytes)).toBe('ghost-content: this file was unlinked while open\n');
    expect(one.some((r) => r.content?.kind === 'memfd')).toBe(true);
    // Sockets offer content only when bytes are queued on them.
    const withData = one.filter((r) => r.content?.kind === 'socket');
    expect(withData.map((r) => r.description).join('\n')).toMatch(/queued/);
    expect(withData.length).toBe(2);
  });

  it('shows the sockets with the TCP in-flight data and the queued datagram', async () => {
    const rows = await api.rows('sockets');
    const inflight = rows.find((r) => r.inQueue > 0)!;
    expect(inflight).toMatchObject({ family: expect.stringMatching(/INET/), localPort: 8080 });
    expect(inflight.preview).toContain('tcp-payload-in-flight');
    const queues = await api.socketQueues(inflight.id);
    const data = await api.content(queues[0]!.ref);
    expect(text(data!.bytes)).toBe('tcp-payload-in-flight');
    const dgram = rows.find((r) => r.queuedPackets > 0)!;
    expect(dgram.preview).toContain('queued-in-socketpair');
    expect(rows.some((r) => r.localPort === 9090)).toBe(true);
    expect(rows.some((r) => r.unixPath === '/tmp/app.sock')).toBe(true);
  });

  it('returns payload windows and whole payloads', async () => {
    const [ghost] = await api.rows('ghosts');
    expect(ghost).toMatchObject({ path: '/tmp/deleted.txt', size: 49, hasContent: true });
    const head = await api.content({ kind: 'ghost', id: ghost!.ghostId }, 0, 5);
    expect(head).toMatchObject({ total: 49 });
    expect(text(head!.bytes)).toBe('ghost');
    const memfd = (await api.rows('memfds')).find((m) => m.name === 'ks-memfd')!;
    expect(memfd.hasContent).toBe(true);
    const pipe = (await api.rows('pipes')).find((p) => p.kind === 'fifo')!;
    expect(text((await api.content({ kind: 'pipe', id: pipe.pipeId }))!.bytes)).toBe('fifo-data');
    expect(await api.content({ kind: 'ghost', id: 999 })).toBeUndefined();
  });

  it('lists the root fs diff and reads a file from it', async () => {
    const fs = await api.fsChanges();
    expect(fs.deletedFiles).toEqual(['/srv/index.html']);
    const entry = fs.rootfsDiff!.entries.find((e) => e.path === 'srv/newfile.txt')!;
    expect(entry.size).toBe(4);
    const got = await api.content({ kind: 'fs', member: entry.member, path: entry.path });
    expect(got!.total).toBe(4);
  });

  it('gives mounts, namespaces, IPC, maps and container details', async () => {
    const mounts = await api.rows('mounts');
    expect(mounts.some((m) => m.fstype === 'proc')).toBe(true);
    const sys = await api.system();
    expect(sys.namespaces.uts[0]?.hostname).toBe('9a24dbbe2c2b');
    expect(sys.cgroups.length).toBeGreaterThan(0);
    const ipc = await api.ipc();
    expect(ipc[0]?.limits?.['msg_ctlmax']).toBe('8192');
    const maps = await api.rows('vmas', { pid: 1 });
    expect(maps.find((v) => v.kind === 'heap')?.path).toBe('[heap]');
    expect(maps.every((v) => v.pid === 1)).toBe(true);
    expect(maps[0]!.start).toMatch(/^0x[0-9a-f]+$/);
    const details = await api.containerDetails();
    expect(details.container.name).toBe('kitchen');
    expect(details.counts['processes']).toBe(4);
    expect(await api.modelContainers()).toHaveLength(1);
  });

  it('exports the whole model as JSON', async () => {
    const doc = JSON.parse(text(await api.exportModelJson()));
    expect(doc.processes).toHaveLength(4);
  });
});

describe('model API on other fixtures', () => {
  it('gives one model per container of a pod checkpoint', async () => {
    const api = await opened('pod-kitchen-web.tar.zst');
    const containers = await api.modelContainers();
    expect(containers).toHaveLength(2);
    const index = containers.findIndex((c) => c.name === 'web');
    const web = await api.rows('processes', { container: index });
    expect(web.some((r) => r.comm === 'httpd')).toBe(true);
  });

  it('works on bare CRIU images without engine files', async () => {
    const api = await opened('bare-images.tar.gz');
    expect((await api.rows('processes')).length).toBeGreaterThan(0);
    expect((await api.fsChanges()).deletedFiles).toEqual([]);
  });

  it('reports that nothing is open', async () => {
    await expect(createAnalyserApi().rows('processes')).rejects.toThrow(/no checkpoint/);
  });
});

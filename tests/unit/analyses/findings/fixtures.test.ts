/**
 * The real fixtures: what lifecycle and shell had planted (facts.json) comes out as findings
 * with the right pid/fd/VMA/path; CRIU's own parasite page is where it is said to be in every
 * process of every fixture; and each finding of the benign fixtures is explained here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFindings, type Finding } from '../../../../src/lib/analyses/findings/index.ts';
import { criuParasitePage, dumpedRanges } from '../../../../src/lib/analyses/findings/memory.ts';
import { openContainerMemory } from '../../../../src/lib/memory/archive-memory.ts';
import { FIXTURES, fixtureArchive, fixtureModels } from '../../model/fixtures.ts';

interface Found {
  findings: Finding[];
}

async function findingsOf(name: string, container = 0): Promise<Found> {
  const archive = await fixtureArchive(name);
  const models = await fixtureModels(name);
  const memory = await openContainerMemory(archive, archive.layout.containers[container]!);
  const r = await collectFindings({ model: models[container]!.model, memory });
  expect(r.problems).toEqual([]);
  return r;
}

const facts = (name: string) =>
  JSON.parse(fs.readFileSync(path.join(FIXTURES, 'expected', name, 'facts.json'), 'utf8'));

const one = (r: Found, id: string, pid?: number): Finding => {
  const hits = r.findings.filter((f) => f.rule.id === id && (pid === undefined || f.pid === pid));
  expect(hits, `${id} pid ${pid}`).toHaveLength(1);
  return hits[0]!;
};
const targets = (f: Finding) => f.evidence.map((e) => e.target);

describe('lifecycle.tar.zst', () => {
  const lf = facts('lifecycle.tar.zst');

  it('the RWX page of fx-memfd-exe: high, its VMA and the planted address', async () => {
    const r = await findingsOf('lifecycle.tar.zst');
    const rwx = lf.exec_memory.find((m: { kind: string }) => m.kind.includes('rwx'));
    const f = one(r, 'memory.wx-anonymous', rwx.pid);
    expect(f.severity).toBe('high');
    expect(targets(f)).toContainEqual({
      to: 'vma',
      pid: rwx.pid,
      start: BigInt(rwx.start),
      end: BigInt(rwx.end),
    });
    expect(targets(f)).toContainEqual({
      to: 'address',
      pid: rwx.pid,
      address: BigInt(rwx.start),
      length: 4096,
    });
  });

  it('the r-x anonymous page (written, then mprotect): medium', async () => {
    const r = await findingsOf('lifecycle.tar.zst');
    const rx = lf.exec_memory.find((m: { kind: string }) => m.kind.includes('r-x'));
    const f = one(r, 'memory.exec-anonymous', rx.pid);
    expect(f.severity).toBe('medium');
    expect(targets(f)).toContainEqual({
      to: 'vma',
      pid: rx.pid,
      start: BigInt(rx.start),
      end: BigInt(rx.end),
    });
  });

  it('the exe from a memfd, with its text VMA and the memfd contents', async () => {
    const r = await findingsOf('lifecycle.tar.zst');
    const m = lf.memfd_executable;
    const f = one(r, 'exe.memfd', m.pid);
    expect(f.summary).toContain(m.exe);
    const text = m.text_vmas.find((v: { prot: string }) => v.prot === 'r-x');
    expect(targets(f)).toContainEqual({
      to: 'vma',
      pid: m.pid,
      start: BigInt(text.start),
      end: BigInt(text.end),
    });
    const model = (await fixtureModels('lifecycle.tar.zst'))[0]!.model;
    const memfd = model.memfds.find((x) => x.name === m.memfd_name)!;
    expect(targets(f)).toContainEqual({ to: 'file', fileId: memfd.fileIds[0] });
  });

  it('the deleted exe under /tmp: deleted (ghost file contents) and temp path', async () => {
    const r = await findingsOf('lifecycle.tar.zst');
    const d = lf.deleted_executable;
    const f = one(r, 'exe.deleted', d.pid);
    expect(f.summary).toContain(d.path);
    expect(targets(f)).toContainEqual({ to: 'file', fileId: d.files_img_id });
    expect(one(r, 'exe.temp-path', d.pid).summary).toContain(d.path);
  });

  it('LD_PRELOAD read from memory, with the library mapped and the variable address', async () => {
    const r = await findingsOf('lifecycle.tar.zst');
    const p = lf.ld_preload;
    const f = one(r, 'loader.preload-env', p.pid);
    expect(f.summary).toContain(`LD_PRELOAD=${p.env_LD_PRELOAD}`);
    const text = p.library_vmas.find((v: { prot: string }) => v.prot === 'r-x');
    expect(targets(f)).toContainEqual({
      to: 'vma',
      pid: p.pid,
      start: BigInt(text.start),
      end: BigInt(text.end),
    });
    // The address evidence points at the variable itself: read it back.
    const archive = await fixtureArchive('lifecycle.tar.zst');
    const mem = (await openContainerMemory(archive, archive.layout.containers[0]!))!;
    const at = targets(f).find((t) => t?.to === 'address');
    expect(at?.to).toBe('address');
    if (at?.to !== 'address') return;
    const read = await mem.read(p.pid, at.address, at.length!);
    expect(new TextDecoder().decode(read.bytes)).toBe(`LD_PRELOAD=${p.env_LD_PRELOAD}`);
    // No /etc/ld.so.preload was planted.
    expect(r.findings.filter((x) => x.rule.id === 'loader.ld-so-preload')).toEqual([]);
  });

  it('everything else it gives is explained', async () => {
    const r = await findingsOf('lifecycle.tar.zst');
    const rest = r.findings.filter(
      (f) =>
        ![
          'memory.wx-anonymous',
          'memory.exec-anonymous',
          'exe.memfd',
          'exe.deleted',
          'exe.temp-path',
          'loader.preload-env',
        ].includes(f.rule.id),
    );
    // fx-locker renamed itself with prctl(PR_SET_NAME) and runs /opt/fx/lifecycle: true.
    expect(rest.map((f) => [f.rule.id, f.pid, f.severity])).toEqual([
      ['exe.comm-mismatch', 9, 'low'],
    ]);
  });
});

describe('shell.tar.zst', () => {
  const sf = facts('shell.tar.zst');

  it('the reverse shell: sh -i with fds 0, 1, 2 on one established TCP socket', async () => {
    const r = await findingsOf('shell.tar.zst');
    const rs = sf.reverse_shell;
    const f = one(r, 'network.shell-on-socket', rs.pid);
    expect(f.severity).toBe('high');
    const model = (await fixtureModels('shell.tar.zst'))[0]!.model;
    const sock = model.sockets.find((s) => s.ino === rs.fds_0_1_2.ino)!;
    expect(targets(f)).toEqual(
      expect.arrayContaining([
        { to: 'fd', pid: rs.pid, fd: 0 },
        { to: 'fd', pid: rs.pid, fd: 1 },
        { to: 'fd', pid: rs.pid, fd: 2 },
        { to: 'socket', id: sock.id },
      ]),
    );
    expect(f.summary).toContain(`${rs.local} -> ${rs.remote}`);
  });

  it('the nc listener: netcat (medium) and an unpublished loopback listener (info)', async () => {
    const r = await findingsOf('shell.tar.zst');
    const l = sf.reverse_shell.listener;
    const nc = one(r, 'network.netcat', l.pid);
    expect(targets(nc)).toContainEqual({ to: 'fd', pid: l.pid, fd: l.listen_fd });
    const lis = one(r, 'network.unpublished-listener');
    expect(lis.severity).toBe('info');
    expect(targets(lis)).toContainEqual({ to: 'fd', pid: l.pid, fd: l.listen_fd });
    expect(r.findings.map((f) => f.rule.id).sort()).toEqual([
      'network.netcat',
      'network.shell-on-socket',
      'network.unpublished-listener',
    ]);
  });
});

describe("CRIU's own trace", () => {
  const ALL = [
    'lifecycle.tar.zst',
    'shell.tar.zst',
    'kitchen.tar.zst',
    'kitchen.tar.gz',
    'web.tar.zst',
    'many.tar.zst',
    'memhog-256m.tar.zst',
    'bare-images.tar.gz',
  ];
  it.each(ALL)(
    '%s: the first page of every live process’s first executable mapping is dumped',
    async (name) => {
      const archive = await fixtureArchive(name);
      const models = await fixtureModels(name);
      let checked = 0;
      for (const [i, c] of models.entries()) {
        const mem = (await openContainerMemory(archive, archive.layout.containers[i]!))!;
        for (const p of c.model.processes) {
          if (p.maps.length === 0) continue;
          const page = criuParasitePage(p)!;
          const ranges = dumpedRanges(mem, p.pid, page.vma);
          expect(ranges[0], `pid ${p.pid}`).toBeDefined();
          expect(ranges[0]!.start, `pid ${p.pid}`).toBe(page.start);
          expect(ranges[0]!.end, `pid ${p.pid}`).toBeGreaterThanOrEqual(page.end);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(0);
    },
    60_000,
  );
});

describe('benign fixtures: no high or medium finding that is not true of them', () => {
  const summary = (r: Found) =>
    r.findings.map((f) => `${f.severity} ${f.rule.id} ${f.pid ?? ''}`.trim());

  it('web: busybox httpd listens on 8080, which the container does not publish', async () => {
    expect(summary(await findingsOf('web.tar.zst'))).toEqual([
      'low network.unpublished-listener 7',
    ]);
  });

  it('many: 64 sleeps under 5 shells give nothing', async () => {
    expect(summary(await findingsOf('many.tar.zst'))).toEqual([]);
  });

  it('memhog: 256 MiB of heap gives nothing', async () => {
    expect(summary(await findingsOf('memhog-256m.tar.zst'))).toEqual([]);
  });

  it.each(['kitchen.tar.zst', 'kitchen.tar.gz'])(
    '%s: named workers and listeners nobody publishes, all true of it',
    async (name) => {
      // ks-worker and ks-grandchild name themselves with prctl; 5353/udp and 9090/tcp listen on
      // all addresses and 8080 on loopback, none published (kitchen-sink.c).
      expect(summary(await findingsOf(name))).toEqual([
        'low exe.comm-mismatch 6',
        'low exe.comm-mismatch 11',
        'low network.unpublished-listener 1',
        'low network.unpublished-listener 1',
        'info network.unpublished-listener 1',
      ]);
    },
  );
});

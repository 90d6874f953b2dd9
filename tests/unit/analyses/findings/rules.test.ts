/**
 * Every rule fires on a model built in code that plants its object, and stays quiet on the
 * same model without it (or with the benign variant the rule documents).
 */
import { describe, expect, it } from 'vitest';
import { collectFindings, type Finding } from '../../../../src/lib/analyses/findings/index.ts';
import { ALL_RULES, RULES } from '../../../../src/lib/analyses/findings/rules.ts';
import { openMemory } from '../../../../src/lib/memory/open-memory.ts';
import type { CheckpointModel } from '../../../../src/lib/model/types.ts';
import {
  FakeCheckpoint,
  MAP_PRIVATE_ANON,
  PAGE,
  VMA_FILE_PRIVATE,
  decodeFake,
  pe,
  vma as rawVma,
} from '../../memory/fake-checkpoint.ts';
import { fd, file, model, proc, programMaps, tcp, vma } from './model-builder.ts';

async function ids(m: CheckpointModel): Promise<string[]> {
  return (await collectFindings({ model: m })).findings.map((f) => f.rule.id);
}

async function only(m: CheckpointModel, id: string): Promise<Finding[]> {
  return (await collectFindings({ model: m })).findings.filter((f) => f.rule.id === id);
}

const fired = new Set<string>();
async function fires(m: CheckpointModel, id: string): Promise<Finding> {
  const f = await only(m, id);
  expect(f.length, `${id} should fire`).toBeGreaterThan(0);
  fired.add(id);
  return f[0]!;
}

describe('the quiet baseline', () => {
  it('gives no finding at all', async () => {
    expect(await ids(model())).toEqual([]);
  });
});

describe('memory rules (page counts, no memory reader)', () => {
  const withMap = (extra: Parameters<typeof vma>[2]) =>
    model({
      processes: [
        proc(1, { maps: [...programMaps('/usr/bin/app'), vma(0x7f10_0000_0000n, 0x1000n, extra)] }),
      ],
    });

  it('W+X anonymous memory is high; a JIT runtime lowers it with the reason', async () => {
    const f = await fires(withMap({ prot: 'rwx' }), RULES.wxAnonymous.id);
    expect(f.severity).toBe('high');
    expect(f.evidence.map((e) => e.target)).toContainEqual({
      to: 'vma',
      pid: 1,
      start: 0x7f10_0000_0000n,
      end: 0x7f10_0000_1000n,
    });
    const jvm = model({
      processes: [
        proc(1, {
          maps: [
            ...programMaps('/usr/bin/java'),
            vma(0x7f20_0000_0000n, 0x1000n, {
              kind: 'file-private',
              path: '/usr/lib/jvm/lib/server/libjvm.so',
              prot: 'r-x',
            }),
            vma(0x7f10_0000_0000n, 0x1000n, { prot: 'rwx' }),
          ],
        }),
      ],
    });
    const j = (await only(jvm, RULES.wxAnonymous.id))[0]!;
    expect(j.severity).toBe('low');
    expect(j.severityNote).toMatch(/JVM.*libjvm\.so/);
    // A name alone is not a runtime: a process called java without libjvm stays high.
    const named = model({
      processes: [
        proc(1, { comm: 'java', maps: [vma(0x7f10_0000_0000n, 0x1000n, { prot: 'rwx' })] }),
      ],
    });
    expect((await only(named, RULES.wxAnonymous.id))[0]!.severity).toBe('high');
  });

  it('W+X does not fire on writable-only or file-backed memory', async () => {
    expect(await only(withMap({ prot: 'rw-' }), RULES.wxAnonymous.id)).toEqual([]);
    expect(
      await only(
        withMap({ prot: 'rwx', kind: 'file-private', path: '/usr/lib/x.so' }),
        RULES.wxAnonymous.id,
      ),
    ).toEqual([]);
  });

  it('executable anonymous memory is medium; vDSO and vsyscall are not anonymous', async () => {
    const f = await fires(withMap({ prot: 'r-x' }), RULES.execAnonymous.id);
    expect(f.severity).toBe('medium');
    expect(await only(withMap({ prot: 'r-x', kind: 'vdso' }), RULES.execAnonymous.id)).toEqual([]);
    expect(await only(withMap({ prot: '--x', kind: 'vsyscall' }), RULES.execAnonymous.id)).toEqual(
      [],
    );
  });

  it("patched code: a second dumped page in the first text mapping, CRIU's one page is not", async () => {
    const base = model();
    expect(await only(base, RULES.patchedCode.id)).toEqual([]);
    const maps = programMaps('/usr/bin/app');
    maps[0] = { ...maps[0]!, pagesDumped: 2, pagesInImage: 2 };
    await fires(model({ processes: [proc(1, { maps })] }), RULES.patchedCode.id);
    // Any dumped page in a library's text is written code (it is not CRIU's page).
    const lib = programMaps('/usr/bin/app');
    lib[3] = { ...lib[3]!, pagesDumped: 1, pagesInImage: 1 };
    const f = await fires(model({ processes: [proc(1, { maps: lib })] }), RULES.patchedCode.id);
    expect(f.summary).toContain('libc.so.6');
  });
});

describe('memory rules read from a memory image built in code', () => {
  const ANON = 0x7f10_0000_0000n;
  const TEXT = 0x5555_0000_0000n;
  async function memoryWith(textPages: number[], anonBytes: Uint8Array) {
    const pages = new Uint8Array((textPages.length + 1) * PAGE);
    pages.set(anonBytes, 0);
    const ck = new FakeCheckpoint([
      {
        pid: 1,
        vmas: [
          rawVma(TEXT, TEXT + 3n * BigInt(PAGE), { prot: 5, flags: 0x2, status: VMA_FILE_PRIVATE }),
          rawVma(ANON, ANON + BigInt(PAGE), { prot: 7, flags: MAP_PRIVATE_ANON }),
        ],
        pagemap: [pe(ANON, 1), ...textPages.map((i) => pe(TEXT + BigInt(i * PAGE), 1))].sort(
          (a, b) => ((a.vaddr as bigint) < (b.vaddr as bigint) ? -1 : 1),
        ),
      },
    ]);
    // Pages are stored in pagemap order: text pages (low addresses) first, then the anon page.
    const order = [...textPages.map((i) => TEXT + BigInt(i * PAGE)), ANON].sort((a, b) =>
      a < b ? -1 : 1,
    );
    const data = new Uint8Array(order.length * PAGE);
    data.set(anonBytes, order.indexOf(ANON) * PAGE);
    ck.raw('pages-1.img', data);
    const memory = await openMemory(ck.store(), { decode: decodeFake, parent: null });
    const m = model({
      processes: [
        proc(1, {
          maps: [
            vma(TEXT, 3n * BigInt(PAGE), {
              kind: 'file-private',
              path: '/usr/bin/app',
              prot: 'r-x',
              pagesDumped: textPages.length,
              pagesInImage: textPages.length,
            }),
            vma(ANON, BigInt(PAGE), { prot: 'rwx', pagesDumped: 1, pagesInImage: 1 }),
          ],
        }),
      ],
    });
    return { memory, m };
  }

  it('an ELF header at the start of an anonymous mapping fires, with its address', async () => {
    const elf = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]);
    const { memory, m } = await memoryWith([0], elf);
    const f = (await collectFindings({ model: m, memory })).findings.filter(
      (x) => x.rule.id === RULES.elfInAnonymous.id,
    );
    expect(f).toHaveLength(1);
    fired.add(RULES.elfInAnonymous.id);
    expect(f[0]!.severity).toBe('high');
    expect(f[0]!.evidence.map((e) => e.target)).toContainEqual({
      to: 'address',
      pid: 1,
      address: ANON,
      length: 64,
    });
  });

  it('no ELF header, no finding', async () => {
    const { memory, m } = await memoryWith([0], new Uint8Array([0x90, 0x90, 0x90, 0x90]));
    const f = (await collectFindings({ model: m, memory })).findings;
    expect(f.filter((x) => x.rule.id === RULES.elfInAnonymous.id)).toEqual([]);
  });

  it("patched code points at the written page and leaves out CRIU's parasite page", async () => {
    const { memory, m } = await memoryWith([0, 2], new Uint8Array(4));
    const f = (await collectFindings({ model: m, memory })).findings.filter(
      (x) => x.rule.id === RULES.patchedCode.id,
    );
    expect(f).toHaveLength(1);
    expect(f[0]!.evidence.map((e) => e.target)).toContainEqual({
      to: 'address',
      pid: 1,
      address: TEXT + 2n * BigInt(PAGE),
      length: PAGE,
    });
    const quiet = await memoryWith([0], new Uint8Array(4));
    const g = (await collectFindings({ model: quiet.m, memory: quiet.memory })).findings;
    expect(g.filter((x) => x.rule.id === RULES.patchedCode.id)).toEqual([]);
  });
});

describe('executable rules', () => {
  it('deleted exe: a ghost file of the exe path, or the kernel mark', async () => {
    const ghost = model({
      processes: [proc(1, { exe: '/usr/bin/app' })],
      ghostFiles: [{ ghostId: 1, fileIds: [7], path: '/usr/bin/app' }],
    });
    const f = await fires(ghost, RULES.exeDeleted.id);
    expect(f.evidence.map((e) => e.target)).toContainEqual({ to: 'file', fileId: 7 });
    await fires(
      model({ processes: [proc(1, { exe: '/usr/bin/app (deleted)' })] }),
      RULES.exeDeleted.id,
    );
    expect(
      await only(
        model({ ghostFiles: [{ ghostId: 1, fileIds: [7], path: '/var/log/x' }] }),
        RULES.exeDeleted.id,
      ),
    ).toEqual([]);
  });

  it('memfd exe: the code mapping is a memfd (no exe path), or exe reads memfd:', async () => {
    const maps = programMaps('/usr/bin/app').map((v) =>
      v.path === '/usr/bin/app' ? { ...v, kind: 'memfd' as const, path: 'memfd:payload' } : v,
    );
    const p = proc(1, { maps });
    delete p.exe;
    const f = await fires(
      model({
        processes: [p],
        memfds: [{ inodeId: 3, name: 'payload', sharedAnonymous: false, seals: [], fileIds: [9] }],
      }),
      RULES.exeMemfd.id,
    );
    expect(f.summary).toContain('memfd:payload');
    expect(f.evidence.map((e) => e.target)).toContainEqual({ to: 'file', fileId: 9 });
    // The kernel's way of naming it (what the model may say once it resolves memfd exes).
    const named = await fires(
      model({
        processes: [proc(1, { exe: 'memfd:x (deleted)' })],
        memfds: [{ inodeId: 4, name: 'x', sharedAnonymous: false, seals: [], fileIds: [4] }],
      }),
      RULES.exeMemfd.id,
    );
    expect(named.summary).toContain('runs from memfd:x');
    expect(named.evidence.map((e) => e.target)).toContainEqual({ to: 'file', fileId: 4 });
    expect(await only(model(), RULES.exeMemfd.id)).toEqual([]);
  });

  it('temporary and hidden paths', async () => {
    for (const exe of ['/tmp/x', '/dev/shm/x', '/var/tmp/a/b'])
      await fires(model({ processes: [proc(1, { exe })] }), RULES.exeTempPath.id);
    expect(
      await only(model({ processes: [proc(1, { exe: '/usr/bin/tmp' })] }), RULES.exeTempPath.id),
    ).toEqual([]);
    await fires(model({ processes: [proc(1, { exe: '/root/.cache/x' })] }), RULES.exeHiddenPath.id);
    expect(
      await only(model({ processes: [proc(1, { exe: '/usr/bin/x.y' })] }), RULES.exeHiddenPath.id),
    ).toEqual([]);
  });

  it('libraries from temporary, hidden, deleted or memfd files; data mappings are not libraries', async () => {
    const withLib = (path: string, prot = 'r-x', kind: 'file-private' | 'memfd' = 'file-private') =>
      model({
        processes: [
          proc(1, {
            maps: [
              ...programMaps('/usr/bin/app'),
              vma(0x7f30_0000_0000n, 0x1000n, { kind, path, prot }),
            ],
          }),
        ],
      });
    await fires(withLib('/tmp/libx.so'), RULES.librarySuspicious.id);
    await fires(withLib('/usr/lib/libx.so (deleted)'), RULES.librarySuspicious.id);
    await fires(withLib('/opt/.hidden/libx.so', 'r--'), RULES.librarySuspicious.id);
    await fires(withLib('memfd:lib', 'r-x', 'memfd'), RULES.librarySuspicious.id);
    expect(await only(withLib('/dev/shm/data', 'rw-'), RULES.librarySuspicious.id)).toEqual([]);
    expect(await only(withLib('/dev/zero', 'rw-', 'memfd'), RULES.librarySuspicious.id)).toEqual(
      [],
    );
    expect(await only(withLib('/usr/lib/libx.so'), RULES.librarySuspicious.id)).toEqual([]);
  });

  it('comm differing from both the exe and argv[0]; symlinks and exec -a are benign', async () => {
    const f = await fires(
      model({ processes: [proc(1, { comm: 'kworker' })] }),
      RULES.commMismatch.id,
    );
    expect(f.severity).toBe('low');
    const k = await fires(
      model({ processes: [proc(1, { comm: '[kworker/0:1]' })] }),
      RULES.commMismatch.id,
    );
    expect(k.severity).toBe('medium');
    // sh → dash: comm and argv[0] are the link's name.
    expect(
      await only(
        model({
          processes: [proc(1, { exe: '/usr/bin/dash', comm: 'sh', cmdline: ['sh', '-i'] })],
        }),
        RULES.commMismatch.id,
      ),
    ).toEqual([]);
    // exec -a: argv[0] changes, comm is the exe's.
    expect(
      await only(
        model({ processes: [proc(1, { exe: '/usr/bin/app', comm: 'app', cmdline: ['fancy'] })] }),
        RULES.commMismatch.id,
      ),
    ).toEqual([]);
    // comm is 15 characters at most.
    expect(
      await only(
        model({
          processes: [
            proc(1, { exe: '/usr/bin/a-very-long-program-name', comm: 'a-very-long-pro' }),
          ],
        }),
        RULES.commMismatch.id,
      ),
    ).toEqual([]);
  });
});

describe('loader rules', () => {
  it('LD_PRELOAD / LD_AUDIT with the address of the variable in memory', async () => {
    const p = proc(1, { environ: ['A=1', 'LD_PRELOAD=/tmp/x.so'] });
    const f = await fires(model({ processes: [p] }), RULES.preloadEnv.id);
    // envStart + "A=1\0".
    expect(f.evidence.map((e) => e.target)).toContainEqual({
      to: 'address',
      pid: 1,
      address: 0x7ffc_0002_0004n,
      length: 20,
    });
    await fires(
      model({ processes: [proc(1, { environ: ['LD_AUDIT=/x.so'] })] }),
      RULES.preloadEnv.id,
    );
    expect(
      await only(
        model({ processes: [proc(1, { environ: ['MY_LD_PRELOAD=x'] })] }),
        RULES.preloadEnv.id,
      ),
    ).toEqual([]);
  });

  it('LD_LIBRARY_PATH is low, medium when it points at a temporary directory', async () => {
    expect(
      (
        await fires(
          model({ processes: [proc(1, { environ: ['LD_LIBRARY_PATH=/opt/app/lib'] })] }),
          RULES.libraryPathEnv.id,
        )
      ).severity,
    ).toBe('low');
    expect(
      (
        await fires(
          model({ processes: [proc(1, { environ: ['LD_LIBRARY_PATH=/tmp/l'] })] }),
          RULES.libraryPathEnv.id,
        )
      ).severity,
    ).toBe('medium');
    expect(await only(model(), RULES.libraryPathEnv.id)).toEqual([]);
  });

  it('/etc/ld.so.preload in the rootfs diff', async () => {
    const f = await fires(
      model({
        fsChanges: {
          deletedFiles: [],
          rootfsDiff: { member: 'rootfs-diff.tar', entries: [file('etc/ld.so.preload', 0o100644)] },
        },
      }),
      RULES.ldSoPreload.id,
    );
    expect(f.evidence[0]!.target).toEqual({ to: 'rootfs', path: 'etc/ld.so.preload' });
    expect(
      await only(
        model({
          fsChanges: {
            deletedFiles: [],
            rootfsDiff: { member: 'r', entries: [file('etc/ld.so.conf', 0o100644)] },
          },
        }),
        RULES.ldSoPreload.id,
      ),
    ).toEqual([]);
  });
});

describe('network rules', () => {
  const sock = tcp(5, {
    description: 'TCP 10.88.0.5:40005 -> 203.0.113.9:4444 ESTABLISHED',
    remote: { address: '203.0.113.9', port: 4444 },
  });
  const shell = (exe: string, comm: string) =>
    proc(2, {
      exe,
      comm,
      cmdline: [comm, '-i'],
      fds: [0, 1, 2].map((n) => fd(n, 5, 'INETSK', sock.description)),
    });

  it('a shell whose stdio is a TCP socket is high, with the fds and the socket', async () => {
    const f = await fires(
      model({ processes: [proc(1), shell('/usr/bin/dash', 'sh')], sockets: [sock] }),
      RULES.shellOnSocket.id,
    );
    expect(f.severity).toBe('high');
    expect(f.pid).toBe(2);
    expect(f.evidence.map((e) => e.target)).toEqual(
      expect.arrayContaining([
        { to: 'fd', pid: 2, fd: 0 },
        { to: 'socket', id: 5 },
      ]),
    );
    const unix = { ...sock, family: 'UNIX', description: 'UNIX STREAM' };
    expect(
      (
        await only(
          model({ processes: [shell('/bin/bash', 'bash')], sockets: [unix] }),
          RULES.shellOnSocket.id,
        )
      )[0]!.severity,
    ).toBe('medium');
  });

  it('not for a non-shell on a socket, nor a shell on a pipe', async () => {
    expect(
      await only(
        model({ processes: [shell('/usr/sbin/nginx', 'nginx')], sockets: [sock] }),
        RULES.shellOnSocket.id,
      ),
    ).toEqual([]);
    expect(
      await only(
        model({
          processes: [proc(2, { exe: '/bin/sh', comm: 'sh', fds: [fd(0, 9, 'PIPE', 'pipe')] })],
        }),
        RULES.shellOnSocket.id,
      ),
    ).toEqual([]);
  });

  it('netcat-like tools by name or exe', async () => {
    await fires(
      model({
        processes: [proc(3, { exe: '/usr/bin/nc.openbsd', comm: 'nc', cmdline: ['nc', '-l'] })],
      }),
      RULES.netcat.id,
    );
    await fires(model({ processes: [proc(3, { exe: '/usr/bin/socat' })] }), RULES.netcat.id);
    expect(
      await only(model({ processes: [proc(3, { exe: '/usr/bin/ncdu' })] }), RULES.netcat.id),
    ).toEqual([]);
  });

  it('raw and packet sockets; netlink is not raw in this sense', async () => {
    await fires(
      model({ sockets: [tcp(1, { type: 'RAW', protocol: 'ICMP', state: '' })] }),
      RULES.rawSocket.id,
    );
    await fires(
      model({ sockets: [tcp(1, { family: 'PACKET', type: 'RAW', state: '' })] }),
      RULES.rawSocket.id,
    );
    expect(
      await only(
        model({ sockets: [tcp(1, { family: 'NETLINK', type: 'RAW', state: '' })] }),
        RULES.rawSocket.id,
      ),
    ).toEqual([]);
  });

  it('listeners the engine does not publish; loopback is info; published ports are quiet', async () => {
    const l = tcp(1, {
      state: 'LISTEN',
      local: { address: '0.0.0.0', port: 31337 },
      remote: undefined,
    });
    expect((await fires(model({ sockets: [l] }), RULES.unpublishedListener.id)).severity).toBe(
      'low',
    );
    const loop = { ...l, local: { address: '127.0.0.1', port: 31337 } };
    expect(
      (await only(model({ sockets: [loop] }), RULES.unpublishedListener.id))[0]!.severity,
    ).toBe('info');
    const m = model({ sockets: [l] });
    m.container.publishedPorts = [{ port: 31337, range: 1, protocol: 'tcp' }];
    expect(await only(m, RULES.unpublishedListener.id)).toEqual([]);
  });

  it('established connections outside the container are info; loopback and own addresses are not', async () => {
    expect((await fires(model({ sockets: [sock] }), RULES.externalConnection.id)).severity).toBe(
      'info',
    );
    const own = tcp(1, { remote: { address: '10.88.0.5', port: 80 } });
    const loop = tcp(2, { remote: { address: '127.0.0.1', port: 80 } });
    expect(await only(model({ sockets: [own, loop] }), RULES.externalConnection.id)).toEqual([]);
  });
});

describe('rootfs-diff rules', () => {
  const diff = (...entries: ReturnType<typeof file>[]) =>
    model({ fsChanges: { deletedFiles: [], rootfsDiff: { member: 'rootfs-diff.tar', entries } } });

  it.each([
    ['etc/shadow', RULES.accountFiles.id],
    ['etc/sudoers.d/evil', RULES.accountFiles.id],
    ['root/.ssh/authorized_keys', RULES.authorizedKeys.id],
    ['etc/cron.d/job', RULES.cron.id],
    ['var/spool/cron/crontabs/root', RULES.cron.id],
    ['root/.bashrc', RULES.shellRc.id],
    ['etc/profile.d/x.sh', RULES.shellRc.id],
    ['etc/systemd/system/x.service', RULES.systemdUnit.id],
    ['usr/bin/ps', RULES.replacedBinary.id],
  ])('%s → %s', async (path, id) => {
    const f = await fires(diff(file(path, 0o100644)), id);
    expect(f.evidence[0]!.target).toEqual({ to: 'rootfs', path });
  });

  it('ordinary written files are quiet', async () => {
    expect(
      await ids(
        diff(
          file('srv/data.txt', 0o100644),
          file('etc/motd', 0o100644),
          file('usr/bin/', 0o40755, { type: 'directory' }),
        ),
      ),
    ).toEqual([]);
  });

  it('setuid and setgid files; executables in temporary directories', async () => {
    expect(
      (await fires(diff(file('opt/x', 0o104755, { uid: 0 })), RULES.setuidFile.id)).summary,
    ).toContain('setuid root');
    await fires(diff(file('opt/x', 0o102755)), RULES.setuidFile.id);
    await fires(diff(file('tmp/payload', 0o100755)), RULES.tempExecutable.id);
    expect(await only(diff(file('tmp/notes.txt', 0o100644)), RULES.tempExecutable.id)).toEqual([]);
    const shm = model({
      fsChanges: {
        deletedFiles: [],
        devShm: { member: 'devshm-checkpoint.tar', entries: [file('./x', 0o100700)] },
      },
    });
    expect((await fires(shm, RULES.tempExecutable.id)).summary).toBe('/dev/shm/x is executable');
  });

  it('deletions that look like clean-up; others are quiet', async () => {
    const m = (d: string[]) => model({ fsChanges: { deletedFiles: d } });
    for (const d of ['/root/.bash_history', '/var/log/auth.log', '/tmp/dropper', '/etc/cron.d/x'])
      await fires(m([d]), RULES.cleanupDeletion.id);
    expect(await only(m(['/srv/index.html']), RULES.cleanupDeletion.id)).toEqual([]);
  });
});

describe('privilege rules', () => {
  const withCaps = (caps: string[], engine = 'Podman') => {
    const p = proc(1);
    p.creds!.capEffective = caps;
    const m = model({ processes: [p] });
    m.container.engine = engine;
    return m;
  };

  it("capabilities beyond the engine's default: escape capabilities are high", async () => {
    const f = await fires(withCaps(['CAP_CHOWN', 'CAP_SYS_ADMIN']), RULES.extraCapabilities.id);
    expect(f.severity).toBe('high');
    expect((await only(withCaps(['CAP_NET_RAW']), RULES.extraCapabilities.id))[0]!.severity).toBe(
      'medium',
    );
    expect(
      (await only(withCaps(['CAP_AUDIT_WRITE']), RULES.extraCapabilities.id))[0]!.severity,
    ).toBe('low');
    // containerd grants NET_RAW by default.
    expect(await only(withCaps(['CAP_NET_RAW'], 'containerd'), RULES.extraCapabilities.id)).toEqual(
      [],
    );
    expect(
      (await only(withCaps(['CAP_SYS_ADMIN'], 'bare CRIU'), RULES.extraCapabilities.id))[0]!
        .severity,
    ).toBe('info');
  });

  it('seccomp off in a live process; zombies have no seccomp to speak of', async () => {
    const p = proc(1, { seccomp: { mode: 'disabled' } });
    await fires(model({ processes: [p] }), RULES.seccompOff.id);
    const zombie = proc(2, { seccomp: { mode: 'disabled' }, maps: [], state: 'dead' });
    delete zombie.creds;
    expect(await only(model({ processes: [proc(1), zombie] }), RULES.seccompOff.id)).toEqual([]);
  });

  it('uid 0 where the configuration names another user', async () => {
    const m = model();
    m.container.ociProcess!.user = '1000:1000';
    await fires(m, RULES.unexpectedRoot.id);
    const p = proc(1);
    p.creds = { ...p.creds!, uid: 1000, euid: 1000 };
    const ok = model({ processes: [p] });
    ok.container.ociProcess!.user = '1000:1000';
    expect(await only(ok, RULES.unexpectedRoot.id)).toEqual([]);
  });
});

describe('collectFindings', () => {
  it("merges other analyses' findings in severity order, with the container index", async () => {
    const extra: Finding = {
      rule: { id: 'secrets.aws-key', title: 'AWS key', severity: 'high', why: 'w', benign: 'b' },
      summary: 'an AWS access key id in memory',
      severity: 'high',
      evidence: [],
    };
    const r = await collectFindings({
      model: model({ processes: [proc(1, { comm: 'renamed' })] }),
      container: 2,
      extra: [extra],
    });
    expect(r.findings.map((f) => [f.rule.id, f.container])).toEqual([
      ['secrets.aws-key', 2],
      ['exe.comm-mismatch', 2],
    ]);
    expect(extra.container).toBeUndefined();
  });

  it('every rule has a firing test above', () => {
    expect([...fired].sort()).toEqual(ALL_RULES.map((r) => r.id).sort());
  });
});

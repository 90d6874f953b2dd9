/** Name tables, address and payload renderings, JSON export and tar listing, in isolation. */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MapMemberStore } from '../../../src/lib/archive/member-store.ts';
import { splitNul } from '../../../src/lib/model/bytes.ts';
import { buildFsChanges, readFsChangeFile } from '../../../src/lib/model/fs-changes.ts';
import { bytesJson, toJson } from '../../../src/lib/model/json.ts';
import { capabilityNames } from '../../../src/lib/model/names/capabilities.ts';
import { mountFlagNames, sealNames } from '../../../src/lib/model/names/misc.ts';
import { modeString, openFlagNames } from '../../../src/lib/model/names/open-flags.ts';
import { signalSet } from '../../../src/lib/model/names/signals.ts';
import { inetAddress, unixName } from '../../../src/lib/model/sockets.ts';
import { paxRecords, tar } from '../archive/tar-builder.ts';

describe('name tables', () => {
  it('decodes capability words (low word first)', () => {
    expect(capabilityNames([0x800405fb, 0])).toEqual([
      'CAP_CHOWN',
      'CAP_DAC_OVERRIDE',
      'CAP_FOWNER',
      'CAP_FSETID',
      'CAP_KILL',
      'CAP_SETGID',
      'CAP_SETUID',
      'CAP_SETPCAP',
      'CAP_NET_BIND_SERVICE',
      'CAP_SYS_CHROOT',
      'CAP_SETFCAP',
    ]);
    expect(capabilityNames([0, 1 << 8])).toEqual(['CAP_CHECKPOINT_RESTORE']);
  });

  it('names open flags with the access mode first and keeps unknown bits', () => {
    expect(openFlagNames(0o102002)).toEqual(['O_RDWR', 'O_APPEND', 'O_LARGEFILE']);
    expect(openFlagNames(0x80000000)).toEqual(['O_RDONLY', '0x80000000']);
  });

  it('names signals, seals, mount flags and modes', () => {
    expect(signalSet(512n)).toEqual(['SIGUSR1']);
    expect(signalSet(1n << 33n)).toEqual(['SIGRT2']);
    expect(sealNames(0xf)).toEqual(['F_SEAL_SEAL', 'F_SEAL_SHRINK', 'F_SEAL_GROW', 'F_SEAL_WRITE']);
    expect(mountFlagNames(0x200001)).toEqual(['MS_RDONLY', 'MS_RELATIME']);
    expect(modeString(0o104755)).toBe('-rwsr-xr-x');
    expect(modeString(0o10600)).toBe('prw-------');
  });
});

describe('sockets', () => {
  it('turns CRIU u32 words into addresses', () => {
    expect(inetAddress([16777343])).toBe('127.0.0.1');
    expect(inetAddress([0, 0, 0, 0])).toBe('::');
    expect(inetAddress([0, 0, 0, 0x01000000])).toBe('::1');
    expect(inetAddress([0x000080fe, 0, 0x0000ff00, 0x0100007f])).toBe('fe80::ff:0:7f00:1');
    expect(inetAddress([0, 0, 0xffff0000, 16777343])).toBe('::ffff:127.0.0.1');
  });

  it('reads unix names: paths, abstract names, unnamed', () => {
    expect(unixName(new TextEncoder().encode('/tmp/app.sock\0'))).toEqual({
      path: '/tmp/app.sock',
      abstract: false,
    });
    expect(unixName(new TextEncoder().encode('\0hidden'))).toEqual({
      path: '@hidden',
      abstract: true,
    });
    expect(unixName(new Uint8Array())).toEqual({});
  });
});

describe('payloads and JSON', () => {
  it('splits argv and environ on NUL', () => {
    expect(splitNul(new TextEncoder().encode('a\0b c\0'))).toEqual(['a', 'b c']);
  });

  it('writes bigints exactly and bytes as text, base64 and hex', () => {
    const json = toJson({
      max: 0xffffffffffffffffn,
      small: 5n,
      data: new TextEncoder().encode('hi\x01'),
      gone: undefined,
    });
    expect(json).toContain('"max": 18446744073709551615');
    expect(json).not.toContain('gone');
    expect(JSON.parse(json).data).toEqual({
      length: 3,
      printable: false,
      text: 'hi.',
      base64: 'aGkB',
      hex: '686901',
    });
    expect(bytesJson(new Uint8Array(5000)).hex).toBeUndefined();
    expect(JSON.parse(toJson([], 0))).toEqual([]);
  });
});

describe('file-system changes', () => {
  const diff = tar([
    { name: 'etc/motd', data: 'hello\n', mode: 0o644, mtime: 1795866779 },
    { name: 'x', type: 'x', data: paxRecords({ path: `very/${'long/'.repeat(40)}name.txt` }) },
    { name: 'ignored', data: 'pax-named' },
    { name: 'link', type: '2', linkname: 'etc/motd' },
  ]);

  it('lists rootfs-diff.tar (pax names, symlinks) and reads a file', async () => {
    const root = new MapMemberStore({
      'rootfs-diff.tar': diff,
      'deleted.files': new TextEncoder().encode('["/a","/b"]'),
    });
    const fs = await buildFsChanges(root, []);
    expect(fs.deletedFiles).toEqual(['/a', '/b']);
    expect(fs.rootfsDiff?.entries.map((e) => [e.path, e.type, e.size])).toEqual([
      ['etc/motd', 'file', 6],
      [`very/${'long/'.repeat(40)}name.txt`, 'file', 9],
      ['link', 'symlink', 0],
    ]);
    expect(fs.rootfsDiff?.entries[0]).toMatchObject({
      modeString: '-rw-r--r--',
      mtime: '2026-11-28T11:52:59.000Z',
    });
    expect(fs.rootfsDiff?.entries[2]?.linkTarget).toBe('etc/motd');
    expect(
      new TextDecoder().decode(await readFsChangeFile(root, 'rootfs-diff.tar', 'etc/motd')),
    ).toBe('hello\n');
  });

  it('reads a gzip rootfs-diff.tar (containerd) and reports bad JSON as a problem', async () => {
    const problems: never[] = [];
    const root = new MapMemberStore({
      'rootfs-diff.tar': gzipSync(diff),
      'deleted.files': new TextEncoder().encode('{oops'),
    });
    const fs = await buildFsChanges(root, problems);
    expect(fs.rootfsDiff?.entries).toHaveLength(3);
    expect(problems).toEqual([
      expect.objectContaining({ code: 'bad-json', file: 'deleted.files' }),
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { MemorySource, SliceSource, readExact } from '../../../src/lib/archive/byte-source.ts';
import { indexTar } from '../../../src/lib/archive/tar-index.ts';
import { parseNumber } from '../../../src/lib/archive/tar-header.ts';
import { openArchive } from '../../../src/lib/archive/open-archive.ts';
import { ShortReadSource, sameBytes } from './helpers.ts';
import { concat, header, memberBytes, paxRecords, pattern, tar } from './tar-builder.ts';

const ODD_SIZES = [0, 1, 511, 512, 513, 1000, 4097];

function oddTar() {
  const files = ODD_SIZES.map((n, i) => ({ name: `dir/file-${n}.bin`, data: pattern(n, i + 1) }));
  return { files, bytes: tar([{ name: 'dir/', type: '5', mode: 0o755 }, ...files]) };
}

describe('tar index', () => {
  it('indexes odd sizes and reads every member back at its offset', async () => {
    const { files, bytes } = oddTar();
    const { entries, problems } = await indexTar(new MemorySource(bytes));
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.path, e.type, e.size])).toEqual([
      ['dir/', 'directory', 0],
      ...files.map((f) => [f.name, 'file', f.data.length]),
    ]);
    for (const [i, f] of files.entries()) {
      const e = entries[i + 1];
      expect(
        sameBytes(await readExact(new MemorySource(bytes), e.dataOffset, e.size), f.data),
      ).toBe('same');
      // A window in the middle of the member.
      if (e.size > 10) {
        const slice = new SliceSource(new MemorySource(bytes), e.dataOffset, e.size);
        expect(await readExact(slice, 3, 7)).toEqual(f.data.subarray(3, 10));
      }
    }
  });

  it('gives the same result when the source returns tiny reads', async () => {
    const { bytes } = oddTar();
    const whole = await indexTar(new MemorySource(bytes));
    for (const max of [1, 7, 100, 511]) {
      const short = new ShortReadSource(bytes, max);
      const index = await indexTar(short);
      expect(index).toEqual(whole);
      expect(short.reads).toBeGreaterThan(1);
    }
  });

  it('reads GNU long names and long link names', async () => {
    const longName = `deep/${'x'.repeat(150)}/core-1.img`;
    const longLink = `target/${'y'.repeat(120)}`;
    const bytes = tar([
      { name: '././@LongLink', type: 'L', data: `${longName}\0`, magic: 'gnu' },
      { name: longName.slice(0, 99), data: 'abc', magic: 'gnu' },
      { name: '././@LongLink', type: 'K', data: `${longLink}\0`, magic: 'gnu' },
      { name: 'link', type: '2', linkname: longLink.slice(0, 99), magic: 'gnu' },
    ]);
    const { entries, problems } = await indexTar(new MemorySource(bytes));
    expect(problems).toEqual([]);
    expect(entries.map((e) => e.path)).toEqual([longName, 'link']);
    expect(entries[0].size).toBe(3);
    expect(entries[1]).toMatchObject({ type: 'symlink', linkTarget: longLink, size: 0 });
  });

  it('applies PAX path, size, linkpath and mtime, and global headers', async () => {
    const data = pattern(2000, 9);
    const paxPath = `pax/${'é'.repeat(80)}/pages-1.img`;
    const bytes = concat([
      memberBytes({ name: 'pax_global_header', type: 'g', data: paxRecords({ mtime: '1234.5' }) }),
      memberBytes({
        name: 'PaxHeaders/x',
        type: 'x',
        data: paxRecords({ path: paxPath, size: '2000' }),
      }),
      // The ustar size field says 0 (as for sizes ≥ 8 GiB); PAX size wins.
      concat([header({ name: 'short-name', sizeField: 0 }, 0), data, new Uint8Array(48)]),
      memberBytes({
        name: 'PaxHeaders/y',
        type: 'x',
        data: paxRecords({ linkpath: 'pax/long/target' }),
      }),
      memberBytes({ name: 'hl', type: '1', linkname: 'ignored' }),
      new Uint8Array(1024),
    ]);
    const { entries, problems } = await indexTar(new MemorySource(bytes));
    expect(problems).toEqual([]);
    expect(entries[0]).toMatchObject({ path: paxPath, size: 2000, mtime: 1234 });
    expect(await readExact(new MemorySource(bytes), entries[0].dataOffset, 2000)).toEqual(data);
    expect(entries[1]).toMatchObject({
      path: 'hl',
      type: 'hardlink',
      linkTarget: 'pax/long/target',
      mtime: 1234,
    });
  });

  it('joins the POSIX ustar prefix, but not in GNU headers', async () => {
    const bytes = tar([
      { name: 'name.img', prefix: 'some/long/prefix', data: 'p' },
      { name: 'gnu.img', prefix: 'not-a-prefix', data: 'g', magic: 'gnu' },
    ]);
    const { entries } = await indexTar(new MemorySource(bytes));
    expect(entries.map((e) => e.path)).toEqual(['some/long/prefix/name.img', 'gnu.img']);
  });

  it('reads base-256 sizes', async () => {
    const data = pattern(777, 3);
    const bytes = tar([
      { name: 'big', data, base256Size: true },
      { name: 'after', data: 'z' },
    ]);
    const { entries, problems } = await indexTar(new MemorySource(bytes));
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.path, e.size])).toEqual([
      ['big', 777],
      ['after', 1],
    ]);
    // A base-256 value larger than 8 GiB, as GNU tar writes for huge members.
    const field = new Uint8Array(12);
    field[0] = 0x80;
    field[7] = 0x02; // 2 << 32 = 8 GiB
    field[11] = 0x05;
    expect(parseNumber(field, 0, 12)).toBe(8 * 1024 ** 3 + 5);
  });

  it('keeps directories, symlinks, hard links, devices and unsafe names as plain names', async () => {
    const bytes = tar([
      { name: 'd/', type: '5' },
      { name: 'd/real', data: 'real data' },
      { name: 'd/sym', type: '2', linkname: '../../etc/passwd' },
      { name: 'd/hard', type: '1', linkname: 'd/real' },
      { name: '../escape', data: 'e' },
      { name: '/etc/absolute', data: 'a' },
      { name: 'dev/null', type: '3' },
      { name: 'fifo', type: '6' },
    ]);
    const archive = await openArchive(new MemorySource(bytes), { name: 't.tar' });
    expect(archive.members.map((m) => [m.path, m.type])).toEqual([
      ['d', 'directory'],
      ['d/real', 'file'],
      ['d/sym', 'symlink'],
      ['d/hard', 'hardlink'],
      ['../escape', 'file'],
      ['/etc/absolute', 'file'],
      ['dev/null', 'chardev'],
      ['fifo', 'fifo'],
    ]);
    expect(archive.member('d/sym')?.linkTarget).toBe('../../etc/passwd');
    expect(new TextDecoder().decode(await archive.read('d/hard'))).toBe('real data');
    expect(new TextDecoder().decode(await archive.read('../escape'))).toBe('e');
    expect(archive.source('d/sym')).toBeUndefined();
  });

  it('reports a tar cut inside member data and keeps what was indexed', async () => {
    const full = tar([
      { name: 'a', data: pattern(100) },
      { name: 'b', data: pattern(5000) },
    ]);
    const cut = full.subarray(0, 512 + 512 + 512 + 1000);
    const { entries, problems } = await indexTar(new MemorySource(cut), { label: 'cut.tar' });
    expect(entries.map((e) => e.path)).toEqual(['a', 'b']);
    expect(entries[1].truncated).toBe(true);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'truncated-archive', file: 'cut.tar' });

    const archive = await openArchive(new MemorySource(cut));
    expect(archive.member('b')).toMatchObject({ truncated: true, size: 5000 });
    expect((await archive.read('b')).length).toBe(1000);
    expect(archive.problems.map((p) => p.code)).toContain('truncated-archive');
  });

  it('reports a tar cut inside a header', async () => {
    const full = tar(
      [
        { name: 'a', data: 'x' },
        { name: 'b', data: 'y' },
      ],
      { end: false },
    );
    const { entries, problems } = await indexTar(new MemorySource(full.subarray(0, 1024 + 100)));
    expect(entries.map((e) => e.path)).toEqual(['a']);
    expect(problems.map((p) => p.code)).toEqual(['truncated-archive']);
  });

  it('stops at a bad checksum and keeps the members before it', async () => {
    const bytes = tar([
      { name: 'one', data: '1' },
      { name: 'two', data: '2' },
      { name: 'three', data: '3' },
    ]);
    bytes[2048 + 10] ^= 0xff; // the name of "three", after its checksum was computed
    const { entries, problems } = await indexTar(new MemorySource(bytes));
    expect(entries.map((e) => e.path)).toEqual(['one', 'two']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'bad-tar-checksum', offset: 2048 });
  });

  it('accepts a tar without the end-of-archive blocks', async () => {
    const { entries, problems } = await indexTar(
      new MemorySource(tar([{ name: 'a', data: 'x' }], { end: false })),
    );
    expect(entries.map((e) => e.path)).toEqual(['a']);
    expect(problems).toEqual([]);
  });

  it('indexes a nested tar from a member range', async () => {
    const inner = tar([
      { name: 'etc/hosts', data: '127.0.0.1 localhost\n' },
      { name: 'srv/', type: '5' },
    ]);
    const outer = tar([
      { name: 'config.dump', data: '{}' },
      { name: 'rootfs-diff.tar', data: inner },
    ]);
    const archive = await openArchive(new MemorySource(outer));
    const source = archive.source('rootfs-diff.tar');
    expect(source?.size).toBe(inner.length);
    const nested = await indexTar(source!);
    expect(nested.entries.map((e) => e.path)).toEqual(['etc/hosts', 'srv/']);
    expect(
      new TextDecoder().decode(await readExact(source!, nested.entries[0].dataOffset, 20)),
    ).toBe('127.0.0.1 localhost\n');
  });

  it('honours an abort signal', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      indexTar(new MemorySource(oddTar().bytes), { signal: controller.signal }),
    ).rejects.toThrow();
  });
});
